package org.fonds.parse.layout;

import java.util.Locale;
import java.util.Set;

/**
 * The buttons a site sets under a document's text and a saved copy keeps: docslib.org's "[Show full text]" under a PDF's
 * first pages (the archive's PDF copies and the National Security Archive's diaries there), a blog's "Continue reading".
 * They are no words of the document, so its text ends above them.
 */
public final class TrailingButtons {
    private static final Set<String> BUTTONS = Set.of("show full text", "read full text", "read more", "show more",
            "continue reading");
    /** A button is a short line: longer lines are never asked about. */
    private static final int MAX_BUTTON = 24;
    /** How many button lines may stand one under another at the end. */
    private static final int MAX_LINES = 3;

    private TrailingButtons() {
    }

    /**
     * Where the text in {@code text[from, end)} ends once the buttons on its last lines are left out: {@code end} where
     * none stands. Only the last lines are looked at, from the end.
     */
    public static int textEnd(String text, int from, int end) {
        int e = end;
        for (int n = 0; n < MAX_LINES; n++) {
            int stop = e;
            while (stop > from && Character.isWhitespace(text.charAt(stop - 1))) stop--;
            if (stop <= from) return e;
            int lineStart = text.lastIndexOf('\n', stop - 1) + 1;
            // a button on the text's first line would leave no text: that line is the text's, whatever it says
            if (lineStart <= from || stop - lineStart > MAX_BUTTON + 4 || !button(text.substring(lineStart, stop))) return e;
            e = lineStart;
        }
        return e;
    }

    /** "[Show full text]", "Show full text", "Continue reading": a site's button, brackets and case aside. */
    static boolean button(String line) {
        String t = line.strip();
        if (t.length() > 2 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']') t = t.substring(1, t.length() - 1).strip();
        return t.length() <= MAX_BUTTON && BUTTONS.contains(t.toLowerCase(Locale.ROOT));
    }
}
