package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which records are the same text from two publishers (the archive's and the National Security
 * Archive's copy of one set of notes): one work with several sources, recognised by content (their
 * {@link Sketch}es agree), never by id or title. Any record, a telegram as much as a session.
 */
public final class Copies {
    /**
     * Copies are compared when they agree on one of this many sketch values (and on the values after
     * it where it is common, {@link Candidates}): a pair whose values agree each with probability 1/2
     * misses all eight once in 256 where no bucket is large.
     */
    static final int BANDS = 8;

    private Copies() {
    }

    /** For each document with copies, every copy of its text (itself included), sorted; documents alone are left out. */
    public static Map<String, List<String>> group(Map<String, long[]> sketches) {
        String[] ids = sketches.keySet().toArray(String[]::new);
        java.util.Arrays.sort(ids);
        long[][] values = new long[ids.length][];
        for (int i = 0; i < ids.length; i++) values[i] = valuesOf(sketches.get(ids[i]));
        int[] root = identity(ids.length);
        joinSameText(values, root);
        Map<String, List<String>> out = new TreeMap<>();
        groups(ids, root, false).forEach((i, members) -> out.put(ids[i], members));
        return out;
    }

    /** A sketch as the join reads it: none is no values. */
    static long[] valuesOf(long[] sketch) {
        return sketch == null ? new long[0] : sketch;
    }

    /** Each position its own set. */
    static int[] identity(int n) {
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = i;
        return root;
    }

    /**
     * The sets {@code root} holds over {@code ids} (sorted), each position to the ids of its set in order,
     * one list shared by a set's members: every position when {@code alone} too, else only those of a set
     * of two or more. Sets of positions, not of strings: at a million records a map of strings per record
     * was much of an update's regrouping (issue 14).
     */
    static Map<Integer, List<String>> groups(String[] ids, int[] root, boolean alone) {
        int[] size = new int[ids.length];
        for (int i = 0; i < ids.length; i++) size[find(root, i)]++;
        Map<Integer, List<String>> members = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            int r = find(root, i);
            if (size[r] > 1) members.computeIfAbsent(r, k -> new ArrayList<>(size[r])).add(ids[i]);
        }
        members.replaceAll((r, m) -> List.copyOf(m));
        Map<Integer, List<String>> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            int r = find(root, i);
            if (size[r] > 1) out.put(i, members.get(r));
            else if (alone) out.put(i, List.of(ids[i]));
        }
        return out;
    }

    /**
     * Joins in {@code sets} the documents whose sketches say they are the same text: two documents
     * that share a {@link Candidates} bucket (agree on one of the first {@link #BANDS} values, and on
     * the values after it where that value is common) and agree on at least half of all values.
     *
     * <p>A bucket holds at most {@link Candidates#CAP} documents, so the pairs compared grow with the
     * records. The comparison works on arrays by position, compares a pair only in the first band
     * they share, and looks up the sets of a pair only once its texts agree (most pairs of a bucket are
     * different texts): each of those only leaves out work whose union would change nothing, so the sets are those of comparing every pair of
     * every bucket ({@code CopiesJoinTest} holds them to that). A larger bucket is one of texts that
     * agree on every value from their band on, each compared with the first.
     */
    static void joinSameText(Map<String, long[]> sketches, UnionFind sets) {
        List<String> ids = new ArrayList<>(sketches.keySet());
        long[][] values = new long[ids.size()][];
        for (int i = 0; i < values.length; i++) values[i] = valuesOf(sketches.get(ids.get(i)));
        int[] root = identity(values.length);
        joinSameText(values, root);
        for (int i = 0; i < root.length; i++) {
            int r = find(root, i);
            if (r != i) sets.union(ids.get(i), ids.get(r));
        }
    }

    /**
     * As {@link #joinSameText(Map, UnionFind)} over positions: joins in {@code root} (each position's
     * parent, a set's root its smallest position) the positions of {@code values} that are one text.
     * Positions joined already are not compared again.
     */
    static void joinSameText(long[][] values, int[] root) {
        Candidates candidates = Candidates.of(values);
        for (int band = 0; band < BANDS; band++) {
            for (int[] bucket : candidates.buckets(band)) {
                if (Candidates.agreeToTheEnd(bucket)) joinToFirst(bucket, values, root);
                else joinBucket(bucket, band, values, root, candidates);
            }
        }
    }

    private static void joinBucket(int[] bucket, int band, long[][] values, int[] root, Candidates candidates) {
        for (int i = 0; i < bucket.length; i++) {
            long[] a = values[bucket[i]];
            for (int j = i + 1; j < bucket.length; j++) {
                if (candidates.sharedBefore(bucket[i], bucket[j], band)) continue; // compared in that band's bucket already
                // the texts first: most pairs of a bucket are different texts, and their sets need not be looked up
                if (!sameText(a, values[bucket[j]])) continue;
                int ra = find(root, bucket[i]);
                int rb = find(root, bucket[j]);
                if (ra != rb) union(root, ra, rb);
            }
        }
    }

    /** A bucket of texts agreeing on every value from its band on: each is compared with the first alone. */
    private static void joinToFirst(int[] bucket, long[][] values, int[] root) {
        for (int j = 1; j < bucket.length; j++) {
            int ra = find(root, bucket[0]);
            int rb = find(root, bucket[j]);
            if (ra != rb && sameText(values[bucket[0]], values[bucket[j]])) union(root, ra, rb);
        }
    }

    static void union(int[] root, int ra, int rb) {
        root[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** Values two sketches must share to be one text: {@code Sketch.similarity >= Meetings.SAME_TEXT}. */
    private static final int SAME_VALUES = (int) Math.ceil(Meetings.SAME_TEXT * Sketch.SIZE);

    /**
     * {@code Sketch.similarity(a, b) >= Meetings.SAME_TEXT}, stopping as soon as too few values are
     * left to reach it: most pairs of a large bucket are different texts.
     */
    static boolean sameText(long[] a, long[] b) {
        if (a.length != Sketch.SIZE || b.length != Sketch.SIZE) return false;
        int same = 0;
        for (int i = 0; i < Sketch.SIZE; i++) {
            if (a[i] == b[i]) same++;
            else if (same + Sketch.SIZE - 1 - i < SAME_VALUES) return false;
        }
        return same >= SAME_VALUES;
    }

    static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** Disjoint sets of document ids; the smaller id is a set's root, so the grouping does not depend on the order of input. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        UnionFind(Iterable<String> ids) {
            for (String id : ids) parent.put(id, id);
        }

        String find(String id) {
            String root = id;
            while (!parent.get(root).equals(root)) root = parent.get(root);
            while (!parent.get(id).equals(root)) {
                String next = parent.get(id);
                parent.put(id, root);
                id = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.compareTo(rb) < 0) parent.put(rb, ra);
            else if (rb.compareTo(ra) < 0) parent.put(ra, rb);
        }

        /** Each id of a set of more than one to the sorted ids of its set. */
        Map<String, List<String>> groups(Iterable<String> ids) {
            Map<String, TreeSet<String>> members = new HashMap<>();
            for (String id : ids) members.computeIfAbsent(find(id), k -> new TreeSet<>()).add(id);
            Map<String, List<String>> out = new TreeMap<>();
            for (String id : ids) {
                TreeSet<String> m = members.get(find(id));
                if (m.size() > 1) out.put(id, List.copyOf(m));
            }
            return out;
        }
    }
}
