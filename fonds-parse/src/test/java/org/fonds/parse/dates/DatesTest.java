package org.fonds.parse.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "November 2, 1956      | 1956-11-02",
            "July 09, 1956         | 1956-07-09",
            "2 November 1956       | 1956-11-02",
            "1956-11-02            | 1956-11-02",
            "Nov. 2, 1956          | 1956-11-02",
            "March 3rd, 1961       | 1961-03-03",
            "4 November, 1956      | 1956-11-04"})
    void a_day_written_in_any_of_the_archive_styles_is_read(String written, LocalDate day) {
        Dates.Found found = Dates.find(written).orElseThrow();

        assertThat(found.from()).isEqualTo(day);
        assertThat(found.to()).isEqualTo(day);
        assertThat(found.isRange()).isFalse();
        assertThat(found.text()).isEqualTo(written);
    }

    @ParameterizedTest(name = "\"{0}\" runs from {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "9 and 12 July 1956           | 1956-07-09 | 1956-07-12",
            "November 2-4, 1956           | 1956-11-02 | 1956-11-04",
            "July 9 and 12, 1956          | 1956-07-09 | 1956-07-12",
            "30 October - 2 November 1956 | 1956-10-30 | 1956-11-02",
            "2–4 November 1956            | 1956-11-02 | 1956-11-04"})
    void a_span_of_days_is_read_as_a_range(String written, LocalDate from, LocalDate to) {
        Dates.Found found = Dates.find(written).orElseThrow();

        assertThat(found.from()).isEqualTo(from);
        assertThat(found.to()).isEqualTo(to);
        assertThat(found.isRange()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 30, 1956", "31 November 1956", "1956-13-01", "November 4-2, 1956",
            "the crane is broken", "November 1956", "No. 50 of 1956"})
    void text_that_names_no_day_gives_no_date(String text) {
        assertThat(Dates.find(text)).isEmpty();
    }

    @Test
    void the_first_date_in_a_text_is_found_with_its_place() {
        String text = "Minutes of 9 and 12 July 1956, revised on November 2, 1956";

        Dates.Found found = Dates.find(text).orElseThrow();

        assertThat(found.text()).isEqualTo("9 and 12 July 1956");
        assertThat(text.substring(found.start(), found.end())).isEqualTo(found.text());
    }

    @Test
    void a_date_line_with_markup_around_it_is_a_whole_date_but_a_title_is_not() {
        assertThat(Dates.whole("(November 2, 1956).")).isPresent();
        assertThat(Dates.whole("Minutes of the Session on 2 November 1956")).isEmpty();
    }

    @Test
    void a_date_opening_a_line_is_leading_and_one_inside_it_is_not() {
        assertThat(Dates.leading("November 2, 1956 Minutes of the Session")).isPresent();
        assertThat(Dates.leading("Minutes of the Session on 2 November 1956")).isEmpty();
    }

    /** Pieces of header lines: dates and their parts, words, the punctuation a whole date may stand in, white space. */
    private static final String[] PIECES = {"November 2, 1956", "2 November 1956", "1956-11-02", "Nov. 2", "9 and 12 July 1956",
            "12", "1956", "July", "Session", "of the Presidium", "on", " ", " ", "\t", "\u2003", ".", ",", ";", ":", "(", ")",
            "[", "]", "-", "x", "3", "Dec", "Moscow", "2"};

    @Test
    void a_line_is_read_whole_only_where_its_ends_allow_and_as_before() {
        SplittableRandom random = new SplittableRandom(113);
        int whole = 0;
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 6); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String line = sb.toString();
            Optional<Dates.Found> before = wholeByFind(line);
            assertThat(Dates.whole(line)).as("\"%s\"", line).isEqualTo(before);
            if (before.isPresent()) whole++;
        }
        assertThat(whole).as("lines that are a whole date").isGreaterThan(3_000);
    }

    /** {@code Dates.whole} as it was: the first date found, then what is around it. */
    private static Optional<Dates.Found> wholeByFind(String text) {
        String t = text.strip();
        Optional<Dates.Found> f = Dates.find(t);
        if (f.isEmpty()) return f;
        String rest = t.substring(0, f.get().start()) + t.substring(f.get().end());
        for (int i = 0; i < rest.length(); i++) {
            if (" \t.,;:()[]".indexOf(rest.charAt(i)) < 0) return Optional.empty();
        }
        return f;
    }
}
