package org.fonds.parse.contents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.fonds.parse.text.Anchors;
import org.junit.jupiter.api.Test;

/** The hand-written marker reader gives what the marker pattern matches, at every position of many texts. */
class NoteMarkersTest {
    private static final String ALPHABET = "(( [[]])) 0123456789⁰¹²³⁴⁵a.";

    @Test
    void theHandWrittenReaderMatchesThePatternEverywhere() {
        SplittableRandom random = new SplittableRandom(11);
        long[] number = new long[1];
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 12); k > 0; k--) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String text = sb.toString();
            int to = random.nextInt(0, text.length() + 1);
            Matcher m = Anchors.matcher(NoteMarkers.CANDIDATE, text);
            for (int i = 0; i < to; i++) {
                char c = text.charAt(i);
                if (c != '(' && c != '[' && !Marks.isSuperscriptDigit(c)) continue; // where the reader is asked
                boolean matches = Anchors.matchesAt(m, i, to);
                int end = NoteMarkers.candidateEnd(text, i, to, number);
                assertThat(end).as("\"%s\" at %d up to %d", text, i, to).isEqualTo(matches ? m.end() : -1);
                if (matches) assertThat(number[0]).as("\"%s\" at %d", text, i).isEqualTo(Long.parseLong(digits(m)));
            }
        }
    }

    @Test
    void markersOfEachStyleAreRead() {
        long[] n = new long[1];
        assertThat(NoteMarkers.candidateEnd("a( 12)b", 1, 7, n)).isEqualTo(6);
        assertThat(n[0]).isEqualTo(12);
        assertThat(NoteMarkers.candidateEnd("[3]", 0, 3, n)).isEqualTo(3);
        assertThat(NoteMarkers.candidateEnd("¹²x", 0, 3, n)).isEqualTo(2);
        assertThat(n[0]).isEqualTo(12);
        assertThat(NoteMarkers.candidateEnd("(1234)", 0, 6, n)).isEqualTo(-1);
    }

    private static String digits(Matcher m) {
        String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        StringBuilder out = new StringBuilder();
        for (char c : g.toCharArray()) out.append(c >= '0' && c <= '9' ? c : Marks.superscriptDigit(c));
        return out.toString();
    }
}
