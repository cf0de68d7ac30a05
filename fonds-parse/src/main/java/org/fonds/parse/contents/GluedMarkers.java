package org.fonds.parse.contents;

import java.util.Set;
import org.fonds.parse.text.MappedText;

/**
 * FRUS's footnote markers as its web pages give them: superscripts flattened into digits glued to the word or the
 * stop before them ("Embtel 993.2 I had", "Perkins2 will", "(Legtel 19),5 that", "spirits.3"). A glued number is
 * a marker only where it is the next note in order (or the one after, where a marker was lost), so the numbers a
 * text is made of are left alone: "1.7 kilometers" (one digit before the stop), "Tu-104", "1:03", "2,500".
 * Numbers glued to other numbers with nothing between ("Jan 201", "Dec, 111") cannot be told from a date and
 * stay text.
 */
final class GluedMarkers {
    /** How many notes on a glued marker may skip past: one lost marker does not stop the rest being found. */
    private static final int MAX_SKIP = 2;

    private GluedMarkers() {
    }

    /**
     * {@code flat[from, to)} with each glued marker replaced by its mark ({@link Marks#marker}); {@code notes} the
     * note numbers that exist, {@code first} the first number the text marks (2 where note 1, the source note, is
     * marked on the heading). The text is copied only where a marker is found.
     */
    static MappedText mark(MappedText flat, int from, int to, Set<Integer> notes, int first) {
        MappedText out = null;
        int copied = from;
        int last = first - 1;
        for (int i = from + 1; i < to; i++) {
            char c = flat.charAt(i);
            if (c < '1' || c > '9' || isDigit(flat.charAt(i - 1))) continue;
            int end = i;
            int n = 0;
            while (end < to && end - i < 3 && isDigit(flat.charAt(end))) n = n * 10 + flat.charAt(end++) - '0';
            if (end < to && isDigit(flat.charAt(end))) continue;
            if (n <= last || n > last + MAX_SKIP || !notes.contains(n) || !glued(flat, from, i) || !endsWord(flat, end, to)) continue;
            if (out == null) out = new MappedText(to - from + 8);
            out.append(flat, copied, i);
            out.append(Marks.marker(n), flat.originAt(i));
            copied = end;
            last = n;
            i = end - 1;
        }
        if (out == null) return null;
        out.append(flat, copied, to);
        return out;
    }

    /** What stands before a glued marker: a letter, or a closing bracket, quote or stop after a word or a number of two digits or more. */
    private static boolean glued(CharSequence s, int from, int i) {
        char prev = s.charAt(i - 1);
        if (Character.isLetter(prev)) return true;
        if (")”’\"".indexOf(prev) >= 0) return true;
        if (".,:;".indexOf(prev) < 0 || i - 2 < from) return false;
        char before = s.charAt(i - 2);
        if (Character.isLetter(before) || ")”’\"".indexOf(before) >= 0) return true;
        // "993.2", "23.2": the stop ends a number of two digits or more; "1.7" is a decimal
        return isDigit(before) && i - 3 >= from && isDigit(s.charAt(i - 3)) && prev == '.';
    }

    /** A marker ends where its word does: at a space, a line's end, or a stop before one. */
    private static boolean endsWord(CharSequence s, int end, int to) {
        if (end >= to) return true;
        char c = s.charAt(end);
        if (c == ' ' || c == '\n') return true;
        return ".,;:)".indexOf(c) >= 0 && (end + 1 >= to || s.charAt(end + 1) == ' ' || s.charAt(end + 1) == '\n');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
