package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Lists of names of any length: a sentence naming hundreds of comrades once made the list patterns
 * recurse once per name until the stack overflowed (issue 15), which stopped ingest, reindex and
 * serve. Names are now read by hand in one pass ({@link NameList}), in time linear in the list.
 */
class ResolutionsTest {
    private static String names(int n, String prefix) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(", ");
            b.append(prefix).append("Name").append(letters(i));
        }
        return b.toString();
    }

    /** A surname of letters only for {@code i}: Aa, Ab, ... */
    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }

    @Test
    void short_lists_are_read_as_before() {
        assertThat(Resolutions.taskNames("Furtseva, Pospelov, Shepilov, and Elyutin are to come up with a draft."))
                .containsExactly("Furtseva", "Pospelov", "Shepilov", "Elyutin");
        assertThat(Resolutions.taskNames("Cde. Kadar is to say it.")).containsExactly("Kadar");
        assertThat(Resolutions.taskNames("Cdes. Suslov, Brezhnev, + Hungarian comrades— to prepare measures"))
                .containsExactly("Suslov", "Brezhnev");
        assertThat(Resolutions.taskNames("Cdes. Suslov and Cde. Brezhnev— to prepare measures"))
                .containsExactly("Suslov", "Brezhnev");
        assertThat(Resolutions.taskNames("Kadar and Nagy met.")).isNull();
        assertThat(Resolutions.isDecision("Kadar and Nagy met.")).isFalse();
    }

    @Test
    void x_is_to_be_sent_assigns_x_a_task_not_a_decision() {
        // issue 12: "Cde. Konev is to be sent" was filed as a decision
        assertThat(Resolutions.taskNames("Cde. Konev is to be sent to Budapest.")).containsExactly("Konev");
        assertThat(Resolutions.isDecision("Cde. Konev is to be sent to Budapest.")).isFalse();
        assertThat(Resolutions.taskNames("Cdes. A. I. Mikoyan and M. Suslov are to be sent."))
                .containsExactly("A. I. Mikoyan", "M. Suslov");
    }

    @Test
    void tasks_in_the_other_forms_notes_use() {
        assertThat(Resolutions.taskNames("To Cdes. Ivanov, Petrov, and Sidorov.")).containsExactly("Ivanov", "Petrov", "Sidorov");
        assertThat(Resolutions.taskNames("To the plenum.")).isNull();
        assertThat(Resolutions.taskNames("Cde. Ivanov should confer with Petrov.")).containsExactly("Ivanov");
        assertThat(Resolutions.taskNames("Instruct Cde. Ivanov to reply.")).containsExactly("Ivanov");
        assertThat(Resolutions.isDecision("Pull out the advisers.")).isTrue();
        assertThat(Resolutions.taskNames("Petrov— to speak first.")).isNull(); // a speaker's label
    }

    @Test
    void a_list_of_thousands_of_comrades_is_read_in_linear_time_without_overflowing_the_stack() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String tail : List.of(" are to prepare the text.", " are to be sent.", " met.", "")) {
                String sentence = names(5_000, "Cde. ") + tail;
                List<String> tasked = Resolutions.taskNames(sentence);
                if (tail.startsWith(" are to")) assertThat(tasked).hasSize(5_000);
                else assertThat(tasked).isNull();
                assertThat(Resolutions.isDecision(sentence)).isFalse();
            }
            String dashed = "Cdes. " + names(5_000, "") + "— to prepare measures";
            assertThat(Resolutions.taskNames(dashed)).hasSize(5_000);
        });
    }

    @Test
    void note_markers_are_taken_out_of_the_text_shown() {
        assertThat(Sentences.shown("2) Approve the plan.(3)")).isEqualTo("Approve the plan.");
        assertThat(Sentences.shown("Approve the plan [4] of 1956 (as amended)")).isEqualTo("Approve the plan [4] of 1956 (as amended)");
    }
}
