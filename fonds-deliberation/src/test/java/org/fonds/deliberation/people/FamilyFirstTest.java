package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which names {@link FamilyFirst} takes as East Asian, written family name first, on names of our own
 * (the real records that need the rule are in {@code EastAsianPeopleTest}): the spellings a historian
 * meets, and the Western names a list of family names alone would misread.
 */
class FamilyFirstTest {
    private static boolean eastAsian(String written) {
        return FamilyFirst.written(PersonName.parse(written));
    }

    @Test
    void pinyin_wade_giles_korean_and_vietnamese_names_are_family_name_first() {
        for (String name : new String[] {"Liu Shaoqi", "Liu Shao-ch'i", "Teng Hsiao-p'ing", "Chou En-lai", "Mao Tse-tung",
                "Lin Biao", "Li Peng", "Kim Il Sung", "Kim Jong-il", "Pak Kyong-sun", "Choe Yong-gon", "Lee Kuan Yew",
                "Nguyen Van Linh", "Vo Nguyen Giap", "Ho Chi Minh", "Ung Van Khiem", "HO CHI MINH"}) {
            assertThat(eastAsian(name)).as(name).isTrue();
        }
    }

    @Test
    void western_names_that_begin_with_a_family_name_or_look_like_one_are_not() {
        for (String name : new String[] {"Kim Novak", "Kim Philby", "Lin Smith", "Lee Harvey Oswald", "Lee Iacocca", "Ho Anna",
                "Chen Ivan", "Hollington Tong", "Nagy Imre", "Kovacs Bela", "Dick Van Dyke", "Imre Nagy", "Wang", "Mao Z. Dong"}) {
            assertThat(eastAsian(name)).as(name).isFalse();
        }
    }
}
