package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An editor's bracket with another spelling of the same given name, against one naming another man. */
class RespellingTest {
    private static boolean respelled(String a, String b) {
        return Respelling.of(FamilyFirst.parse(a), FamilyFirst.parse(b));
    }

    @Test
    void another_romanisation_of_the_given_name_is_a_spelling() {
        assertThat(respelled("Pak Gyeong-sun", "Pak Kyong-sun")).isTrue();
        assertThat(respelled("Kim Il Sung", "Kim Il-sung")).isTrue();
        assertThat(respelled("Matyas Rakosi", "Mátyás Rákosi")).isTrue();
    }

    @Test
    void another_given_name_or_initials_alone_are_not() {
        assertThat(respelled("Imre Nagy", "Ferenc Nagy")).isFalse();
        assertThat(respelled("I. Nagy", "Imre Nagy")).isFalse();
        assertThat(respelled("Nagy", "Imre Nagy")).isFalse();
    }

    @Test
    void a_title_before_the_bracketed_name_is_no_part_of_it() {
        assertThat(Pseudonyms.in("I received Comrade Pak Gyeong-sun [Pak Kyong-sun], the ambassador."))
                .isEqualTo(Map.of("Pak Gyeong-sun", "Pak Kyong-sun"));
        assertThat(Pseudonyms.in("Cde [Anastas] Mikoyan spoke.")).isEmpty();
    }
}
