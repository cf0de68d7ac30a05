package org.fonds.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one-pass scan of several literals answers every query as a scan by {@code indexOf} of each literal does. */
class AnchorsScanTest {
    /** Overlapping and nested literals, a non-ASCII one, and texts that are Latin-1 or not. */
    private static final String[] LITERALS = {"On the", "the", "he ", "[Pre", "Pre", "—x", "f.", "F.", "Fond"};
    private static final String[] PIECES = {"On", " ", "the", "he", "[", "Pre", "—", "x", "f", "F", ".", "Fond", "a"};

    @Test
    void everyQueryGivesWhatIndexOfGives() {
        SplittableRandom random = new SplittableRandom(5);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(0, 30); k > 0; k--) sb.append(PIECES[random.nextInt(PIECES.length)]);
            String text = sb.toString();
            int n = random.nextInt(1, LITERALS.length + 1);
            String[] literals = new String[n];
            for (int i = 0; i < n; i++) literals[i] = LITERALS[random.nextInt(LITERALS.length)];
            Anchors.Scan scan = new Anchors.Scan(text, literals);
            ByIndexOf expected = new ByIndexOf(text, literals);
            int from = 0;
            for (int q = 0; q < 12; q++) {
                int got = scan.next(from);
                assertThat(got).as("\"%s\" from %d", text, from).isEqualTo(expected.next(from));
                // callers go on after what they found, from a little before it (a word moved back to) or past a match
                from = got < 0 ? random.nextInt(0, text.length() + 2) : got + random.nextInt(-2, 7);
            }
        }
    }

    @Test
    void literalsAreFoundInOrderWhereverTheyOverlap() {
        Anchors.Scan scan = new Anchors.Scan("On the theme", "On the", "the", "he ");
        assertThat(scan.next(0)).isEqualTo(0);
        assertThat(scan.next(1)).isEqualTo(3);
        assertThat(scan.next(4)).isEqualTo(4);
        assertThat(scan.next(5)).isEqualTo(7);
        assertThat(scan.next(8)).isEqualTo(-1);
    }

    /** The scan as it was: each literal's next position by {@code indexOf}. */
    private static final class ByIndexOf {
        private final String text;
        private final String[] literals;
        private final int[] next;

        ByIndexOf(String text, String[] literals) {
            this.text = text;
            this.literals = literals;
            this.next = new int[literals.length];
            for (int i = 0; i < literals.length; i++) next[i] = text.indexOf(literals[i]);
        }

        int next(int from) {
            int best = -1;
            for (int i = 0; i < literals.length; i++) {
                if (next[i] >= 0 && next[i] < from) next[i] = text.indexOf(literals[i], from);
                if (next[i] >= 0 && (best < 0 || next[i] < best)) best = next[i];
            }
            return best;
        }
    }
}
