package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which documents {@link Copies} compares: buckets of sketches, each at most {@link #CAP} documents
 * but those agreeing on every value from their band on.
 *
 * <p>In band {@code b} (one of the first {@link Copies#BANDS}) a document's key is its value at
 * position {@code b}; while more than {@code CAP} documents share a key (a common phrase whose hash
 * is their minimum: the generated corpus's templates, an archive's boilerplate) the key takes the
 * next value as well, then the next, until the bucket is small or the values run out. Where no
 * bucket is large, that is exactly "agree on one of the first eight values". A pair in a bucket that
 * took {@code d} values must agree on all {@code d} to be compared there, so a copy is missed more
 * often inside a large bucket: the price of comparing at most {@code CAP} documents with each other,
 * which makes the pairs compared grow with the records, not with their square. A bucket that took
 * every value to the last and is still large holds texts agreeing on at least
 * {@code SIZE - BANDS + 1} values, more than half: one text, each compared with the first alone.
 */
final class Candidates {
    /** The most documents a bucket compares with each other, unless they agree on every value from their band on. */
    static final int CAP = 32;

    /** Per band, the buckets of two or more documents (positions in the input). */
    private final List<List<int[]>> buckets = new ArrayList<>();
    /** Per document and band, the number of its bucket in that band, or -1 for none (no sketch, or alone). */
    private final int[][] bucketOf;
    /** Per document and band, how many values its key took (0 without a sketch). */
    private final byte[][] valuesOf;

    private Candidates(int documents) {
        bucketOf = new int[documents][Copies.BANDS];
        valuesOf = new byte[documents][Copies.BANDS];
        for (int[] row : bucketOf) java.util.Arrays.fill(row, -1);
    }

    /** The buckets of {@code values} (a sketch per document, empty where a text had none). */
    static Candidates of(long[][] values) {
        Candidates c = new Candidates(values.length);
        for (int band = 0; band < Copies.BANDS; band++) c.buckets.add(c.band(values, band));
        return c;
    }

    List<int[]> buckets(int band) {
        return buckets.get(band);
    }

    /** Whether documents {@code a} and {@code b} share a bucket in a band before {@code band} (in any: {@link Copies#BANDS}). */
    boolean sharedBefore(int a, int b, int band) {
        for (int k = 0; k < band; k++) if (bucketOf[a][k] >= 0 && bucketOf[a][k] == bucketOf[b][k]) return true;
        return false;
    }

    /** How many values document {@code i}'s key took in {@code band}: a copy must agree on all of them to be compared there. */
    int values(int i, int band) {
        return valuesOf[i][band];
    }

    /** Whether a bucket of {@code band} this large holds texts that agree on every value from the band on. */
    static boolean agreeToTheEnd(int[] bucket) {
        return bucket.length > CAP;
    }

    private List<int[]> band(long[][] values, int band) {
        List<int[]> out = new ArrayList<>();
        long[] key = new long[values.length];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != Sketch.SIZE) continue;
            key[i] = extend(band + 1, values[i][band]);
            pending.add(i);
        }
        for (int next = band + 1; !pending.isEmpty(); next++) {
            Map<Long, List<Integer>> byKey = new HashMap<>();
            for (int i : pending) byKey.computeIfAbsent(key[i], k -> new ArrayList<>(2)).add(i);
            pending = new ArrayList<>();
            for (List<Integer> same : byKey.values()) {
                if (same.size() <= CAP || next == Sketch.SIZE) {
                    for (int i : same) valuesOf[i][band] = (byte) (next - band);
                    if (same.size() > 1) leaf(out, band, same);
                    continue;
                }
                for (int i : same) {
                    key[i] = extend(key[i], values[i][next]);
                    pending.add(i);
                }
            }
        }
        return out;
    }

    private void leaf(List<int[]> out, int band, List<Integer> same) {
        int[] bucket = same.stream().mapToInt(Integer::intValue).toArray();
        java.util.Arrays.sort(bucket);
        for (int i : bucket) bucketOf[i][band] = out.size();
        out.add(bucket);
    }

    /** A key for a prefix and one more value (SplitMix64's finaliser over both). */
    private static long extend(long key, long value) {
        return Sketch.mix(key * 0x9E3779B97F4A7C15L ^ value);
    }
}
