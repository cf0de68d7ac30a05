package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;

/**
 * {@link Copies#joinSameText} leaves comparisons out (a pair compared only in the first band it
 * shares, a pair already joined through others passed over): the sets it makes must be those of
 * comparing every pair of every bucket, as it did before, here written out plainly as the reference.
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

    /** The join as it was written before: every pair of every bucket compared. */
    private static void referenceJoin(Map<String, long[]> sketches, Copies.UnionFind sets) {
        Map<String, List<String>> buckets = new HashMap<>();
        for (Map.Entry<String, long[]> e : sketches.entrySet()) {
            long[] s = e.getValue() == null ? new long[0] : e.getValue();
            for (int band = 0; band < Math.min(Copies.BANDS, s.length); band++) {
                buckets.computeIfAbsent(band + ":" + s[band], k -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (List<String> bucket : buckets.values()) {
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
