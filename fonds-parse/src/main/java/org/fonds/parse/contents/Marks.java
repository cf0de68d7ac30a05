package org.fonds.parse.contents;

import org.fonds.parse.text.SourceText;

/**
 * Private-use chars that stand in, inside the parser only, for things that are not text: an
 * accepted note marker (so its offset survives paragraph joining) and the start of a heading line.
 * {@link SourceText} replaces any such char in the input, so none can be forged.
 */
final class Marks {
    static final char HEADING = SourceText.MARKER_LAST;
    static final int MAX_MARKER = SourceText.MARKER_LAST - SourceText.MARKER_BASE - 1;

    private Marks() {
    }

    static char marker(int n) {
        return (char) (SourceText.MARKER_BASE + n);
    }

    static boolean isMarker(char c) {
        return c >= SourceText.MARKER_BASE && c < SourceText.MARKER_LAST;
    }

    static int markerNumber(char c) {
        return c - SourceText.MARKER_BASE;
    }

    static boolean isMark(char c) {
        return c >= SourceText.MARKER_BASE && c <= SourceText.MARKER_LAST;
    }

    static boolean isSuperscriptDigit(char c) {
        return c == '¹' || c == '²' || c == '³' || (c >= '⁰' && c <= '⁹' && c != '\u2071' && c != '\u2072' && c != '\u2073');
    }

    /** Superscript digits as ASCII digits, '\0' for any other char. */
    static char superscriptDigit(char c) {
        return switch (c) {
            case '⁰' -> '0';
            case '¹' -> '1';
            case '²' -> '2';
            case '³' -> '3';
            case '⁴' -> '4';
            case '⁵' -> '5';
            case '⁶' -> '6';
            case '⁷' -> '7';
            case '⁸' -> '8';
            case '⁹' -> '9';
            default -> '\0';
        };
    }
}
