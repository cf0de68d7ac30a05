package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key one Chinese name shares in Wade-Giles and pinyin, and no more. */
class RomanisedTest {
    private static String key(String form) {
        return Romanised.key(FamilyFirst.parse(form));
    }

    @Test
    void wade_giles_and_pinyin_spellings_share_a_key() {
        assertThat(key("Mao Tse-tung")).isEqualTo(key("Mao Zedong")).isEqualTo(key("Mao Tsetung")).isEqualTo(key("Mao Ze-dong"));
        assertThat(key("Chou En-lai")).isEqualTo(key("Zhou Enlai"));
        assertThat(key("Liu Shao-ch'i")).isEqualTo(key("Liu Shaoqi"));
        assertThat(key("Teng Hsiao-p'ing")).isEqualTo(key("Deng Xiaoping"));
        assertThat(key("P'eng Teh-huai")).isEqualTo(key("Peng Dehuai"));
        assertThat(key("Wang Hai-jung")).isEqualTo(key("Wang Hairong"));
    }

    @Test
    void other_syllables_other_names_and_western_names_do_not() {
        assertThat(key("Mao Anying")).isNotEqualTo(key("Mao Zedong"));
        assertThat(key("Zhou Enlai")).isNotEqualTo(key("Zhu De"));
        assertThat(key("Imre Nagy")).isNull();
        assertThat(key("Mao")).isNull();
        assertThat(key("M. Zedong")).isNull();
    }
}
