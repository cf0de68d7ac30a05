package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResolutionsTest {
    @Test
    void a_list_of_hundreds_of_names_is_read_in_linear_time() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5_000; i++) s.append(i == 0 ? "" : ", ").append("Cde. Name").append((char) ('a' + i % 26)).append("ov");
        String sentence = s + " are to come.";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(Resolutions.taskNames(sentence)).hasSize(26));
        String noTask = s + " came.";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(Resolutions.taskNames(noTask)).isNull());
    }

    @Test
    void a_group_named_by_kind_ends_the_names_before_the_dash() {
        assertThat(Resolutions.taskNames("Cdes. Ivanov, Petrov, + the other comrades— to draft a reply."))
                .containsExactly("Ivanov", "Petrov");
        assertThat(Resolutions.taskNames("Petrov— to speak first.")).isNull(); // a speaker's label
    }

    @Test
    void note_markers_are_taken_out_of_the_text_shown() {
        assertThat(Sentences.shown("2) Approve the plan.(3)")).isEqualTo("Approve the plan.");
        assertThat(Sentences.shown("Approve the plan [4] of 1956 (as amended)")).isEqualTo("Approve the plan [4] of 1956 (as amended)");
    }
}
