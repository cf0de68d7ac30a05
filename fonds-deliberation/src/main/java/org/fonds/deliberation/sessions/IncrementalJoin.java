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
    /** Per band, the records (positions, ascending) of each first key asked for. */
    private final List<Map<Long, int[]>> members = new ArrayList<>();

    private IncrementalJoin(String[] ids, long[][] values) {
        this.ids = ids;
        this.values = values;
        this.root = Copies.identity(ids.length);
        this.involved = new boolean[ids.length];
        for (int b = 0; b < Copies.BANDS; b++) members.add(new HashMap<>());
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
     * The changed records present now, and the unchanged ones whose key may take another number of
     * values in some band than before the change: those in a node of a changed record's path (before
     * or after) whose count crossed the cap. A record's key stops at the first node of its path within
     * the cap, and only nodes on a changed record's path changed their counts, so every record whose
     * key moved is in one (a few more may be: relinking them again changes nothing).
     */
    private Set<Integer> touched(int[] changedNow, Map<String, long[]> before) {
        Set<Integer> out = new HashSet<>();
        for (int p : changedNow) out.add(p);
        boolean[] isChanged = new boolean[ids.length];
        for (int p : changedNow) isChanged[p] = true;
        List<long[]> olds = new ArrayList<>();
        for (long[] v : before.values()) if (v.length == Sketch.SIZE) olds.add(v);
        List<long[]> paths = new ArrayList<>(olds);
        for (int p : changedNow) if (values[p].length == Sketch.SIZE) paths.add(values[p]);
        List<Set<Long>> keys = new ArrayList<>();
        for (int band = 0; band < Copies.BANDS; band++) {
            Set<Long> k = new HashSet<>();
            for (long[] v : paths) k.add(Candidates.firstKey(v, band));
            keys.add(k);
        }
        scan(keys);
        for (int band = 0; band < Copies.BANDS; band++) {
            for (long[] path : paths) walk(band, path, olds, isChanged, out);
        }
        return out;
    }

    /**
     * Down {@code path}'s nodes in {@code band}, counting each before and after the change, until both
     * are within the cap: the unchanged records of a node whose count crossed it go into {@code out}.
     */
    private void walk(int band, long[] path, List<long[]> olds, boolean[] isChanged, Set<Integer> out) {
        long key = Candidates.firstKey(path, band);
        int[] now = members.get(band).get(key);
        List<long[]> was = new ArrayList<>();
        for (long[] v : olds) if (Candidates.firstKey(v, band) == key) was.add(v);
        for (int next = band + 1; ; next++) {
            int unchanged = 0;
            for (int p : now) if (!isChanged[p]) unchanged++;
            int after = now.length;
            int before = unchanged + was.size();
            if ((after > Candidates.CAP) != (before > Candidates.CAP)) {
                for (int p : now) if (!isChanged[p]) out.add(p);
            }
            if (after <= Candidates.CAP && before <= Candidates.CAP || next == Sketch.SIZE) return;
            // every record of a node shares its key, so the next node's are those whose next value takes the path's key
            long parent = key;
            key = Candidates.extend(parent, path[next]);
            now = down(now, parent, key, next);
            List<long[]> wasNext = new ArrayList<>();
            for (long[] v : was) if (Candidates.extend(parent, v[next]) == key) wasNext.add(v);
            was = wasNext;
        }
    }

    /** Of the records of a node ({@code key} {@code parent}), those of its child {@code key} by value {@code next}. */
    private int[] down(int[] node, long parent, long key, int next) {
        int[] out = new int[node.length];
        int kept = 0;
        for (int p : node) if (Candidates.extend(parent, values[p][next]) == key) out[kept++] = p;
        return Arrays.copyOf(out, kept);
    }

    /** Links each of {@code again} with every record of its buckets now whose text agrees. */
    private void relink(int[] again) {
        List<Set<Long>> keys = new ArrayList<>();
        for (int band = 0; band < Copies.BANDS; band++) {
            Set<Long> k = new HashSet<>();
            for (int p : again) if (values[p].length == Sketch.SIZE) k.add(Candidates.firstKey(values[p], band));
            keys.add(k);
        }
        scan(keys);
        for (int band = 0; band < Copies.BANDS; band++) {
            Map<Long, List<Integer>> byKey = new HashMap<>();
            for (int p : again) if (values[p].length == Sketch.SIZE) byKey.computeIfAbsent(Candidates.firstKey(values[p], band), k -> new ArrayList<>()).add(p);
            for (Map.Entry<Long, List<Integer>> e : byKey.entrySet()) {
                int[] all = members.get(band).get(e.getKey());
                if (e.getValue().size() > 2) {
                    // many of one first key: its buckets worked out once, not a walk down for each
                    Buckets b = Buckets.of(values, all, band);
                    for (int p : e.getValue()) linkWithin(p, b.bucketOf[Arrays.binarySearch(b.members, p)]);
                } else {
                    for (int p : e.getValue()) linkWithin(p, bucket(band, p, all));
                }
            }
        }
        for (int p : again) mark(p);
    }

    private void linkWithin(int p, int[] bucket) {
        for (int q : bucket) if (q != p && Copies.sameText(values[p], values[q])) link(p, q);
    }

    /** The bucket of {@code p} in {@code band} now, down its path from the records sharing its first key ({@code all}). */
    private int[] bucket(int band, int p, int[] all) {
        long[] path = values[p];
        long key = Candidates.firstKey(path, band);
        int[] now = all;
        for (int next = band + 1; now.length > Candidates.CAP && next < Sketch.SIZE; next++) {
            long parent = key;
            key = Candidates.extend(parent, path[next]);
            now = down(now, parent, key, next);
        }
        return now;
    }

    /**
     * Finds, in one pass over every record, the records of each first key asked for (per band) not
     * found yet: the only read of every record an update makes here.
     */
    private void scan(List<Set<Long>> keys) {
        LongSet[] wanted = new LongSet[Copies.BANDS];
        boolean any = false;
        for (int band = 0; band < Copies.BANDS; band++) {
            wanted[band] = new LongSet();
            for (long k : keys.get(band)) if (!members.get(band).containsKey(k)) wanted[band].add(k);
            any |= wanted[band].size() > 0;
        }
        if (!any) return;
        List<Map<Long, IntList>> found = new ArrayList<>();
        for (int band = 0; band < Copies.BANDS; band++) found.add(new HashMap<>());
        for (int p = 0; p < values.length; p++) {
            long[] v = values[p];
            if (v.length != Sketch.SIZE) continue;
            for (int band = 0; band < Copies.BANDS; band++) {
                long k = Candidates.firstKey(v, band);
                if (wanted[band].contains(k)) found.get(band).computeIfAbsent(k, x -> new IntList()).add(p);
            }
        }
        for (int band = 0; band < Copies.BANDS; band++) {
            for (long k : wanted[band].all()) {
                IntList m = found.get(band).get(k);
                members.get(band).put(k, m == null ? new int[0] : m.toArray());
            }
        }
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

    /** A growing list of ints. */
    private static final class IntList {
        private int[] items = new int[4];
        private int size;

        void add(int i) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = i;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    /** A set of longs by open addressing: the pass over every record asks it eight times a record. */
    private static final class LongSet {
        private long[] slots = new long[16];
        private boolean[] used = new boolean[16];
        private int size;

        void add(long k) {
            if (contains(k)) return;
            if ((size + 1) * 2 > slots.length) grow();
            put(k);
            size++;
        }

        private void put(long k) {
            int mask = slots.length - 1;
            int i = (int) (k ^ (k >>> 32)) & mask;
            while (used[i]) i = (i + 1) & mask;
            used[i] = true;
            slots[i] = k;
        }

        boolean contains(long k) {
            int mask = slots.length - 1;
            int i = (int) (k ^ (k >>> 32)) & mask;
            while (used[i]) {
                if (slots[i] == k) return true;
                i = (i + 1) & mask;
            }
            return false;
        }

        private void grow() {
            long[] old = all();
            slots = new long[slots.length * 2];
            used = new boolean[slots.length];
            for (long k : old) put(k);
        }

        int size() {
            return size;
        }

        long[] all() {
            long[] out = new long[size];
            int n = 0;
            for (int i = 0; i < slots.length; i++) if (used[i]) out[n++] = slots[i];
            return out;
        }
    }
}
