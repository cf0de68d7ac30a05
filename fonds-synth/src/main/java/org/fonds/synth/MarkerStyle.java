package org.fonds.synth;

/** How note markers are written in the body. */
enum MarkerStyle {
    PAREN, OCR_SPACE, BRACKET, SUPERSCRIPT, SPACED;

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    String render(int n, Dice dice) {
        return switch (this) {
            case PAREN -> "(" + n + ")";
            case OCR_SPACE -> dice.chance(0.5) ? "( " + n + ")" : "(" + n + ")";
            case BRACKET -> "[" + n + "]";
            case SUPERSCRIPT -> superscript(n);
            case SPACED -> " (" + n + ")";
        };
    }

    static String superscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) sb.append(SUPERSCRIPTS.charAt(c - '0'));
        return sb.toString();
    }

    Variant variant() {
        return switch (this) {
            case PAREN -> Variant.MARKER_PAREN;
            case OCR_SPACE -> Variant.MARKER_OCR_SPACE;
            case BRACKET -> Variant.MARKER_BRACKET;
            case SUPERSCRIPT -> Variant.MARKER_SUPERSCRIPT;
            case SPACED -> Variant.MARKER_SPACED;
        };
    }
}
