package org.fonds.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a cheap literal says a match can start. A regex {@code find()} tries
 * every position of the text (about ten nanoseconds each, for each pattern); {@code indexOf} of a
 * literal is an order of magnitude faster. Patterns given here must match starting exactly at the
 * anchor; lookbehinds still see the text before it (transparent bounds).
 */
public final class Anchors {
    private Anchors() {
    }

    /** A matcher for {@code pattern} over {@code text} whose lookarounds see outside its region. */
    public static Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether {@code m} matches starting at {@code at} (leaving the match in {@code m}). */
    public static boolean matchesAt(Matcher m, int at, int end) {
        if (at < 0 || at > end) return false;
        m.region(at, end);
        return m.lookingAt();
    }

    /**
     * The positions of several literals in ascending order. Each literal's next position is kept,
     * so a literal that never occurs is searched for once, not once per call: linear overall.
     */
    public static final class Scan {
        private final String text;
        private final String[] literals;
        private final int[] next;

        public Scan(String text, String... literals) {
            this.text = text;
            this.literals = literals;
            this.next = new int[literals.length];
            for (int i = 0; i < literals.length; i++) next[i] = text.indexOf(literals[i]);
        }

        /** The first position at or after {@code from} where any literal starts, or -1. */
        public int next(int from) {
            int best = -1;
            for (int i = 0; i < literals.length; i++) {
                if (next[i] >= 0 && next[i] < from) next[i] = text.indexOf(literals[i], from);
                if (next[i] >= 0 && (best < 0 || next[i] < best)) best = next[i];
            }
            return best;
        }
    }
}
