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
    /** Copies are compared when they agree on one of this many sketch values: a pair that agrees on half misses all of them once in 256. */
    static final int BANDS = 8;

    private Copies() {
    }

    /** For each document with copies, every copy of its text (itself included), sorted; documents alone are left out. */
    public static Map<String, List<String>> group(Map<String, long[]> sketches) {
        UnionFind sets = new UnionFind(sketches.keySet());
        joinSameText(sketches, sets);
        return sets.groups(sketches.keySet());
    }

    /** Joins in {@code sets} the documents whose sketches say they are the same text. */
    static void joinSameText(Map<String, long[]> sketches, UnionFind sets) {
        // compared within buckets of equal sketch values, not every pair
        Map<String, List<String>> buckets = new HashMap<>();
        for (Map.Entry<String, long[]> e : sketches.entrySet()) {
            long[] s = e.getValue() == null ? new long[0] : e.getValue();
            for (int band = 0; band < Math.min(BANDS, s.length); band++) {
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
