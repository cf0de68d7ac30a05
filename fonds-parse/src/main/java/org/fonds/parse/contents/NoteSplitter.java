package org.fonds.parse.contents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the text after a notes heading into numbered notes. Notes come one per line ("1 Protocol
 * No. 50 …"), all in one paragraph ("1 The protocol … 2 On 1 November, …"), glued to the text before
 * ("…Ll. 60-61).2 Most likely …"), as "1." or "[1]", or with superscript numbers. What separates them
 * is that the numbers run in sequence: after note k only the number k+1 can open a note, and only at
 * a sentence boundary, followed by the start of a sentence.
 */
final class NoteSplitter {
    /** A note's number and the span [textStart, end) of its text in the notes region. */
    record Piece(int n, int numberStart, int textStart, int end) {
    }

    /** Abbreviations a number follows in references ("F. 3", "No. 4", "p. 57"): no note starts there. */
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "f", "op", "d", "l", "ll", "li", "p", "pp",
            "vol", "vols", "art", "sv", "ch", "fig", "n", "nn", "para", "sec", "t", "ed", "eds", "cf", "v", "col");

    private NoteSplitter() {
    }

    /** The notes in {@code text[from, to)}; empty when note 1 is not where it should be. */
    static List<Piece> split(CharSequence text, int from, int to) {
        char[] digits = asciiDigits(text, from, to);
        List<int[]> starts = new ArrayList<>(); // {n, numberStart, textStart}
        int pos = 0;
        for (int n = 1; ; n++) {
            int[] found = n == 1 ? first(digits) : next(digits, pos, n);
            if (found == null) break;
            starts.add(new int[] {n, found[0], found[1]});
            pos = found[1];
        }
        List<Piece> pieces = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : digits.length;
            pieces.add(new Piece(s[0], from + s[1], from + s[2], from + end));
        }
        return pieces;
    }

    /** Note 1 must open the region (after white space): "1 …", "1. …", "[1] …", "¹ …". */
    private static int[] first(char[] s) {
        int i = 0;
        while (i < s.length && (s[i] == ' ' || s[i] == '\n' || s[i] == ':' || s[i] == Marks.HEADING)) i++;
        return numberAt(s, i, 1, true);
    }

    /** The first place after {@code pos} where note {@code n} opens. */
    private static int[] next(char[] s, int pos, int n) {
        char[] want = Integer.toString(n).toCharArray();
        for (int i = pos; i <= s.length - want.length; i++) {
            if (s[i] != want[0] || !regionMatches(s, i, want)) continue;
            int start = i > 0 && (s[i - 1] == '[' || s[i - 1] == '(') ? i - 1 : i;
            boolean lineStart = atLineStart(s, start);
            if (!lineStart && !afterSentence(s, start)) continue;
            int[] found = numberAt(s, start, n, lineStart);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * If note {@code n}'s number stands at {@code i} followed by the start of a sentence, its
     * {numberStart, textStart}; otherwise null.
     */
    private static int[] numberAt(char[] s, int i, int n, boolean lineStart) {
        if (i >= s.length) return null;
        boolean bracket = s[i] == '[' || s[i] == '(';
        int j = bracket ? i + 1 : i;
        char[] want = Integer.toString(n).toCharArray();
        if (!regionMatches(s, j, want)) return null;
        j += want.length;
        if (j < s.length && Character.isDigit(s[j])) return null;
        if (bracket) {
            if (j >= s.length || (s[j] != ']' && s[j] != ')')) return null;
            j++;
        } else if (j < s.length && (s[j] == '.' || s[j] == ')')) {
            j++;
        }
        int k = j;
        while (k < s.length && (s[k] == ' ' || s[k] == '\n')) k++;
        if (k == j && !lineStart && i > 0 && !isSentenceEnd(s[i - 1])) return null;
        if (k >= s.length) return new int[] {i, k};
        char c = s[k];
        boolean opens = Character.isUpperCase(c) || "\"“‘'*[¿¡".indexOf(c) >= 0 || Character.isDigit(c)
                || (lineStart && (c == '(' || Character.isLowerCase(c)));
        return opens ? new int[] {i, k} : null;
    }

    private static boolean atLineStart(char[] s, int i) {
        int k = i - 1;
        while (k >= 0 && s[k] == ' ') k--;
        return k < 0 || s[k] == '\n' || s[k] == Marks.HEADING;
    }

    /** After ". ", ".)", "”" and the like, but not after an abbreviation such as "F. " or "No. ". */
    private static boolean afterSentence(char[] s, int i) {
        int k = i - 1;
        while (k >= 0 && s[k] == ' ') k--;
        if (k < 0) return true;
        if (!isSentenceEnd(s[k])) return false;
        if (s[k] != '.') return true;
        int w = k - 1;
        while (w >= 0 && Character.isLetter(s[w])) w--;
        String word = new String(s, w + 1, k - w - 1).toLowerCase(java.util.Locale.ROOT);
        return !ABBREVIATIONS.contains(word);
    }

    private static boolean isSentenceEnd(char c) {
        return ".!?)]\"”’'*:;".indexOf(c) >= 0;
    }

    private static boolean regionMatches(char[] s, int i, char[] want) {
        if (i + want.length > s.length) return false;
        for (int k = 0; k < want.length; k++) {
            if (s[i + k] != want[k]) return false;
        }
        return true;
    }

    /** The region with superscript digits read as digits (one char for one, so offsets hold). */
    private static char[] asciiDigits(CharSequence text, int from, int to) {
        char[] s = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char d = Marks.superscriptDigit(c);
            s[i - from] = d != '\0' ? d : c;
        }
        return s;
    }
}
