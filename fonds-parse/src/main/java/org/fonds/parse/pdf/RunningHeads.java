package org.fonds.parse.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running heads and feet of a PDF's pages: a line at the head (or foot) of two pages or more that is the same but
 * for its numbers ("Foreign Relations, 1958-1960, Volume X" over each page of a printed volume, "Page 3 of 5 · Sample
 * Archive" under each page of an archive's copy). They are print furniture, and in the text they would stand inside a
 * sentence carried over from one page to the next. The first page's head is kept: it may be the document's own heading,
 * which a volume then repeats over its pages.
 */
final class RunningHeads {
    /** Longer lines are text, whatever repeats. */
    private static final int MAX_LENGTH = 120;

    private RunningHeads() {
    }

    /** Blanks each page's first and last line where it is such a head or foot; {@code pages} are each page's lines. */
    static void drop(List<List<String>> pages) {
        if (pages.size() < 2) return;
        dropAt(pages, true);
        dropAt(pages, false);
    }

    private static void dropAt(List<List<String>> pages, boolean top) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> lines : pages) {
            String key = key(lines, top);
            if (key != null) seen.merge(key, 1, Integer::sum);
        }
        for (int p = top ? 1 : 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            String key = key(lines, top);
            if (key != null && seen.get(key) >= 2) lines.set(edge(lines, top), "");
        }
    }

    /** The page's first (or last) line with its runs of digits as one sign and its spaces collapsed; null if none or too long. */
    private static String key(List<String> lines, boolean top) {
        int i = edge(lines, top);
        if (i < 0) return null;
        String line = lines.get(i).strip();
        if (line.length() > MAX_LENGTH) return null;
        StringBuilder k = new StringBuilder(line.length());
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (Character.isDigit(ch)) {
                if (k.isEmpty() || k.charAt(k.length() - 1) != '#') k.append('#');
            } else if (Character.isWhitespace(ch)) {
                if (!k.isEmpty() && k.charAt(k.length() - 1) != ' ') k.append(' ');
            } else {
                k.append(ch);
            }
        }
        // a number alone is a page number, for PdfFile; a key of no letters says nothing of a head
        return k.chars().anyMatch(Character::isLetter) ? k.toString() : null;
    }

    /** The index of the page's first (or last) line that is not blank, or -1. */
    private static int edge(List<String> lines, boolean top) {
        for (int k = 0; k < lines.size(); k++) {
            int i = top ? k : lines.size() - 1 - k;
            if (!lines.get(i).isBlank()) return i;
        }
        return -1;
    }
}
