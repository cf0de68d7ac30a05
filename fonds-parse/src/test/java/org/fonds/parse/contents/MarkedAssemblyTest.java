package org.fonds.parse.contents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.fonds.parse.text.MappedText;
import org.junit.jupiter.api.Test;

/**
 * The body is marked and joined in one pass ({@link ParagraphAssembler} asking {@link NoteMarkers.Marking}
 * at each char); it must give what the two passes it replaced gave: the markers replaced by their
 * private-use chars in a copy of the body, then that copy joined into paragraphs.
 */
class MarkedAssemblyTest {
    private static final String ALPHABET = "((  [[]]))\n\n\n 0123456789¹²³⁴⁵abcXY.,;\u201D" + Marks.HEADING;

    @Test
    void oneMarkingPassGivesWhatTheTwoPassesGave() {
        SplittableRandom random = new SplittableRandom(511);
        for (int t = 0; t < 30_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(1, 120); k > 0; k--) {
                sb.append(random.nextInt(4) == 0 ? "word " : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
            }
            String text = sb.toString();
            MappedText in = new MappedText(text.length());
            in.appendSource(text, 0, text.length());
            int from = random.nextInt(0, Math.min(4, text.length()) + 1);
            int to = random.nextInt(from, text.length() + 1);
            Set<Integer> notes = random.nextBoolean() ? Set.of(1, 2, 3, 12) : Set.of(2, 5);
            boolean lineParagraphs = random.nextInt(4) == 0;

            NoteMarkers.Marking marking = new NoteMarkers.Marking(notes, from);
            Layout fused = ParagraphAssembler.assemble(in, from, to, lineParagraphs, marking);
            List<Contents.OrphanMarker> orphans = new ArrayList<>();
            MappedText marked = markInCopy(in, from, to, notes, orphans);
            Layout twoPasses = ParagraphAssembler.assemble(marked, 0, marked.length(), lineParagraphs);

            String what = "\"" + text.replace("\n", "\\n") + "\" [" + from + ", " + to + ") notes " + notes;
            assertThat(fused.text().toString()).as(what).isEqualTo(twoPasses.text().toString());
            for (int i = 0; i < fused.text().length(); i++) {
                assertThat(fused.text().originAt(i)).as("%s: origin of char %d", what, i).isEqualTo(twoPasses.text().originAt(i));
            }
            assertThat(fused.markers()).as(what).isEqualTo(twoPasses.markers());
            assertThat(fused.paragraphs()).as(what).isEqualTo(twoPasses.paragraphs());
            assertThat(marking.orphans()).as(what).isEqualTo(orphans);
        }
    }

    @Test
    void aMarkerForANoteIsTakenOutAndOneWithoutANoteIsAnOrphan() {
        String text = "Serov(1) said so.(2) Then [3] and ¹ and ⁴ and (4).";
        MappedText in = new MappedText(text.length());
        in.appendSource(text, 0, text.length());
        NoteMarkers.Marking marking = new NoteMarkers.Marking(Set.of(1, 3), 0);
        Layout body = ParagraphAssembler.assemble(in, 0, text.length(), false, marking);
        assertThat(body.text().toString()).isEqualTo("Serov said so.(2) Then and and ⁴ and (4).");
        assertThat(body.markers()).extracting(m -> m.n()).containsExactly(1, 3, 1);
        // "(2)" follows marker 1 and is attached: an orphan; "⁴" is not the next number, "(4)" after it is not attached
        assertThat(marking.orphans()).extracting(Contents.OrphanMarker::n).containsExactly(2);
    }

    /** The marking pass as it was: a copy of the body with each accepted marker one private-use char. */
    private static MappedText markInCopy(MappedText in, int from, int to, Set<Integer> notes, List<Contents.OrphanMarker> orphans) {
        MappedText out = new MappedText(to - from);
        int copied = from;
        int last = 0;
        int lastOrphan = 0;
        long[] found = new long[1];
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (c != '(' && c != '[' && !Marks.isSuperscriptDigit(c)) continue;
            int end = NoteMarkers.candidateEnd(in, i, to, found);
            if (end < 0) continue;
            int start = i;
            i = end - 1;
            int n = (int) found[0];
            if (n < 1 || n > Marks.MAX_MARKER) continue;
            if (notes.contains(n)) {
                out.append(in, copied, start);
                out.append(Marks.marker(n), in.originAt(start));
                copied = end;
                last = Math.max(last, n);
            } else if (n > last && n == Math.max(last, lastOrphan) + 1 && attached(in, start, from)) {
                orphans.add(new Contents.OrphanMarker(n, in.originAt(start)));
                lastOrphan = n;
            }
        }
        out.append(in, copied, to);
        return out;
    }

    private static boolean attached(CharSequence s, int start, int from) {
        if (start == from) return false;
        char prev = s.charAt(start - 1);
        if (prev != ' ') return !Character.isWhitespace(prev) && prev != '(';
        return start - 2 >= from && ".;:!?".indexOf(s.charAt(start - 2)) >= 0;
    }
}
