package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a run of capitalised words holds two names, or a name behind an organisation's letters. No
 * record of ../shared/corpus has either (issue 8/11): both families come from the probe of unseen
 * records (FRUS memoranda of 1945-46 whose one-a-line participants the export joins into a line;
 * a Soviet ambassador's journal that names its author "the Ambassador in the DPRK A. M. Puzanov"),
 * so the fixtures here are our own words with the same structure.
 */
class RunsCutAtNamesTest {
    private static List<String> runs(String text) {
        return Runs.find(text).stream().map(Runs.Run::text).toList();
    }

    @Test
    void a_title_after_a_titled_name_opens_the_next_name() {
        assertThat(runs("Participants: Ambassador Petrov Mr. Allen Mr. Brooks\n\nThe Ambassador called."))
                .contains("Ambassador Petrov", "Mr. Allen", "Mr. Brooks");
        assertThat(runs("Also present: Colonel Hayes Mr. Lin")).contains("Colonel Hayes", "Mr. Lin");
    }

    @Test
    void titles_before_one_name_still_make_one_run() {
        assertThat(runs("the Foreign Minister Petrov said")).contains("Foreign Minister Petrov");
        assertThat(runs("General Secretary Brezhnev and Deputy Director General Evans")).contains(
                "General Secretary Brezhnev", "Deputy Director General Evans");
        assertThat(runs("Cde. N. S. Khrushchev spoke")).contains("Cde. N. S. Khrushchev");
    }

    @Test
    void an_acronym_before_initials_and_a_surname_is_no_given_name() {
        assertThat(runs("Journal of the Ambassador in the DPRK A. M. Petrov for May")).contains("A. M. Petrov");
        assertThat(runs("Journal of the Ambassador in the DPRK A. M. PETROV")).contains("A. M. PETROV");
    }

    @Test
    void capitals_that_are_the_name_keep_every_word() {
        assertThat(runs("HO CHI MINH. Thank you.")).contains("HO CHI MINH");
        assertThat(runs("signed: A. PETROV")).contains("A. PETROV");
        assertThat(runs("to Comrade KOVACS J. for his file")).contains("Comrade KOVACS J.");
    }
}
