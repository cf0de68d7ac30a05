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
    private static final String LETTERS_RAREST_FIRST = "zqxjkvbpygfwmucldrhsnioate";

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
     * The first position at or after {@code from} where {@code lower} (ASCII, lower case) starts,
     * ignoring the case of ASCII letters only: what a pattern's {@code (?i:...)} matches without
     * {@code UNICODE_CASE}, so a match found here can be confirmed by that pattern.
     */
    public static int indexOfIgnoreCase(String text, String lower, int from) {
        return folded(lower).in(text, from);
    }

    /**
     * Each literal's {@link Folded} made once: its callers pass constants, and choosing a literal's pivot for every call
     * cost more than the look itself (1.3% of a real record's parse, JFR of 2026-12-07).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Folded> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Folded folded(String lower) {
        Folded f = FOLDED.get(lower);
        if (f != null) return f;
        f = new Folded(lower);
        // a bound, should a caller ever pass literals made from its input: past it, each is made afresh as before
        if (FOLDED.size() < 1024) FOLDED.putIfAbsent(lower, f);
        return f;
    }

    /** Whether {@code text} contains {@code lower} ignoring the case of ASCII letters. */
    public static boolean containsIgnoreCase(String text, String lower) {
        return indexOfIgnoreCase(text, lower, 0) >= 0;
    }

    /**
     * A literal searched for ignoring the case of ASCII letters. Candidates come from
     * {@code String.indexOf} of one char (vectorised), its rarest, chosen once: lower-casing each
     * line, or a loop over every char, cost more than the rest of the test.
     */
    public static final class Folded {
        private final String lower;
        private final int pivot;

        /** @param lower the literal in ASCII lower case */
        public Folded(String lower) {
            if (lower.isEmpty()) throw new IllegalArgumentException("an empty literal (got: \"\")");
            this.lower = lower;
            this.pivot = pivot(lower);
        }

        /** The first position at or after {@code from} where the literal starts, or -1. */
        public int in(String text, int from) {
            char p = lower.charAt(pivot);
            char upper = asciiUpper(p);
            int start = Math.max(0, from) + pivot;
            int a = text.indexOf(p, start);
            int b = upper == p ? -1 : text.indexOf(upper, start);
            while (a >= 0 || b >= 0) {
                int at;
                if (b < 0 || (a >= 0 && a < b)) {
                    at = a;
                    a = text.indexOf(p, a + 1);
                } else {
                    at = b;
                    b = text.indexOf(upper, b + 1);
                }
                int candidate = at - pivot;
                if (candidate + lower.length() <= text.length() && regionMatches(text, candidate)) return candidate;
            }
            return -1;
        }

        public boolean isIn(String text) {
            return in(text, 0) >= 0;
        }

        private boolean regionMatches(String text, int at) {
            for (int k = 0; k < lower.length(); k++) {
                char c = text.charAt(at + k);
                char l = lower.charAt(k);
                if (c != l && c != asciiUpper(l)) return false;
            }
            return true;
        }

        /** A sign without case (not a space) if there is one, else the rarest letter in English. */
        private static int pivot(String lower) {
            int best = 0;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                int rank = c >= 'a' && c <= 'z' ? LETTERS_RAREST_FIRST.indexOf(c) + 1 : c == ' ' ? 100 : 0;
                if (rank < bestRank) {
                    best = i;
                    bestRank = rank;
                }
            }
            return best;
        }

        private static char asciiUpper(char c) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
    }

    /**
     * Finds the leftmost match of {@code m}'s pattern in {@code text[0, end)} that starts where one
     * of {@code lowerLiterals} starts (ASCII case ignored), leaving it in {@code m}.
     */
    public static boolean findIgnoringCase(Matcher m, String text, int end, String... lowerLiterals) {
        Folded[] literals = new Folded[lowerLiterals.length];
        int[] next = new int[lowerLiterals.length];
        for (int i = 0; i < next.length; i++) {
            literals[i] = folded(lowerLiterals[i]);
            next[i] = literals[i].in(text, 0);
        }
        while (true) {
            int best = -1;
            for (int i = 0; i < next.length; i++) {
                if (next[i] >= 0 && next[i] < end && (best < 0 || next[i] < next[best])) best = i;
            }
            if (best < 0) return false;
            int at = next[best];
            if (matchesAt(m, at, end)) return true;
            for (int i = 0; i < next.length; i++) {
                if (next[i] == at) next[i] = literals[i].in(text, at + 1);
            }
        }
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
