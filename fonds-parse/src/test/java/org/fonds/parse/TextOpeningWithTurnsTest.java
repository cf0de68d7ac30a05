package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.parse.session.Turns;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Turn;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A text that opens with its speakers' turns and nothing above them: a site's excerpt of a record of conversation
 * (the Wilson Center's Chinese records with Vietnamese leaders, as a mirror copies them, begin "Zhou Enlai: Comrade …").
 * Read as a page's header, its first turn became the summary, its second was dropped from the record and its third
 * became the title (people29's probe of unseen pages). No seed or real record opens so (every one parses the same
 * before and after, and the 4,000 generated), so the fixtures are in our own words with that structure.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextOpeningWithTurnsTest {
    private static final String FRAGMENT = """
            Zhou Enlai: Comrade Pham Van Dong is right that the harvest was poor this year, and we will send rice. \
            It was a dry summer in the south and the rains came late.

            Pham Van Dong: We thank the Chinese comrades for the rice and for the trucks.

            Zhou Enlai: The trucks will leave Nanning next month.

            Pham Van Dong: Good.
            """;

    @Test
    void every_turn_is_kept_as_text_and_none_is_taken_for_a_title_or_a_summary() {
        ArchiveRecord r = Parsing.accept(FRAGMENT);

        assertThat(r.body()).startsWith("Zhou Enlai: Comrade Pham Van Dong is right").contains("Pham Van Dong: We thank")
                .contains("Zhou Enlai: The trucks will leave Nanning").endsWith("Pham Van Dong: Good.");
        assertThat(r.summary()).isEmpty();
        assertThat(r.turns()).extracting(Turn::speakers)
                .containsExactly(List.of("Zhou Enlai"), List.of("Pham Van Dong"), List.of("Zhou Enlai"), List.of("Pham Van Dong"));
        // no title line: the first words stand for it, and the record says so
        assertThat(r.title()).startsWith("Zhou Enlai: Comrade Pham Van Dong");
        assertThat(r.warnings()).extracting(w -> w.code()).contains("no-title");
    }

    /** Guard: a title line above the turns is still the title, and the turns the text. */
    @Test
    void a_title_above_the_turns_stays_the_title() {
        ArchiveRecord r = Parsing.accept("Record of a conversation at the guest house, 1965\n\n" + FRAGMENT);

        assertThat(r.title()).isEqualTo("Record of a conversation at the guest house, 1965");
        assertThat(r.body()).startsWith("Zhou Enlai: Comrade Pham Van Dong is right").endsWith("Pham Van Dong: Good.");
        assertThat(r.turns()).hasSize(4);
    }

    /** Guard: a memorandum's fields ("Subject:", "Participants:") are no speakers' turns; its header stays a header. */
    @Test
    void a_memorandums_fields_do_not_open_the_text() {
        ArchiveRecord r = Parsing.accept("""
                Memorandum of Conversation

                Subject: The grain shipments of the autumn

                Participants: Minister Ostrov, Ambassador Pelkin

                The Minister opened by asking whether the ships had left port, and the Ambassador said that two had.
                """);

        assertThat(r.title()).isEqualTo("Memorandum of Conversation");
        assertThat(r.body()).contains("The Minister opened by asking");
        assertThat(r.turns()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.code()).doesNotContain("no-title");
    }

    @Test
    void a_text_opens_with_turns_only_where_a_second_speakers_label_follows_within_a_few_lines() {
        assertThat(Turns.openText(List.of("Zhou Enlai: The trucks will leave next month.", "Pham Van Dong: Good."))).isTrue();
        assertThat(Turns.openText(List.of("Premier Zhou: The trucks will leave.", "They did.", "Comrade Pham Van Dong: Good.")))
                .isTrue();
        // one label alone, a place's ("Moscow: …"), or a field's word, opens no text
        assertThat(Turns.openText(List.of("Moscow: the delegation arrived on Tuesday.", "It rained all week."))).isFalse();
        assertThat(Turns.openText(List.of("Subject: Grain", "Participants: Ostrov, Pelkin"))).isFalse();
        assertThat(Turns.openText(List.of("SUBJECT: Grain", "PARTICIPANTS: Ostrov, Pelkin"))).isFalse();
        assertThat(Turns.openText(List.of("Present: Ostrov, Pelkin", "Zhou Enlai: Good."))).isFalse();
        assertThat(Turns.openText(List.of())).isFalse();
    }
}
