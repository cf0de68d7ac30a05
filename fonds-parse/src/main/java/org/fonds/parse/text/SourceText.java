package org.fonds.parse.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The decoded text of one input, normalised for parsing (NFC; one kind of line break; exotic
 * spaces made plain; invisible characters dropped), with a line index so that any offset can be
 * reported as the line a person sees in their editor. Normalising never adds or removes a line.
 */
public final class SourceText {
    /**
     * The parser stands a note marker in for one private-use char (see {@code NoteMarkers}); such
     * chars in the input itself carry no shared meaning and are replaced so they cannot pose as one.
     */
    public static final char MARKER_BASE = '\uE000';
    public static final char MARKER_LAST = '\uE3FF';

    private final String name;
    private final String text;
    private final int[] lineStarts;
    /** Control chars of the raw text (below U+0020, but for line breaks, tabs and form feeds): {count, first offset}. */
    private final int[] controls = {0, -1};

    public SourceText(String name, String raw) {
        this.name = name;
        this.text = normalise(raw, controls);
        this.lineStarts = indexLines(text);
    }

    /**
     * How many control chars the raw text holds: counted by the pass that normalises it, so the
     * decoder's check of what a file holds (binary data is mostly control chars) needs no pass of its own.
     */
    public int rawControls() {
        return controls[0];
    }

    /** The offset in the raw text of its first control char, or -1. */
    public int firstRawControl() {
        return controls[1];
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The 1-based line holding {@code offset}. */
    public int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The text normalised; {@code controls} gets the raw text's control chars, {count, first offset}. */
    static String normalise(String raw, int[] controls) {
        // one pass tells whether NFC surely leaves the text alone, where the first char to mend is, and the control chars
        int first = -1;
        boolean surelyNfc = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x80) {
                if (c < 0x20) {
                    if (first < 0 && needsWork(c)) first = i;
                    if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && controls[0]++ == 0) controls[1] = i;
                }
                continue;
            }
            if (surelyNfc && !surelyNfc(c)) surelyNfc = false;
            if (first < 0 && needsWork(c)) first = i;
        }
        String s = raw;
        if (!surelyNfc && !Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(raw, Normalizer.Form.NFC);
            first = 0;
            while (first < s.length() && !needsWork(s.charAt(first))) first++;
        }
        if (first < 0 || first == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                }
                case '\t', '\f', '\u000B', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                     '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> out.append(' ');
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // invisible: zero-width spaces, joiners, stray byte-order marks, soft hyphens
                }
                default -> out.append(c >= MARKER_BASE && c <= MARKER_LAST ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * True when {@code c} is a char NFC leaves alone whatever surrounds it (Latin up to U+02FF, the
     * usual dashes, quotes and superscripts, Cyrillic letters): the common case, decided faster than
     * the JDK's full check.
     */
    private static boolean surelyNfc(char c) {
        return c < 0x300 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x2070 && c <= 0x209F)
                || (c >= 0x0400 && c <= 0x0482) || (c >= 0x048A && c <= 0x052F);
    }

    /** Whether {@link #normalise} changes or drops {@code c}. */
    private static boolean needsWork(char c) {
        if (c < 0x80) return c == '\r' || c == '\t' || c == '\f' || c == '\u000B';
        return c == '\u00A0' || c == '\u00AD' || c == '\u0085' || (c >= '\u2002' && c <= '\u200D')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u2060' || c == '\u3000'
                || c == '\uFEFF' || (c >= MARKER_BASE && c <= MARKER_LAST);
    }

    /** The start of every line, found by {@code indexOf} (vectorised) in one pass. */
    private static int[] indexLines(String s) {
        int[] starts = new int[Math.max(8, s.length() / 32)];
        int k = 1;
        for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
            if (k == starts.length) starts = Arrays.copyOf(starts, k * 2);
            starts[k++] = nl + 1;
        }
        return Arrays.copyOf(starts, k);
    }
}
