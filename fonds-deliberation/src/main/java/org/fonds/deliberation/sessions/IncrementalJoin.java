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
 * records so reached, with the changed ones, are <em>touched</em> and linked again from their buckets
 * now; every held group with a touched or changed record in it is broken up, and its untouched records
 * are linked again only where the links found do not hold it together ({@link #split}); a held group
 * none of whose records is touched keeps its links and joins whatever a relinked record reaches.
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
    /** The nodes found so far, their first keys' included ({@link #nodes(int, int)}). */
    private final Map<Integer, Map<Long, int[]>> nodes = new HashMap<>();

    private IncrementalJoin(String[] ids, long[][] values) {
        this.ids = ids;
        this.values = values;
        this.root = Copies.identity(ids.length);
        this.involved = new boolean[ids.length];
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
        int[] changedNow = sorted(positions(ids, new HashSet<>(changed)).values());
        Set<Integer> touched = join.touched(changedNow, before);
        // the held groups a touched or changed record was in are broken up
        List<List<String>> broken = new ArrayList<>();
        for (int p : touched) broken.add(held.group(ids[p]));
        for (String id : before.keySet()) broken.add(held.group(id));
        Set<String> relinked = new HashSet<>();
        broken.forEach(relinked::addAll);
        for (int p : touched) relinked.add(ids[p]);
        Map<String, Integer> at = positions(ids, relinked);
        int[] again = sorted(at.values());
        join.relink(sorted(touched));
        for (int p : again) join.mark(p);
        if (more != null) more.join(again, join::link);
        join.relink(join.split(broken, at, touched));
        join.keepHeldGroups(again, held);
        return join.result(alone);
    }

    /**
     * The untouched records of the broken groups not all linked now. An untouched record's links to
     * other untouched records are those it had, and all were within its held group; its links to
     * touched records were found from their side. So where a broken group's records are all linked
     * already (at a million records: a changed session's held group is its day, which the day's own
     * links join), linking its untouched records again adds nothing; else they are linked again.
     */
    private int[] split(List<List<String>> broken, Map<String, Integer> at, Set<Integer> touched) {
        Set<Integer> out = new HashSet<>();
        for (List<String> group : broken) {
            int first = -1;
            boolean whole = true;
            for (String id : group) {
                Integer p = at.get(id);
                if (p == null) continue;
                int r = Copies.find(root, p);
                if (first < 0) first = r;
                else if (r != first) whole = false;
            }
            if (whole) continue;
            for (String id : group) {
                Integer p = at.get(id);
                if (p != null && !touched.contains(p)) out.add(p);
            }
        }
        return sorted(out);
    }

    private static int[] sorted(Collection<Integer> positions) {
        return positions.stream().mapToInt(Integer::intValue).sorted().toArray();
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
        scan(firstKeys(paths));
        for (int band = 0; band < Copies.BANDS; band++) {
            descend(band, paths, (next, key, now, through) -> {
                int unchanged = 0;
                for (int p : now) if (!isChanged[p]) unchanged++;
                // the paths are the sketches before first: those through this node are its records before the change
                int was = 0;
                for (int i : through) if (i < olds.size()) was++;
                int after = now.length;
                int held = unchanged + was;
                if ((after > Candidates.CAP) != (held > Candidates.CAP)) {
                    for (int p : now) if (!isChanged[p]) out.add(p);
                }
                // where only one count is over the cap, every record below was marked here already
                return after > Candidates.CAP && held > Candidates.CAP;
            });
        }
        return out;
    }

    /** Links each of {@code again} with every record of its buckets now whose text agrees. */
    private void relink(int[] again) {
        List<long[]> paths = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int p : again) {
            if (values[p].length != Sketch.SIZE) continue;
            paths.add(values[p]);
            at.add(p);
        }
        scan(firstKeys(paths));
        for (int band = 0; band < Copies.BANDS; band++) {
            descend(band, paths, (next, key, now, through) -> {
                if (now.length > Candidates.CAP && next < Sketch.SIZE) return true;
                for (int i : through) linkWithin(at.get(i), now);
                return false;
            });
        }
        for (int p : again) mark(p);
    }

    private void linkWithin(int p, int[] bucket) {
        for (int q : bucket) if (q != p && Copies.sameText(values[p], values[q])) link(p, q);
    }

    /** What {@link #descend} shows of each node: its level ({@code next}: the value its children add), key, records now, and the paths through it. */
    private interface Node {
        boolean visit(int next, long key, int[] now, List<Integer> through);
    }

    /**
     * Down the nodes of {@code paths} in {@code band}, a level at a time: each node's records now are
     * found once for every path through it (one pass over its parent's), and a node is left when
     * {@code node} says so or at the last value. The first keys must have been {@link #scan}ned.
     */
    private void descend(int band, List<long[]> paths, Node node) {
        Map<Long, List<Integer>> through = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) through.computeIfAbsent(Candidates.firstKey(paths.get(i), band), k -> new ArrayList<>()).add(i);
        Map<Long, int[]> level = new HashMap<>();
        for (long k : through.keySet()) level.put(k, nodes(band, band + 1).get(k));
        for (int next = band + 1; !level.isEmpty(); next++) {
            Map<Long, int[]> deeper = new HashMap<>();
            Map<Long, List<Integer>> deeperThrough = new HashMap<>();
            for (Map.Entry<Long, int[]> e : level.entrySet()) {
                long key = e.getKey();
                List<Integer> here = through.get(key);
                if (!node.visit(next, key, e.getValue(), here) || next == Sketch.SIZE) continue;
                Map<Long, int[]> known = nodes(band, next + 1);
                LongIndex wanted = new LongIndex();
                for (int i : here) {
                    long child = Candidates.extend(key, paths.get(i)[next]);
                    deeperThrough.computeIfAbsent(child, k -> new ArrayList<>()).add(i);
                    if (!known.containsKey(child)) wanted.add(child);
                }
                if (wanted.size() > 0) {
                    // one pass over the node for all its children asked for and not found before
                    IntList[] children = lists(wanted.size());
                    for (int p : e.getValue()) {
                        int c = wanted.get(Candidates.extend(key, values[p][next]));
                        if (c >= 0) children[c].add(p);
                    }
                    for (int c = 0; c < children.length; c++) known.put(wanted.key(c), children[c].toArray());
                }
                for (int i : here) {
                    long child = Candidates.extend(key, paths.get(i)[next]);
                    deeper.put(child, known.get(child));
                }
            }
            level = deeper;
            through = deeperThrough;
        }
    }

    /**
     * The nodes of {@code band} at {@code level} found so far (key to records now, ascending; level
     * {@code band + 1}: the first keys, found by {@link #scan}): the relinking walks down the changed
     * records' paths again, and at a million records each node of a common first key is a pass over
     * hundreds of thousands of records.
     */
    private Map<Long, int[]> nodes(int band, int level) {
        return nodes.computeIfAbsent(band * (Sketch.SIZE + 1) + level, k -> new HashMap<>());
    }

    /** Per band, the first keys of {@code paths}. */
    private static List<Set<Long>> firstKeys(List<long[]> paths) {
        List<Set<Long>> keys = new ArrayList<>();
        for (int band = 0; band < Copies.BANDS; band++) {
            Set<Long> k = new HashSet<>();
            for (long[] v : paths) k.add(Candidates.firstKey(v, band));
            keys.add(k);
        }
        return keys;
    }

    /**
     * Finds, in one pass over every record, the records of each first key asked for (per band) not
     * found yet: the only read of every record an update makes here.
     */
    private void scan(List<Set<Long>> keys) {
        LongIndex[] wanted = new LongIndex[Copies.BANDS];
        boolean any = false;
        for (int band = 0; band < Copies.BANDS; band++) {
            wanted[band] = new LongIndex();
            for (long k : keys.get(band)) if (!nodes(band, band + 1).containsKey(k)) wanted[band].add(k);
            any |= wanted[band].size() > 0;
        }
        if (!any) return;
        List<IntList[]> found = new ArrayList<>();
        for (int band = 0; band < Copies.BANDS; band++) found.add(lists(wanted[band].size()));
        for (int p = 0; p < values.length; p++) {
            long[] v = values[p];
            if (v.length != Sketch.SIZE) continue;
            for (int band = 0; band < Copies.BANDS; band++) {
                int n = wanted[band].get(Candidates.firstKey(v, band));
                if (n >= 0) found.get(band)[n].add(p);
            }
        }
        for (int band = 0; band < Copies.BANDS; band++) {
            for (int n = 0; n < wanted[band].size(); n++) nodes(band, band + 1).put(wanted[band].key(n), found.get(band)[n].toArray());
        }
    }

    private static IntList[] lists(int n) {
        IntList[] out = new IntList[n];
        for (int i = 0; i < n; i++) out[i] = new IntList();
        return out;
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

    private Regrouping.Result result(boolean alone) {
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

    /**
     * Longs numbered in the order added, by open addressing: the pass over every record asks it eight
     * times a record, and a node's records are sorted to its children by it (a map of boxed keys was
     * most of an update's regrouping).
     */
    private static final class LongIndex {
        private long[] slots = new long[16];
        private int[] numbers = filled(16);
        private long[] byNumber = new long[8];
        private int size;

        private static int[] filled(int n) {
            int[] out = new int[n];
            Arrays.fill(out, -1);
            return out;
        }

        /** The number of {@code k}, numbered now if it was not. */
        int add(long k) {
            int n = get(k);
            if (n >= 0) return n;
            if ((size + 1) * 2 > slots.length) grow();
            put(k, size);
            if (size == byNumber.length) byNumber = Arrays.copyOf(byNumber, size * 2);
            byNumber[size] = k;
            return size++;
        }

        private void put(long k, int number) {
            int mask = slots.length - 1;
            int i = slot(k, mask);
            while (numbers[i] >= 0) i = (i + 1) & mask;
            numbers[i] = number;
            slots[i] = k;
        }

        /** The number of {@code k}, or -1. */
        int get(long k) {
            int mask = slots.length - 1;
            int i = slot(k, mask);
            while (numbers[i] >= 0) {
                if (slots[i] == k) return numbers[i];
                i = (i + 1) & mask;
            }
            return -1;
        }

        private static int slot(long k, int mask) {
            return (int) (k ^ (k >>> 32)) & mask;
        }

        private void grow() {
            slots = new long[slots.length * 2];
            numbers = filled(slots.length);
            for (int n = 0; n < size; n++) put(byNumber[n], n);
        }

        int size() {
            return size;
        }

        long key(int number) {
            return byNumber[number];
        }
    }
}
