package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.List;

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
    /** Per document and band ({@code document * BANDS + band}), the number of its bucket in that band, or -1 for none (no sketch, or alone). */
    private final int[] bucketOf;
    /** Per document and band, how many values its key took (0 without a sketch). */
    private final byte[] valuesOf;

    private Candidates(int documents) {
        bucketOf = new int[documents * Copies.BANDS];
        valuesOf = new byte[documents * Copies.BANDS];
        java.util.Arrays.fill(bucketOf, -1);
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
        int ai = a * Copies.BANDS;
        int bi = b * Copies.BANDS;
        for (int k = 0; k < band; k++) if (bucketOf[ai + k] >= 0 && bucketOf[ai + k] == bucketOf[bi + k]) return true;
        return false;
    }

    /** How many values document {@code i}'s key took in {@code band}: a copy must agree on all of them to be compared there. */
    int values(int i, int band) {
        return valuesOf[i * Copies.BANDS + band];
    }

    /** Whether a bucket of {@code band} this large holds texts that agree on every value from the band on. */
    static boolean agreeToTheEnd(int[] bucket) {
        return bucket.length > CAP;
    }

    /**
     * The buckets of one band. Keys are grouped by sorting them (primitive arrays: at a million records
     * the map of boxed keys to lists this replaced was most of an update's regrouping, issue 14); the
     * documents of a key shared by more than {@link #CAP} take the next value and are grouped again, all
     * such documents of the corpus at once, as before.
     */
    private List<int[]> band(long[][] values, int band) {
        List<int[]> out = new ArrayList<>();
        int[] pending = new int[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) if (values[i].length == Sketch.SIZE) pending[count++] = i;
        eachBucket(values, band, java.util.Arrays.copyOf(pending, count), (bucket, taken) -> {
            for (int i : bucket) valuesOf[i * Copies.BANDS + band] = (byte) taken;
            if (bucket.length > 1) leaf(out, band, bucket);
        });
        return out;
    }

    /** What {@link #eachBucket} hands on: the documents of one bucket (one alone too) and how many values its key took. */
    private interface BucketSink {
        void bucket(int[] documents, int taken);
    }

    /**
     * The buckets of {@code documents} (positions in {@code values}, each with a whole sketch) in
     * {@code band}, each sorted. The buckets of a document depend only on the documents that share its
     * first key ({@link #firstKey}): a bucket only ever splits as its key takes more values, which is
     * what lets an update walk down a changed record's path alone ({@link IncrementalJoin}).
     */
    private static void eachBucket(long[][] values, int band, int[] documents, BucketSink sink) {
        long[] key = new long[values.length];
        for (int i : documents) key[i] = firstKey(values[i], band);
        int[] pending = documents;
        for (int next = band + 1; pending.length > 0; next++) {
            int[] grouped = byKey(pending, key);
            int[] again = new int[pending.length];
            int more = 0;
            for (int from = 0; from < grouped.length; ) {
                int to = from + 1;
                while (to < grouped.length && key[grouped[to]] == key[grouped[from]]) to++;
                int size = to - from;
                if (size <= CAP || next == Sketch.SIZE) {
                    int[] bucket = java.util.Arrays.copyOfRange(grouped, from, to);
                    java.util.Arrays.sort(bucket);
                    sink.bucket(bucket, next - band);
                } else {
                    for (int j = from; j < to; j++) {
                        int i = grouped[j];
                        key[i] = extend(key[i], values[i][next]);
                        again[more++] = i;
                    }
                }
                from = to;
            }
            pending = java.util.Arrays.copyOf(again, more);
        }
    }

    /** A document's key in {@code band} before it takes any value after the band's own. */
    static long firstKey(long[] values, int band) {
        return extend(band + 1, values[band]);
    }

    /**
     * {@code documents} ordered so that equal keys are side by side, the documents of a key in the order
     * they came: each key numbered as first met in a table of open addressing (the keys are hashes
     * already), then the documents counted into place by number. Linear in the documents; the sort and
     * search it replaced took half of the regrouping at a million records, where the generated texts'
     * shared phrases send most documents through four or five values per band (issue 14).
     */
    private static int[] byKey(int[] documents, long[] key) {
        int n = documents.length;
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] slotKey = new long[capacity];
        int[] slotNumber = new int[capacity];
        java.util.Arrays.fill(slotNumber, -1);
        int[] number = new int[n];
        int[] start = new int[n + 1];
        int keys = 0;
        for (int j = 0; j < n; j++) {
            long k = key[documents[j]];
            int slot = (int) (k ^ (k >>> 32)) & mask;
            while (slotNumber[slot] >= 0 && slotKey[slot] != k) slot = (slot + 1) & mask;
            if (slotNumber[slot] < 0) {
                slotNumber[slot] = keys++;
                slotKey[slot] = k;
            }
            number[j] = slotNumber[slot];
            start[number[j] + 1]++;
        }
        for (int r = 0; r < keys; r++) start[r + 1] += start[r];
        int[] out = new int[n];
        for (int j = 0; j < n; j++) out[start[number[j]]++] = documents[j];
        return out;
    }

    private void leaf(List<int[]> out, int band, int[] bucket) {
        for (int i : bucket) bucketOf[i * Copies.BANDS + band] = out.size();
        out.add(bucket);
    }

    /** A key for a prefix and one more value (SplitMix64's finaliser over both). */
    static long extend(long key, long value) {
        return Sketch.mix(key * 0x9E3779B97F4A7C15L ^ value);
    }
}
