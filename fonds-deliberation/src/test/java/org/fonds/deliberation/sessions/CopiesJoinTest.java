package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@link Copies#joinSameText} leaves comparisons out (a pair compared only in the first band it
 * shares, a pair already joined through others passed over, a bucket agreeing to the last value
 * compared with its first): the sets it makes must be those of comparing every pair of every
 * {@link Candidates} bucket, here written out plainly as the reference; and where no bucket is
 * larger than the cap, those of the rule before it (agree on one of the first eight values).
 */
class CopiesJoinTest {
    @Test
    void sameSetsAsEveryPairOfEveryBucketOnRandomSketches() {
        Random random = new Random(1956);
        for (int round = 0; round < 300; round++) {
            Map<String, long[]> sketches = new TreeMap<>();
            int n = 2 + random.nextInt(120);
            int texts = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) sketches.put("d" + i, sketch(random, texts));
            assertThat(joined(sketches)).as("round %d", round).isEqualTo(reference(sketches));
        }
    }

    @Test
    void sameSetsAsOneOfTheFirstEightValuesWhereNoBucketIsLarge() {
        Random random = new Random(1957);
        for (int round = 0; round < 300; round++) {
            Map<String, long[]> sketches = new TreeMap<>();
            int n = 2 + random.nextInt(Candidates.CAP - 1);
            int texts = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) sketches.put("d" + i, sketch(random, texts));
            Copies.UnionFind before = new Copies.UnionFind(sketches.keySet());
            oneOfTheFirstEight(sketches, before);
            assertThat(joined(sketches)).as("round %d", round).isEqualTo(roots(sketches, before));
        }
    }

    @Test
    void sameSetsAsEveryPairOfEveryBucketWhereBucketsTakeMoreValues() {
        Random random = new Random(1961);
        int deeper = 0;
        for (int round = 0; round < 40; round++) {
            Map<String, long[]> sketches = new TreeMap<>();
            int n = Candidates.CAP + 1 + random.nextInt(250);
            for (int i = 0; i < n; i++) sketches.put("d" + i, sketch(random, 1 + random.nextInt(3)));
            assertThat(joined(sketches)).as("round %d", round).isEqualTo(reference(sketches));
            for (long[] s : sketches.values()) if (s != null && s.length == Sketch.SIZE && key(s, 0, sketches.values()).size() > 2) deeper++;
        }
        assertThat(deeper).as("documents whose first band's key took more than one value").isGreaterThan(1_000);
    }

    @Test
    void sameSetsAsEveryPairOfEveryBucketOnGeneratedRecords() {
        Generator generator = new Generator(1956);
        Map<String, long[]> sketches = new TreeMap<>();
        for (int i = 0; i < 1_500; i++) {
            var record = generator.generate(i).expected();
            sketches.put(record.id(), Sketch.of(record.body()));
        }
        assertThat(joined(sketches)).isEqualTo(reference(sketches));
        // generated texts share phrases: buckets of different texts, the quadratic case the join must get through
        Map<String, Integer> bucketSizes = new HashMap<>();
        for (long[] s : sketches.values()) {
            for (int band = 0; band < Math.min(Copies.BANDS, s.length); band++) bucketSizes.merge(band + ":" + s[band], 1, Integer::sum);
        }
        assertThat(bucketSizes.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan(50);
    }

    @Test
    void joinsOnTopOfWhatTheSetsHeldBefore() {
        Random random = new Random(1968);
        for (int round = 0; round < 200; round++) {
            Map<String, long[]> sketches = new TreeMap<>();
            int n = 2 + random.nextInt(60);
            for (int i = 0; i < n; i++) sketches.put("d" + i, sketch(random, 3));
            Copies.UnionFind mine = new Copies.UnionFind(sketches.keySet());
            Copies.UnionFind theirs = new Copies.UnionFind(sketches.keySet());
            for (int k = 0; k < 5; k++) {
                String a = "d" + random.nextInt(n);
                String b = "d" + random.nextInt(n);
                mine.union(a, b);
                theirs.union(a, b);
            }
            Copies.joinSameText(sketches, mine);
            referenceJoin(sketches, theirs);
            for (String id : sketches.keySet()) assertThat(mine.find(id)).as("round %d, %s", round, id).isEqualTo(theirs.find(id));
        }
    }

    /** Each id to its set's root (the smallest id of its set). */
    private static Map<String, String> joined(Map<String, long[]> sketches) {
        Copies.UnionFind sets = new Copies.UnionFind(sketches.keySet());
        Copies.joinSameText(sketches, sets);
        return roots(sketches, sets);
    }

    private static Map<String, String> reference(Map<String, long[]> sketches) {
        Copies.UnionFind sets = new Copies.UnionFind(sketches.keySet());
        referenceJoin(sketches, sets);
        return roots(sketches, sets);
    }

    private static Map<String, String> roots(Map<String, long[]> sketches, Copies.UnionFind sets) {
        Map<String, String> roots = new TreeMap<>();
        for (String id : sketches.keySet()) roots.put(id, sets.find(id));
        return roots;
    }

    /**
     * The rule written out plainly: in each of the first {@link Copies#BANDS} bands a document's key
     * is its values from the band on, as few as leave at most {@link Candidates#CAP} documents with
     * the same ones (or all of them to the last); every pair of every key's bucket compared.
     */
    private static void referenceJoin(Map<String, long[]> sketches, Copies.UnionFind sets) {
        Map<List<Long>, List<String>> buckets = new HashMap<>();
        for (Map.Entry<String, long[]> e : sketches.entrySet()) {
            long[] s = e.getValue();
            if (s == null || s.length != Sketch.SIZE) continue;
            for (int band = 0; band < Copies.BANDS; band++) buckets.computeIfAbsent(key(s, band, sketches.values()), k -> new ArrayList<>()).add(e.getKey());
        }
        everyPairOfEveryBucket(sketches, buckets.values(), sets);
    }

    private static List<Long> key(long[] s, int band, Collection<long[]> all) {
        for (int d = 1; ; d++) {
            List<Long> prefix = prefix(s, band, d);
            if (band + d == Sketch.SIZE) return prefix;
            int length = d;
            long sharing = all.stream().filter(o -> o != null && o.length == Sketch.SIZE && prefix(o, band, length).equals(prefix)).count();
            if (sharing <= Candidates.CAP) return prefix;
        }
    }

    private static List<Long> prefix(long[] s, int band, int length) {
        List<Long> out = new ArrayList<>(length + 1);
        out.add((long) band);
        for (int k = band; k < band + length; k++) out.add(s[k]);
        return out;
    }

    /** Today's rule where no bucket is large, as it was written before this rule: agree on one of the first eight values. */
    private static void oneOfTheFirstEight(Map<String, long[]> sketches, Copies.UnionFind sets) {
        Map<String, List<String>> buckets = new HashMap<>();
        for (Map.Entry<String, long[]> e : sketches.entrySet()) {
            long[] s = e.getValue() == null ? new long[0] : e.getValue();
            for (int band = 0; band < Math.min(Copies.BANDS, s.length); band++) {
                buckets.computeIfAbsent(band + ":" + s[band], k -> new ArrayList<>()).add(e.getKey());
            }
        }
        everyPairOfEveryBucket(sketches, buckets.values(), sets);
    }

    private static void everyPairOfEveryBucket(Map<String, long[]> sketches, Collection<List<String>> buckets, Copies.UnionFind sets) {
        for (List<String> bucket : buckets) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    if (Sketch.similarity(sketches.get(bucket.get(i)), sketches.get(bucket.get(j))) >= Meetings.SAME_TEXT) {
                        sets.union(bucket.get(i), bucket.get(j));
                    }
                }
            }
        }
    }

    /**
     * One of a few texts with a random share of its values replaced, some values drawn from a handful
     * shared by every text (large buckets of different texts, as a common phrase makes), now and then
     * no sketch at all (a text too short for one) or none given.
     */
    private static long[] sketch(Random random, int texts) {
        int kind = random.nextInt(20);
        if (kind == 0) return new long[0];
        if (kind == 1) return null;
        long[] s = new long[Sketch.SIZE];
        int text = random.nextInt(texts);
        for (int i = 0; i < s.length; i++) s[i] = text * 1000L + i;
        int replaced = random.nextInt(Sketch.SIZE);
        for (int i = 0; i < replaced; i++) {
            s[random.nextInt(Sketch.SIZE)] = random.nextInt(3) == 0 ? 7_000_000L + random.nextInt(3) : random.nextLong();
        }
        return s;
    }
}
