package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The groups of same texts ({@link Copies#joinSameText}) after a change, worked out from what the
 * change can reach instead of from every record: the groups a pass over the corpus gives, at the
 * cost of the few buckets the change is in (issue 14: at a million records the pass took 50 s).
 *
 * <p>Two records are linked when they share a bucket in some band and their texts agree. A record's
 * bucket in a band depends only on the records sharing its first key there ({@link Candidates#eachBucket}),
 * and within those on how many values its key takes. So the link of two unchanged records moves only
 * where the change made a key of one of them take more or fewer values (a prefix count crossing the
 * cap): only the first keys a changed record has now or had are counted, before and after. The
 * records so reached, with the changed ones, are <em>touched</em>; every held group with a touched or
 * changed record in it is broken up and each of its records linked again from its buckets now; a held
 * group none of whose records is touched keeps its links and joins whatever a relinked record reaches.
 * The groups that come out are those of the pass ({@code RegroupingTest} holds them to it).
 */
final class IncrementalJoin {
    /** Further links among records (meetings: accounts of one day), asked for the records relinked. */
    interface MoreLinks {
        void join(int[] positions, Meetings.Join join);
    }

    private final String[] ids;
    private final long[][] values;
    private final int[] root;
    private final boolean[] involved;
    private final List<Integer> involvedList = new ArrayList<>();
    /** Per band, the buckets worked out of each first key asked for. */
    private final List<Map<Long, Buckets>> buckets = new ArrayList<>();

    private IncrementalJoin(String[] ids, long[][] values) {
        this.ids = ids;
        this.values = values;
        this.root = Copies.identity(ids.length);
        this.involved = new boolean[ids.length];
        for (int b = 0; b < Copies.BANDS; b++) buckets.add(new HashMap<>());
    }

    /**
     * The records whose group can differ from the one held, and each one's group now (sorted, itself
     * included; alone: only itself when {@code alone}, else left out).
     *
     * @param ids      every record now (any order), {@code values} their sketches (empty: none)
     * @param before   of the changed records that were there before, the sketch each had (empty: none)
     * @param changed  the records added, changed or removed
     */
    static Regrouping.Result regroup(String[] ids, long[][] values, Map<String, long[]> before, Collection<String> changed,
                                     Regrouping.Held held, MoreLinks more, boolean alone) {
        IncrementalJoin join = new IncrementalJoin(ids, values);
        int[] changedNow = positions(ids, new HashSet<>(changed)).values().stream().mapToInt(Integer::intValue).sorted().toArray();
        Set<Integer> touched = join.touched(changedNow, before);
        Set<String> relinked = new HashSet<>();
        for (int p : touched) relinked.addAll(held.group(ids[p]));
        for (String id : before.keySet()) relinked.addAll(held.group(id));
        for (int p : touched) relinked.add(ids[p]);
        int[] again = positions(ids, relinked).values().stream().mapToInt(Integer::intValue).sorted().toArray();
        join.relink(again);
        if (more != null) more.join(again, join::link);
        join.keepHeldGroups(again, held);
        return join.result(again, alone);
    }

    /**
     * The changed records present now and the unchanged ones whose key takes another number of values
     * in some band than before the change. Only the first keys a changed record has or had can have
     * changed their counts.
     */
    private Set<Integer> touched(int[] changedNow, Map<String, long[]> before) {
        Set<Integer> out = new HashSet<>();
        for (int p : changedNow) out.add(p);
        boolean[] isChanged = new boolean[ids.length];
        for (int p : changedNow) isChanged[p] = true;
        List<long[]> olds = new ArrayList<>();
        for (long[] v : before.values()) if (v.length == Sketch.SIZE) olds.add(v);
        for (int band = 0; band < Copies.BANDS; band++) {
            Set<Long> keys = new HashSet<>();
            for (int p : changedNow) if (values[p].length == Sketch.SIZE) keys.add(Candidates.firstKey(values[p], band));
            for (long[] v : olds) keys.add(Candidates.firstKey(v, band));
            Map<Long, Buckets> now = bucketsOf(band, keys);
            for (long key : keys) {
                Buckets after = now.get(key);
                int[] members = after == null ? new int[0] : after.members;
                List<long[]> was = new ArrayList<>();
                List<Integer> unchanged = new ArrayList<>();
                for (int j = 0; j < members.length; j++) {
                    if (isChanged[members[j]]) continue;
                    unchanged.add(j);
                    was.add(values[members[j]]);
                }
                for (long[] v : olds) if (Candidates.firstKey(v, band) == key) was.add(v);
                byte[] takenBefore = taken(was.toArray(long[][]::new), band);
                for (int u = 0; u < unchanged.size(); u++) {
                    int j = unchanged.get(u);
                    if (after.taken[j] != takenBefore[u]) out.add(members[j]);
                }
            }
        }
        return out;
    }

    /** Links each of {@code again} with every record of its buckets now whose text agrees. */
    private void relink(int[] again) {
        for (int band = 0; band < Copies.BANDS; band++) {
            Set<Long> keys = new HashSet<>();
            for (int p : again) if (values[p].length == Sketch.SIZE) keys.add(Candidates.firstKey(values[p], band));
            Map<Long, Buckets> now = bucketsOf(band, keys);
            for (int p : again) {
                if (values[p].length != Sketch.SIZE) continue;
                Buckets b = now.get(Candidates.firstKey(values[p], band));
                int[] bucket = b.bucketOf[Arrays.binarySearch(b.members, p)];
                for (int q : bucket) if (q != p && Copies.sameText(values[p], values[q])) link(p, q);
            }
        }
        for (int p : again) mark(p);
    }

    /**
     * The records reached that were not relinked keep their held groups whole: none of a held group's
     * records was touched (else all were relinked), so its links are as they were.
     */
    private void keepHeldGroups(int[] again, Regrouping.Held held) {
        Set<Integer> relinked = new HashSet<>();
        for (int p : again) relinked.add(p);
        Set<String> covered = new HashSet<>();
        Map<Integer, List<String>> groups = new HashMap<>();
        for (int p : List.copyOf(involvedList)) {
            if (relinked.contains(p) || covered.contains(ids[p])) continue;
            List<String> group = held.group(ids[p]);
            covered.addAll(group);
            groups.put(p, group);
        }
        Set<String> wanted = new HashSet<>();
        groups.values().forEach(wanted::addAll);
        Map<String, Integer> at = positions(ids, wanted);
        groups.forEach((p, group) -> {
            for (String id : group) {
                Integer q = at.get(id);
                if (q != null) link(p, q);
            }
        });
    }

    private Regrouping.Result result(int[] again, boolean alone) {
        Map<Integer, List<String>> members = new HashMap<>();
        for (int p : involvedList) members.computeIfAbsent(Copies.find(root, p), r -> new ArrayList<>()).add(ids[p]);
        members.values().forEach(m -> m.sort(null));
        Set<String> affected = new HashSet<>();
        Map<String, List<String>> groups = new HashMap<>();
        for (int p : involvedList) {
            affected.add(ids[p]);
            List<String> m = members.get(Copies.find(root, p));
            if (m.size() > 1) groups.put(ids[p], List.copyOf(m));
            else if (alone) groups.put(ids[p], List.of(ids[p]));
        }
        return new Regrouping.Result(affected, groups);
    }

    private void link(int a, int b) {
        mark(a);
        mark(b);
        int ra = Copies.find(root, a);
        int rb = Copies.find(root, b);
        if (ra != rb) Copies.union(root, ra, rb);
    }

    private void mark(int p) {
        if (involved[p]) return;
        involved[p] = true;
        involvedList.add(p);
    }

    /** The buckets now of the records whose first key in {@code band} is one of {@code keys}, worked out once per key. */
    private Map<Long, Buckets> bucketsOf(int band, Set<Long> keys) {
        Map<Long, Buckets> known = buckets.get(band);
        Set<Long> missing = new HashSet<>();
        for (long k : keys) if (!known.containsKey(k)) missing.add(k);
        if (!missing.isEmpty()) {
            // one pass over the records' first values: the only read of every record an update makes here
            Map<Long, List<Integer>> members = new HashMap<>();
            long[] sorted = missing.stream().mapToLong(Long::longValue).sorted().toArray();
            for (int p = 0; p < values.length; p++) {
                if (values[p].length != Sketch.SIZE) continue;
                long k = Candidates.firstKey(values[p], band);
                if (Arrays.binarySearch(sorted, k) >= 0) members.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
            for (long k : missing) {
                List<Integer> m = members.getOrDefault(k, List.of());
                known.put(k, Buckets.of(values, m.stream().mapToInt(Integer::intValue).toArray(), band));
            }
        }
        return known;
    }

    /** How many values each of {@code local}'s keys takes in {@code band} (they share their first key). */
    private static byte[] taken(long[][] local, int band) {
        byte[] out = new byte[local.length];
        Candidates.eachBucket(local, band, Copies.identity(local.length), (bucket, taken) -> {
            for (int i : bucket) out[i] = (byte) taken;
        });
        return out;
    }

    /** The buckets of the records sharing one first key: {@code members} (positions, ascending), each one's bucket and values taken. */
    private record Buckets(int[] members, int[][] bucketOf, byte[] taken) {
        static Buckets of(long[][] values, int[] members, int band) {
            long[][] local = new long[members.length][];
            for (int j = 0; j < members.length; j++) local[j] = values[members[j]];
            int[][] bucketOf = new int[members.length][];
            byte[] taken = new byte[members.length];
            Candidates.eachBucket(local, band, Copies.identity(members.length), (bucket, took) -> {
                int[] positions = new int[bucket.length];
                for (int i = 0; i < bucket.length; i++) positions[i] = members[bucket[i]];
                for (int i : bucket) {
                    bucketOf[i] = positions;
                    taken[i] = (byte) took;
                }
            });
            return new Buckets(members, bucketOf, taken);
        }
    }

    /** The positions in {@code ids} of those of {@code wanted} present: one pass over the ids. */
    static Map<String, Integer> positions(String[] ids, Set<String> wanted) {
        Map<String, Integer> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        for (int p = 0; p < ids.length; p++) if (wanted.contains(ids[p])) out.put(ids[p], p);
        return out;
    }
}
