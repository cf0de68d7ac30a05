package org.fonds.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fonds.search.lucene.Analyzers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which spellings of a surname the phonetic chain takes as one, and which it keeps apart. */
class NameSoundsTest {
    @ParameterizedTest
    @CsvSource({"Kadar, Kádár", "Münnich, Munnich", "Rokossowski, Rokossovsky", "Khrushchev, Khrushchov",
            "Kowalski, Kovalsky", "Müller, Mueller", "Kaganovich, Kaganovitch", "Malenkov, Malenkow",
            "Chruschtschow, Khrushchev", "Gomulka, Gomułka", "Tito, Tito"})
    void spellingsOfOneNameShareASound(String a, String b) throws IOException {
        assertThat(sounds(a)).as("%s %s / %s %s", a, sounds(a), b, sounds(b)).containsAnyElementsOf(sounds(b));
    }

    @ParameterizedTest
    @CsvSource({"Kadar, Nagy", "Molotov, Mikoyan", "Zhukov, Suslov", "Bulganin, Brezhnev"})
    void differentNamesDoNot(String a, String b) throws IOException {
        assertThat(sounds(a)).doesNotContainAnyElementsOf(sounds(b));
    }

    static Set<String> sounds(String name) throws IOException {
        Analyzer a = Analyzers.of(Chain.PHONETIC);
        Set<String> out = new HashSet<>();
        try (TokenStream ts = a.tokenStream("person_ph", name)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }
}
