package org.fonds.deliberation.sessions;

import java.util.Arrays;
import java.util.Locale;

/**
 * A MinHash sketch of a text's word 4-grams: two publishers' copies of one text agree on most of
 * their values whatever their headers, markup and notes, and two different texts on almost none.
 */
public final class Sketch {
    static final int SIZE = 32;
    private static final int GRAM = 4;

    private Sketch() {
    }

    public static long[] of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        for (String w : words) if (!w.isEmpty()) words[n++] = w;
        if (n < GRAM) return new long[0];
        long[] mins = new long[SIZE];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (int i = 0; i + GRAM <= n; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + GRAM; k++) h = 31 * h + words[k].hashCode();
            for (int s = 0; s < SIZE; s++) {
                long v = mix(h + s * 0x9E3779B97F4A7C15L);
                if (v < mins[s]) mins[s] = v;
            }
        }
        return mins;
    }

    static double similarity(long[] a, long[] b) {
        if (a.length != SIZE || b.length != SIZE) return 0;
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
        return same / (double) SIZE;
    }

    /** SplitMix64's finaliser: also how {@link Candidates} folds a value into a bucket's key. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
