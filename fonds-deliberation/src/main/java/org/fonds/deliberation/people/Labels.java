package org.fonds.deliberation.people;

import org.fonds.deliberation.people.Runs.Run;

/**
 * Speaker labels: a run that opens a line and is followed by a colon or a dash ("Cde. Zhukov—",
 * "Khrush.:", "Comrade X [in Polish]:", "Stalin (similarly):"), or a name in capitals that opens a
 * line before the remark ("O. DORTICOS. ...", "N. S. KHRUSHCHEV The ...").
 */
final class Labels {
    /** How far a bracketed aside between a label and its colon may reach. */
    private static final int ASIDE = 40;

    private Labels() {
    }

    static boolean isLabel(String text, Run run) {
        if (!opensLine(text, run.start())) return false;
        int k = skipAside(text, skipSpaces(text, run.end()));
        if (k >= text.length()) return false;
        char c = text.charAt(k);
        if (c == ':' || c == '—' || c == '–') return true;
        if (c == '-' && run.text().startsWith("Cde")) return true;
        return capitals(run.text()) && (c == '.' || k > run.end() && Character.isUpperCase(c));
    }

    private static boolean opensLine(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t' && c != '[' && c != '*' && c != '—' && c != '-' && c != '–') return false;
        }
        return true;
    }

    private static int skipSpaces(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') k++;
        return k;
    }

    /** Past a "[in Polish]" or "(similarly)" aside, when one follows. */
    private static int skipAside(String text, int k) {
        if (k >= text.length() || (text.charAt(k) != '[' && text.charAt(k) != '(')) return k;
        char close = text.charAt(k) == '[' ? ']' : ')';
        for (int e = k + 1; e < text.length() && e - k < ASIDE; e++) {
            char c = text.charAt(e);
            if (c == '\n') return k;
            if (c == close) return skipSpaces(text, e + 1);
        }
        return k;
    }

    /** A name in capitals, at least one word of two letters or more: "HO CHI MINH", "A.I. MIKOYAN". */
    private static boolean capitals(String run) {
        boolean word = false;
        for (String t : PersonName.tokens(run)) {
            if (PersonName.isInitial(t)) continue;
            String w = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
            if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false;
            word = true;
        }
        return word;
    }
}
