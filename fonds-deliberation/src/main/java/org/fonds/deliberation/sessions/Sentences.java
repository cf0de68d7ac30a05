package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;

/**
 * Splits a body into sentences as working notes write them: a full stop (not after "Cde.", "Gen."
 * or an initial) before a capital, even without a space ("Pospelov.On"); a closing bracket before
 * a capital ("(Cde. Mikoyan) In current circumstances"); a list number ("2) send"); a line break;
 * and the given extra boundaries (agenda headings).
 */
final class Sentences {
    private Sentences() {
    }

    /** Sentence spans {start, end}, stripped of surrounding spaces, in body order. */
    static List<int[]> split(String body, SortedSet<Integer> extra) {
        int[] cuts = cuts(body, extra);
        List<int[]> spans = new ArrayList<>();
        int from = cuts[0];
        for (int k = 1; k < cuts.length; k++) {
            int s = from;
            int e = cuts[k];
            while (s < e && Character.isWhitespace(body.charAt(s))) s++;
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (s < e) spans.add(new int[] {s, e});
            from = cuts[k];
        }
        return spans;
    }

    /**
     * Where sentences end, each once and in order: 0, the body's end, the {@code extra} cuts and
     * those found in the text, gathered in an array and sorted once rather than put in a tree set
     * one by one (a third of a session's reading).
     */
    static int[] cuts(String body, SortedSet<Integer> extra) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < body.length(); i++) {
            int cut = cutAt(body, i);
            if (cut < 0) continue;
            if (n == found.length) found = Arrays.copyOf(found, n * 2);
            found[n++] = cut;
        }
        int[] all = new int[n + extra.size() + 2];
        int m = 0;
        all[m++] = 0;
        for (int x : extra) all[m++] = x;
        System.arraycopy(found, 0, all, m, n);
        m += n;
        all[m++] = body.length();
        Arrays.sort(all, 0, m);
        int distinct = 0;
        for (int k = 0; k < m; k++) if (distinct == 0 || all[k] != all[distinct - 1]) all[distinct++] = all[k];
        return Arrays.copyOf(all, distinct);
    }

    /** The cut the char at {@code i} makes (i or i + 1), or -1. */
    private static int cutAt(String body, int i) {
        char c = body.charAt(i);
        if (c == '\n') return i + 1;
        if ((c == '.' || c == '?' || c == '!') && opensSentence(body, i + 1) && Agenda.sentenceEnd(body, 0, i)) return i + 1;
        if (c == ')' && body.startsWith(" ", i + 1) && i + 2 < body.length() && Character.isUpperCase(body.charAt(i + 2))) return i + 1;
        if (Character.isDigit(c) && enumerator(body, i)) return i;
        return -1;
    }

    private static boolean opensSentence(String body, int i) {
        if (i >= body.length()) return true;
        int k = body.charAt(i) == ' ' ? i + 1 : i;
        if (k >= body.length()) return true;
        char c = body.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || (k > i && c == '(');
    }

    /** "2) " opening a list item, not "(2)" or "p. 2)". */
    private static boolean enumerator(String body, int i) {
        int k = i;
        while (k < body.length() && Character.isDigit(body.charAt(k))) k++;
        if (k - i > 2 || k >= body.length() || body.charAt(k) != ')') return false;
        if (i > 0 && Character.isDigit(body.charAt(i - 1))) return false;
        if (i == 0) return true;
        char before = body.charAt(i - 1);
        return before == '.' || before == '\n' || (before == ' ' && i > 1 && ".;)".indexOf(body.charAt(i - 2)) >= 0);
    }

    /**
     * The text of a decision or task as it is shown: no leading list number, no note markers (the
     * parser's private-use characters, or "(3)" and "[3]" where it kept them as text).
     */
    static String shown(String sentence) {
        String s = withoutEnumerator(sentence);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.PRIVATE_USE) continue;
            int marker = marker(s, i);
            if (marker > i) {
                i = marker - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** The end of a note marker "(12)" or "[12]" glued to the word before it at {@code i}; i when none. */
    private static int marker(String s, int i) {
        char open = s.charAt(i);
        if ((open != '(' && open != '[') || i == 0 || Character.isWhitespace(s.charAt(i - 1))) return i;
        int k = i + 1;
        while (k < s.length() && k - i <= 3 && Character.isDigit(s.charAt(k))) k++;
        char close = open == '(' ? ')' : ']';
        return k > i + 1 && k < s.length() && s.charAt(k) == close ? k + 1 : i;
    }

    /** The sentence text without a leading list number ("1) Bring back ..." gives "Bring back ..."). */
    static String withoutEnumerator(String sentence) {
        int k = 0;
        while (k < sentence.length() && k < 2 && Character.isDigit(sentence.charAt(k))) k++;
        if (k == 0 || k >= sentence.length() || sentence.charAt(k) != ')') return sentence;
        return sentence.substring(k + 1).stripLeading();
    }
}
