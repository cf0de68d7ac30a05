package org.fonds.parse.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.record.DateMention;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DateMentionsTest {
    private static final Integer YEAR = 1956;

    @ParameterizedTest(name = "\"{0}\" mentions {2} as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "the decision taken on 31-X-56 stands | 31-X-56  | 1956-10-31",
            "decide on 3 XI 56.                   | 3 XI 56  | 1956-11-03",
            "Khrushchev (4 XI). Next              | 4 XI     | 1956-11-04",
            "in the spirit of the decision of 31 X. | 31 X   | 1956-10-31",
            "since 23 October the troops          | 23 October | 1956-10-23",
            "on November 4 the troops             | November 4 | 1956-11-04"})
    void a_date_written_in_the_text_is_resolved_in_the_document_year(String text, String written, String iso) {
        List<DateMention> mentions = DateMentions.find(text, "body", YEAR);

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(written);
            assertThat(m.date()).isEqualTo(iso);
            assertThat(m.where()).isEqualTo("body");
            assertThat(m.offset()).isEqualTo(text.indexOf(written));
        });
    }

    @Test
    void a_two_digit_year_is_read_in_the_century_of_the_document() {
        assertThat(DateMentions.find("31-X-56", "body", 1956)).extracting(DateMention::date).containsExactly("1956-10-31");
        assertThat(DateMentions.find("31-X-56", "body", null)).extracting(DateMention::date).containsExactly("1956-10-31");
    }

    @Test
    void a_full_year_in_the_text_wins_over_the_document_year() {
        assertThat(DateMentions.find("on 1 November 1955 they met", "note 2", YEAR))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.date()).isEqualTo("1955-11-01");
                    assertThat(m.where()).isEqualTo("note 2");
                });
    }

    @Test
    void a_date_without_a_year_in_a_document_without_one_is_kept_unresolved() {
        assertThat(DateMentions.find("Khrushchev (4 XI).", "body", null)).singleElement()
                .satisfies(m -> assertThat(m.date()).isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yesterday I voted", "Point 5 V of the agenda", "1) to speak; 2) to send", "31 XI 56",
            "45 November", "Protocol No. 50/I", "(Re: Point I of Protocol No. 50)", "the 1.V item"})
    void text_without_a_date_mentions_none(String text) {
        assertThat(DateMentions.find(text, "body", YEAR)).isEmpty();
    }

    @Test
    void mentions_come_in_text_order_and_each_only_once() {
        String text = "On 1 November 1956 (see 31-X-56) and on November 4";

        List<DateMention> mentions = DateMentions.find(text, "body", YEAR);

        assertThat(mentions).extracting(DateMention::date).containsExactly("1956-11-01", "1956-10-31", "1956-11-04");
    }
}
