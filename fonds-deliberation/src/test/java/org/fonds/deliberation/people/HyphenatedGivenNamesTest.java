package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * East Asian given names written with a hyphen and a lower-case second syllable (Korean
 * romanisation, Wade-Giles) are one name, not cut at the hyphen; elsewhere a hyphen joins only before
 * a capital, as before. The real record that needs it is b18 ("Pak Gyeong-sun [Pak Kyong-sun]",
 * {@code EastAsianPeopleTest}); FRUS telegrams of the period write "Chou En-lai" and "Mao Tse-tung".
 */
class HyphenatedGivenNamesTest {
    private static List<String> runs(String text) {
        return Runs.find(text).stream().map(Runs.Run::text).toList();
    }

    @Test
    void korean_and_wade_giles_given_names_are_read_whole() {
        assertThat(runs("I received Comrade Pak Gyeong-sun, the ambassador.")).contains("Comrade Pak Gyeong-sun");
        assertThat(runs("Kim Il-sung and Chou En-lai met Mao Tse-tung's deputy, Liu Shao-ch'i.")).contains(
                "Kim Il-sung", "Chou En-lai", "Mao Tse-tung's", "Liu Shao-ch'i");
    }

    @Test
    void other_hyphens_before_lower_case_still_end_the_name() {
        assertThat(runs("Khrushchev-style reforms")).containsExactly("Khrushchev");
        assertThat(runs("Imre Nagy-led government")).containsExactly("Imre Nagy");
        // a Western given name after a family-like first word is no East Asian name
        assertThat(runs("Kim Ivan-style")).containsExactly("Kim Ivan");
        // a long tail is a word, not a syllable
        assertThat(runs("Chou En-established")).containsExactly("Chou En");
    }
}
