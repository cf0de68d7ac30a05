package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forms in which a text says a name stands for someone. Text written here. */
class PseudonymsTest {
    @Test
    void an_editors_bracket_after_a_name_names_its_bearer() {
        assertThat(Pseudonyms.in("Filippov [Stalin] replied the same day.")).containsExactly(Map.entry("Filippov", "Stalin"));
        assertThat(Pseudonyms.in("a telegram from Filippov [I. V. Stalin] to Mao")).containsExactly(Map.entry("Filippov", "I. V. Stalin"));
    }

    @Test
    void pseudonym_of_alias_and_that_is_name_it_too() {
        assertThat(Pseudonyms.in("signed by Filippov (pseudonym of Stalin).")).containsExactly(Map.entry("Filippov", "Stalin"));
        assertThat(Pseudonyms.in("signed by Filippov (i.e., Stalin).")).containsExactly(Map.entry("Filippov", "Stalin"));
        assertThat(Pseudonyms.in("signed by Filippov, i.e. Stalin, and sent")).containsExactly(Map.entry("Filippov", "Stalin"));
        assertThat(Pseudonyms.in("Stalin, alias Koba, wrote")).containsExactly(Map.entry("Koba", "Stalin"));
        assertThat(Pseudonyms.in("Stalin (alias Koba) wrote")).containsExactly(Map.entry("Koba", "Stalin"));
    }

    @Test
    void a_bracket_before_a_name_gives_its_first_name_and_is_no_pseudonym() {
        assertThat(Pseudonyms.in("[Antal] Apro was chosen")).isEmpty();
        assertThat(Pseudonyms.in("Cde [Anastas] Mikoyan's letter")).isEmpty();
        assertThat(Pseudonyms.in("the party [PUWP] Politburo, said Khrushchev")).isEmpty();
    }
}
