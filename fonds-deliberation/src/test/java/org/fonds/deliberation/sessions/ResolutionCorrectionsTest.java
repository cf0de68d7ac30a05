package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.record.Correction;
import org.fonds.record.ResolutionCorrections;
import org.fonds.record.ResolutionCorrections.Item;
import org.junit.jupiter.api.Test;

/** How corrections of decisions and tasks ({@link ResolutionCorrections}) are laid over an extraction, and why by text. */
class ResolutionCorrectionsTest {
    private static Correction c(int n, String field, List<String> before, List<String> after) {
        return new Correction(n, field, before, after, "historian", "2026-12-05T00:00:00Z", "why", null);
    }

    private static List<Item> items(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new Item(t, List.of(), null)).toList();
    }

    @Test
    void aCorrectionStillAppliesWhenAReparseFindsOneMoreDecisionBeforeIt() {
        List<Correction> kept = List.of(c(1, "decision", List.of("Cde. Konev is to be sent."), List.of()),
                c(2, "decision", List.of("Send information."), List.of("Send information to the fraternal parties.")));
        List<Item> before = ResolutionCorrections.overlay("decision", items("Cde. Konev is to be sent.", "Send information."), kept);
        // a better extraction finds one more decision first and ends a sentence differently
        List<Item> after = ResolutionCorrections.overlay("decision",
                items("Approve the plan.", "Cde.  Konev is to be sent", "send information."), kept);

        assertThat(before).extracting(Item::text).containsExactly("Send information to the fraternal parties.");
        assertThat(after).extracting(Item::text).containsExactly("Approve the plan.", "Send information to the fraternal parties.");
        assertThat(after.get(1).correctedBy()).isEqualTo("historian");
        assertThat(after.get(0).correctedBy()).isNull();
    }

    @Test
    void anEditOfATextNoLongerFoundIsTheEditorsItemAndAnAdditionIsNotDoubled() {
        List<Correction> kept = List.of(c(1, "task", List.of("Cde. Mikoyan is to go.", "Mikoyan"), List.of("Cde. Mikoyan is to fly.", "Mikoyan")),
                c(2, "task", List.of(), List.of("Cde. Suslov is to go.", "Suslov")));
        List<Item> out = ResolutionCorrections.overlay("task", items("Cde. Suslov is to go"), kept);
        assertThat(out).extracting(Item::text).containsExactly("Cde. Suslov is to go", "Cde. Mikoyan is to fly.");
        assertThat(out.get(1).names()).containsExactly("Mikoyan");
        assertThat(ResolutionCorrections.overlay("decision", items("X."), kept)).extracting(Item::text).containsExactly("X.");
    }

    @Test
    void problemsAreNamed() {
        assertThat(ResolutionCorrections.problem("decision", List.of(), List.of())).contains("adds, removes or edits");
        assertThat(ResolutionCorrections.problem("decision", List.of(), List.of("A.", "Serov"))).contains("names no one");
        assertThat(ResolutionCorrections.problem("task", List.of("A.", "B"), List.of("A.", "B"))).contains("already reads so");
        assertThat(ResolutionCorrections.problem("title", List.of(), List.of("A."))).contains("not a decision or a task");
        assertThat(ResolutionCorrections.problem("task", List.of(), List.of("Cde. A is to go.", "A"))).isNull();
    }
}
