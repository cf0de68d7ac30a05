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
        int[] words = wordHashes(text.toLowerCase(Locale.ROOT));
        int n = words.length;
        if (n < GRAM) return new long[0];
        long[] mins = new long[SIZE];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (int i = 0; i + GRAM <= n; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + GRAM; k++) h = 31 * h + words[k];
            for (int s = 0; s < SIZE; s++) {
                long v = mix(h + s * 0x9E3779B97F4A7C15L);
                if (v < mins[s]) mins[s] = v;
            }
        }
        return mins;
    }

    /**
     * The {@link String#hashCode} of each word of {@code lower} in order, a word being a run of letters
     * and numbers ({@code \p{L}}, {@code \p{N}}), code point by code point: what splitting it on
     * {@code [^\p{L}\p{N}]+} and hashing the non-empty parts gives, without the regex and a string per
     * word (the split was a third of {@link #of}'s time, a profile of an ingest's workers).
     */
    static int[] wordHashes(String lower) {
        int[] out = new int[Math.max(16, lower.length() / 5)];
        int n = 0;
        int h = 0;
        boolean inWord = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (wordChar(cp)) {
                for (int k = i; k < next; k++) h = 31 * h + lower.charAt(k);
                inWord = true;
            } else if (inWord) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = h;
                h = 0;
                inWord = false;
            }
            i = next;
        }
        if (inWord) {
            if (n == out.length) out = Arrays.copyOf(out, n + 1);
            out[n++] = h;
        }
        return Arrays.copyOf(out, n);
    }

    /** {@code \p{L}} or {@code \p{N}} as {@link java.util.regex.Pattern} reads them: by general category. */
    private static boolean wordChar(int cp) {
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
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
