package org.fonds.parse.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The last lines are looked at for a label of the current page's block only where a line may fold to one
 * ({@code DocumentInformation.mayBeLabel}: its length and initial): every line that folds to a label must pass.
 * Random lines from the labels in random case, their near misses, and chars whose case folding is not ASCII's.
 */
class DocumentInformationTest {
    private static final String[] OTHERS = {" ", "x", "İ", "\u212A", "ſ", "Ä", "é", "1", "&", "Language", "Source:", "s"};

    @Test
    void every_line_that_folds_to_a_label_passes_the_check() {
        List<String> labels = new ArrayList<>(DocumentInformation.LABELS);
        labels.addAll(DocumentInformation.CONTENTS_LABELS);
        SplittableRandom random = new SplittableRandom(61);
        int folded = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 4); k > 0; k--) {
                if (random.nextInt(3) == 0) sb.append(OTHERS[random.nextInt(OTHERS.length)]);
                else sb.append(randomCase(labels.get(random.nextInt(labels.size())), random));
            }
            String line = sb.toString();
            String fold = line.toLowerCase(Locale.ROOT);
            boolean label = DocumentInformation.LABELS.contains(fold) || DocumentInformation.CONTENTS_LABELS.contains(fold);
            if (!label) continue;
            folded++;
            assertThat(DocumentInformation.mayBeLabel(line, 0, line.length())).as("\"%s\"", line).isTrue();
        }
        assertThat(folded).as("lines that fold to a label").isGreaterThan(20_000);
    }

    @Test
    void lines_of_other_lengths_or_initials_fail_it() {
        assertThat(DocumentInformation.mayBeLabel("Cde. Khrushchev spoke", 0, 21)).isFalse();
        assertThat(DocumentInformation.mayBeLabel("Bource", 0, 6)).isFalse();
        assertThat(DocumentInformation.mayBeLabel("SOURCE", 0, 6)).isTrue();
        assertThat(DocumentInformation.mayEndWithBlock("Text of the page.\n\nDocument Information\n\nSource\n\nx")).isTrue();
        assertThat(DocumentInformation.mayEndWithBlock("Text of the page.\n\nNothing of the kind\n")).isFalse();
    }

    private static String randomCase(String s, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }
}
