package org.fonds.parse;

/**
 * Whether a text sets its paragraphs one to a line (web pages copied as text) or wraps them over
 * several lines with blank lines between (print and PDF): with few blank lines, each line is a paragraph.
 */
final class LineShape {
    private LineShape() {
    }

    static boolean linesAreParagraphs(String text, int from) {
        int lines = 0;
        int blank = 0;
        int start = from;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (isBlank(text, start, end)) blank++;
            else lines++;
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines >= 2 && blank * 3 < lines;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }
}
