package org.fonds.parse.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * A titled label ("Comrade Nikita S. Khrushchev [in Russian]:", "Premier Zhou:") is tried with its pattern only
 * where nothing but a name's chars stand before its colon or aside ({@code Labels.nameThenColon}): every paragraph
 * start the pattern takes must pass the check. Random paragraphs from titles, names, initials, asides, other
 * scripts, a letter outside the BMP, and the commas, digits and colons of prose.
 */
class TitledLabelTest {
    private static final String[] PIECES = {"Comrade ", "Cde. ", "Premier ", "Mr. ", "Vice President ", "N. ", "S.", "Khrushchev",
            "Zhou", "O'Neill", "Bonch-Bruevich", "Д’Артаньян", "\uD835\uDC00bc", " ", " ", ":", ": ", " [in Russian]", "(chuckling)",
            " (", "]", ",", "1", "said", "the", "\n", "x", "-", "’"};

    @Test
    void every_label_the_pattern_takes_passes_the_check() {
        SplittableRandom random = new SplittableRandom(83);
        Matcher m = Labels.TITLED.matcher("");
        int labels = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 8); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String paragraph = sb.toString();
            m.reset(paragraph);
            if (!m.lookingAt()) continue;
            labels++;
            assertThat(Labels.nameThenColon(paragraph, 0, paragraph.length())).as("\"%s\"", paragraph).isTrue();
        }
        assertThat(labels).as("paragraphs that open with a titled label").isGreaterThan(5_000);
    }

    @Test
    void prose_with_a_colon_further_on_fails_it() {
        String prose = "The situation, as he said: grave.";
        assertThat(Labels.nameThenColon(prose, 0, prose.length())).isFalse();
        String label = "Premier Zhou [in Chinese]: we agree.";
        assertThat(Labels.nameThenColon(label, 0, label.length())).isTrue();
    }
}
