package org.fonds.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The translators are read where "translat" (any case) stands, not by a {@code find()} from every char:
 * the anchored reading gives what the pattern's {@code find()} loop gives, on random citations.
 */
class TranslatorsTest {
    /** Pieces rather than chars, so that the pattern's words and their near misses come up often. */
    private static final String[] PIECES = {"Translated by ", "translation by ", "TRANSLATED BY ", "tRaNsLaTeD by ", "translat",
            "Translated and edited by ", " and annotated", " for CWIHP", " from Russian", " into English", " and Hungarian",
            " by ", "Svetlana Savranskaya", "Zubok", "A. B.", "Gary Goldberg.", "O'Neill", "Kovács", ", ", ". ", "; ", "Transl",
            "Translatedby ", "Ťranslated by ", " ", "x"};

    @Test
    void the_anchored_reading_gives_what_the_patterns_find_gives() {
        SplittableRandom random = new SplittableRandom(11);
        int found = 0;
        for (int t = 0; t < 50_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(0, 12); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String citation = sb.toString();
            List<String> expected = byFind(citation);
            if (!expected.isEmpty()) found++;
            assertThat(Provenance.translators(citation)).as("\"%s\"", citation).isEqualTo(expected);
        }
        assertThat(found).as("citations naming a translator").isGreaterThan(5_000);
    }

    @Test
    void a_citation_names_its_translators_in_order_once_each() {
        assertThat(Provenance.translators("Translated by Svetlana Savranskaya for the Archive; translated and edited by "
                + "Gary Goldberg; translated by Svetlana Savranskaya")).containsExactly("Svetlana Savranskaya", "Gary Goldberg");
    }

    /** The reading before the anchor: a {@code find()} loop over the whole citation. */
    private static List<String> byFind(String citation) {
        List<String> out = new ArrayList<>();
        Matcher m = Provenance.TRANSLATED.matcher(citation);
        while (m.find()) {
            String name = Provenance.translatorName(m.group(1)); // the same cleaning of a match: the anchoring is under test
            if (!name.isEmpty() && !out.contains(name)) out.add(name);
            String second = Provenance.secondTranslator(citation, m.end(), name); // and the same second name after "and"
            if (second != null && !out.contains(second)) out.add(second);
        }
        return out;
    }
}
