package org.fonds.web.room;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's leaves in its archival file, as the record normalises them ("19-22", "30",
 * "34-36ob": leaf 36 verso). Only the numbers order documents and show gaps; a range that cannot
 * be read sorts last.
 */
record Leaves(String text, int first, int last) {
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:ob)?(?:\\s*[-–]\\s*(\\d+)\\s*(?:ob)?)?");

    static Leaves of(String text) {
        if (text == null) return new Leaves("", Integer.MAX_VALUE, Integer.MAX_VALUE);
        Matcher m = RANGE.matcher(text);
        if (!m.lookingAt()) return new Leaves(text, Integer.MAX_VALUE, Integer.MAX_VALUE);
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return new Leaves(text, first, Math.max(first, last));
    }

    boolean known() {
        return first != Integer.MAX_VALUE;
    }

    /** What lies between this range and {@code next}, or null when they touch or overlap. */
    String gapBefore(Leaves next) {
        if (!known() || !next.known() || next.first <= last + 1) return null;
        int from = last + 1;
        int to = next.first - 1;
        return from == to ? "L. " + from : "Ll. " + from + "-" + to;
    }
}
