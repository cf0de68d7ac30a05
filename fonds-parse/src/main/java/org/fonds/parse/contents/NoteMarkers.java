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
 * The paragraph assembler asks {@link Marking} at each char of the body and takes accepted markers
 * out as it joins the lines (see {@link Marks}).
 */
final class NoteMarkers {
    /** What a marker is; {@link #candidateEnd} reads it by hand, and a test holds the two to the same answers. */
    static final Pattern CANDIDATE = Pattern.compile("(?=[(\\[⁰¹²³⁴⁵⁶⁷⁸⁹])(?:\\( ?(\\d{1,3}) ?\\)|\\[(\\d{1,3})\\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))");

    private NoteMarkers() {
    }

    /** Where a marker can start: what {@link #CANDIDATE} needs first. */
    static boolean mayStart(char c) {
        return c == '(' || c == '[' || Marks.isSuperscriptDigit(c);
    }

    /**
     * The markers of one body, read while the paragraph assembler passes over it: asked at each
     * char in order, it says where an accepted marker (one for a note that exists) ends, and keeps
     * the marker-like numbers without a note. Marking used to copy the whole body into a buffer of
     * its own (a char and an origin per char) that the assembler then read again.
     */
    static final class Marking {
        private final Set<Integer> notes;
        private final int from;
        private final List<Contents.OrphanMarker> orphans = new ArrayList<>();
        private final long[] found = new long[1];
        private int last;
        private int lastOrphan;
        private int quietUntil; // no marker starts inside a candidate already read
        private int number;

        /** @param from where the body starts (a marker at its very start is attached to nothing) */
        Marking(Set<Integer> notes, int from) {
            this.notes = notes;
            this.from = from;
        }

        /** The end of the accepted marker starting at {@code i} (its number in {@link #number()}), or -1. */
        int acceptedAt(MappedText in, int i, int to) {
            if (i < quietUntil || !mayStart(in.charAt(i))) return -1;
            int end = candidateEnd(in, i, to, found);
            if (end < 0) return -1;
            quietUntil = end;
            int n = (int) found[0];
            if (n < 1 || n > Marks.MAX_MARKER) return -1;
            if (notes.contains(n)) {
                last = Math.max(last, n);
                number = n;
                return end;
            }
            if (n > last && n == Math.max(last, lastOrphan) + 1 && looksAttached(in, i, from)) {
                orphans.add(new Contents.OrphanMarker(n, in.originAt(i)));
                lastOrphan = n;
            }
            return -1;
        }

        int number() {
            return number;
        }

        List<Contents.OrphanMarker> orphans() {
            return orphans;
        }
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
