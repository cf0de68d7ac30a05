package org.fonds.parse.contents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fonds.parse.text.MappedText;

/**
 * Finds note markers in the contents: "(1)", "( 2)", "(12)", "[3]" and superscript digits, for
 * notes that exist (spec/RECORD.md), in any order: a note may be referred to twice. "1)" without
 * its opening parenthesis is an enumerator. A marker-like number past the last note, right after
 * the markers before it, is reported as a marker without a note.
 * Accepted markers are replaced by one private-use char each (see {@link Marks}).
 */
final class NoteMarkers {
    /** What a marker is; {@link #candidateEnd} reads it by hand, and a test holds the two to the same answers. */
    static final Pattern CANDIDATE = Pattern.compile("(?=[(\\[⁰¹²³⁴⁵⁶⁷⁸⁹])(?:\\( ?(\\d{1,3}) ?\\)|\\[(\\d{1,3})\\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))");

    record Result(MappedText text, List<Contents.OrphanMarker> orphans) {
    }

    private NoteMarkers() {
    }

    static Result mark(MappedText in, int from, int to, Set<Integer> notes) {
        MappedText out = new MappedText(to - from);
        List<Contents.OrphanMarker> orphans = new ArrayList<>();
        int copied = from;
        int last = 0;
        int lastOrphan = 0;
        long[] found = new long[1];
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            if (c != '(' && c != '[' && !Marks.isSuperscriptDigit(c)) continue;
            int end = candidateEnd(in, i, to, found);
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
            } else if (n > last && n == Math.max(last, lastOrphan) + 1 && looksAttached(in, start, from)) {
                orphans.add(new Contents.OrphanMarker(n, in.originAt(start)));
                lastOrphan = n;
            }
        }
        out.append(in, copied, to);
        return new Result(out, orphans);
    }

    /**
     * Where a marker starting at {@code i} ends, its number put in {@code number[0]}, or -1: what
     * {@link #CANDIDATE} matches there, read by hand (a regex confirmation of every bracket cost more
     * than the rest of marking).
     */
    static int candidateEnd(CharSequence in, int i, int to, long[] number) {
        char c = in.charAt(i);
        if (Marks.isSuperscriptDigit(c)) {
            int n = 0;
            int k = i;
            while (k < to && k - i < 3 && Marks.isSuperscriptDigit(in.charAt(k))) n = n * 10 + (Marks.superscriptDigit(in.charAt(k++)) - '0');
            number[0] = n;
            return k;
        }
        int k = i + 1;
        if (c == '(' && k < to && in.charAt(k) == ' ') k++;
        int digits = k;
        int n = 0;
        while (k < to && k - digits < 3 && isDigit(in.charAt(k))) n = n * 10 + (in.charAt(k++) - '0');
        if (k == digits || (k < to && isDigit(in.charAt(k)))) return -1;
        if (c == '(' && k < to && in.charAt(k) == ' ') k++;
        if (k >= to || in.charAt(k) != (c == '(' ? ')' : ']')) return -1;
        number[0] = n;
        return k + 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A marker sits on the word or sentence before it: "Serov(2)", "withdrawn.(8)", "comrades. (6)". */
    private static boolean looksAttached(CharSequence s, int start, int from) {
        if (start == from) return false;
        char prev = s.charAt(start - 1);
        if (prev != ' ') return !Character.isWhitespace(prev) && prev != '(';
        return start - 2 >= from && ".;:!?".indexOf(s.charAt(start - 2)) >= 0;
    }
}
