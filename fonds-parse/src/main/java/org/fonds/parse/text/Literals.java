package org.fonds.parse.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Many ASCII literals found in one pass over a text (an Aho-Corasick automaton made into a table of next states, built
 * once per set). {@link Anchors.Scan} runs one {@code String.indexOf} a literal: for three or four literals that is
 * cheapest, but the body's look for the first words of a list of those present runs two dozen, and those passes alone
 * were some 5% of a real record's parse (JFR, session of 2026-12-07). Here each char costs one table step whatever the
 * number of literals. Written by hand: the Java Aho-Corasick libraries build a match object per hit and a map per
 * node, which costs more than the passes they would replace.
 */
public final class Literals {
    private final int[] charClass = new int[128];
    private final int classes;
    /** The next state for each state and char class: {@code next[state * classes + class]}. */
    private final int[] next;
    /** For each state, the lengths of the literals that end on entering it (its own and its suffixes'), or null. */
    private final int[][] ending;

    private Literals(List<String> literals) {
        int c = 1; // class 0: every char no literal holds
        for (String literal : literals) {
            for (int i = 0; i < literal.length(); i++) {
                char ch = literal.charAt(i);
                if (charClass[ch] == 0) charClass[ch] = c++;
            }
        }
        classes = c;
        List<int[]> goTo = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        goTo.add(newRow());
        ends.add(null);
        for (String literal : literals) {
            int state = 0;
            for (int i = 0; i < literal.length(); i++) {
                int k = charClass[literal.charAt(i)];
                if (goTo.get(state)[k] < 0) {
                    goTo.get(state)[k] = goTo.size();
                    goTo.add(newRow());
                    ends.add(null);
                }
                state = goTo.get(state)[k];
            }
            ends.set(state, append(ends.get(state), literal.length()));
        }
        next = new int[goTo.size() * classes];
        ending = new int[goTo.size()][];
        link(goTo, ends);
    }

    /** The literals, each ASCII and not empty. */
    public static Literals of(String... literals) {
        for (String literal : literals) {
            if (literal.isEmpty()) throw new IllegalArgumentException("an empty literal among " + Arrays.toString(literals));
            for (int i = 0; i < literal.length(); i++) {
                if (literal.charAt(i) >= 128) throw new IllegalArgumentException("not ASCII: \"" + literal + "\"");
            }
        }
        return new Literals(List.of(literals));
    }

    /** Every position of {@code text} where one of the literals starts, ascending, each once. */
    public Positions in(String text) {
        int[] starts = new int[8];
        int count = 0;
        int state = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            state = next[state * classes + (ch < 128 ? charClass[ch] : 0)];
            int[] lengths = ending[state];
            if (lengths == null) continue;
            for (int length : lengths) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i - length + 1;
            }
        }
        return new Positions(sortedDistinct(starts, count));
    }

    /** The positions found, read in order. */
    public static final class Positions {
        private final int[] starts;

        private Positions(int[] starts) {
            this.starts = starts;
        }

        /** The first position at or after {@code from} where a literal starts, or -1 (as {@link Anchors.Scan#next}). */
        public int next(int from) {
            int i = Arrays.binarySearch(starts, from);
            if (i < 0) i = -i - 1;
            return i < starts.length ? starts[i] : -1;
        }

        public boolean isEmpty() {
            return starts.length == 0;
        }
    }

    private int[] newRow() {
        int[] row = new int[classes];
        Arrays.fill(row, -1);
        return row;
    }

    /** The table by breadth: a missing step goes where the longest proper suffix's step goes; outputs gather suffixes'. */
    private void link(List<int[]> goTo, List<int[]> ends) {
        int[] fail = new int[goTo.size()];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < classes; k++) {
            int s = goTo.get(0)[k];
            next[k] = Math.max(s, 0);
            if (s > 0) queue.add(s);
        }
        ending[0] = ends.get(0);
        while (!queue.isEmpty()) {
            int state = queue.remove();
            ending[state] = merge(ends.get(state), ending[fail[state]]);
            for (int k = 0; k < classes; k++) {
                int s = goTo.get(state)[k];
                if (s < 0) {
                    next[state * classes + k] = next[fail[state] * classes + k];
                } else {
                    fail[s] = next[fail[state] * classes + k];
                    next[state * classes + k] = s;
                    queue.add(s);
                }
            }
        }
    }

    private static int[] append(int[] lengths, int length) {
        if (lengths == null) return new int[] {length};
        int[] out = Arrays.copyOf(lengths, lengths.length + 1);
        out[lengths.length] = length;
        return out;
    }

    private static int[] merge(int[] own, int[] suffixes) {
        if (own == null) return suffixes;
        if (suffixes == null) return own;
        int[] out = Arrays.copyOf(own, own.length + suffixes.length);
        System.arraycopy(suffixes, 0, out, own.length, suffixes.length);
        return out;
    }

    /** Literals of several lengths end in end order, so their starts come nearly sorted: sorted and made distinct. */
    private static int[] sortedDistinct(int[] starts, int count) {
        if (count == 0) return new int[0];
        Arrays.sort(starts, 0, count);
        int kept = 1;
        for (int i = 1; i < count; i++) {
            if (starts[i] != starts[kept - 1]) starts[kept++] = starts[i];
        }
        return Arrays.copyOf(starts, kept);
    }
}
