package org.fonds.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.search.schema.Chain;
import org.junit.jupiter.api.Test;

/**
 * The phonetic chain with remembered encodings gives exactly the terms of Lucene's own Beider-Morse
 * filter (the one Solr's schema names), on every name and name form the historians listed for the
 * real records and the seeds, the first time and when remembered.
 */
@NeedsShared({"corpus/real/people", "corpus/seeds-people"})
class RememberingBeiderMorseTest {
    @Test
    void the_terms_are_lucenes_own_for_every_listed_name_first_and_again() throws IOException {
        Analyzer lucenes = Analyzers.asSolrBuildsIt(Chain.PHONETIC);
        Analyzer ours = Analyzers.of(Chain.PHONETIC);
        Set<String> names = names();
        assertThat(names).hasSizeGreaterThan(100).anyMatch(n -> n.contains("Kádár"));
        for (int round = 0; round < 2; round++) {
            for (String name : names) assertThat(terms(ours, name)).as(name).isEqualTo(terms(lucenes, name));
        }
        assertThat(terms(ours, "Khrushchev")).isNotEmpty().containsAnyElementsOf(terms(ours, "Chruschtschow"));
    }


    /** Every name and form of the historians' lists (our tests read them; nothing is copied). */
    private static Set<String> names() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String dir : List.of("corpus/real/people", "corpus/seeds-people")) {
            try (Stream<Path> files = Files.list(Seeds.shared().resolve(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    for (JsonNode p : json.readTree(f.toFile()).path("people")) {
                        out.add(p.path("name").asText());
                        p.path("forms").forEach(form -> out.add(form.asText()));
                    }
                }
            }
        }
        out.remove("");
        return out;
    }

    /** Terms with their position increments: the filter's alternatives share a position. */
    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(inc.getPositionIncrement() + ":" + term);
            ts.end();
        }
        return out;
    }
}
