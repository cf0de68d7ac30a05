package org.fonds.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsTest {
    @ParameterizedTest(name = "first word of \"{0}\"")
    @ValueSource(strings = {"Khrushchev, Mikoyan", "Cde. Kadar", "Mikoyan", "", " leading", ",", "A.B C", "end."})
    void the_first_word_is_what_a_split_at_those_chars_gives_first(String s) {
        assertThat(Chars.firstWord(s, " ,.")).isEqualTo(s.split("[ ,.]", 2)[0]);
        assertThat(Chars.firstWord(s, " .")).isEqualTo(s.split("[ .]", 2)[0]);
    }
}
