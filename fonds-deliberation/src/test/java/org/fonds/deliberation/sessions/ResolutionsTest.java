package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of names of any length: a sentence naming hundreds of comrades once made the list patterns
 * recurse once per name until the stack overflowed (issue 15), which stopped ingest, reindex and serve.
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
        assertThat(Resolutions.isDecision("Cde. Konev is to be sent to Budapest.")).isTrue();
        assertThat(Resolutions.isDecision("Cdes. A. I. Mikoyan and M. Suslov are to be sent.")).isTrue();
        assertThat(Resolutions.taskNames("Kadar and Nagy met.")).isNull();
        assertThat(Resolutions.taskNames("Cde. Kadar is to be sent.")).isNull();
        assertThat(Resolutions.isDecision("Kadar and Nagy met.")).isFalse();
    }

    @Test
    void a_list_of_thousands_of_comrades_is_read_without_overflowing_the_stack() {
        for (String tail : List.of(" are to prepare the text.", " are to be sent.", " met.", "")) {
            String sentence = names(5_000, "Cde. ") + tail;
            List<String> tasked = Resolutions.taskNames(sentence);
            if (tail.startsWith(" are to prepare")) assertThat(tasked).hasSize(5_000);
            else assertThat(tasked).isNull();
            assertThat(Resolutions.isDecision(sentence)).isEqualTo(tail.startsWith(" are to be"));
        }
        String dashed = "Cdes. " + names(5_000, "") + "— to prepare measures";
        assertThat(Resolutions.taskNames(dashed)).hasSize(5_000);
    }
}
