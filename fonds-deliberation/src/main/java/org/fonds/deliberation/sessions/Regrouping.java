package org.fonds.deliberation.sessions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The groups of records ({@link Copies}: the same text; {@link Meetings}: one meeting) worked out
 * again only where a change can move them. A pair's link depends on the two records alone, so the
 * links that appear or go are those of a changed record; the groups that can change are the old
 * groups of the changed records and of the records a changed one is now linked to, and within
 * their union every link is looked for again. Every other group is as the tables hold it.
 */
public final class Regrouping {
    /** The records worked out again, and each one's group (itself included, sorted; alone: only itself). */
    public record Result(Set<String> affected, Map<String, List<String>> groups) {
    }

    private Regrouping() {
    }

    /**
     * Copies after {@code changed}: {@code sketches} of every record now, {@code before} the other
     * records of a record's group as the tables hold it (empty for a record alone or not held).
     */
    public static Result copies(Map<String, long[]> sketches, Collection<String> changed, Function<String, Collection<String>> before) {
        Bands bands = new Bands(sketches);
        BiPredicate<String, String> linked = (a, b) -> Sketch.similarity(sketches.get(a), sketches.get(b)) >= Meetings.SAME_TEXT;
        Set<String> affected = affected(changed, sketches.keySet(), before, c -> bands.neighbours(c), linked);
        Copies.UnionFind sets = new Copies.UnionFind(affected);
        bands.join(affected, linked, sets);
        return new Result(affected, groups(affected, sets));
    }

    /** Meetings after {@code changed}, over the accounts of every meeting record now ({@code before}: as for {@link #copies}). */
    public static Result meetings(List<Meetings.Account> accounts, Collection<String> changed, Function<String, Collection<String>> before) {
        Map<String, Meetings.Account> byId = new HashMap<>();
        Map<String, List<String>> byDate = new HashMap<>();
        Map<String, long[]> sketches = new HashMap<>();
        for (Meetings.Account a : accounts) {
            byId.put(a.documentId(), a);
            sketches.put(a.documentId(), a.sketch());
            if (a.date() != null) byDate.computeIfAbsent(a.date(), k -> new ArrayList<>()).add(a.documentId());
        }
        Bands bands = new Bands(sketches);
        BiPredicate<String, String> sameText = (a, b) -> Sketch.similarity(sketches.get(a), sketches.get(b)) >= Meetings.SAME_TEXT;
        BiPredicate<String, String> sameDay = (a, b) -> Meetings.sameMeeting(byId.get(a), byId.get(b));
        Function<String, Collection<String>> neighbours = c -> {
            List<String> out = new ArrayList<>(bands.neighbours(c));
            String date = byId.get(c).date();
            if (date != null) out.addAll(byDate.get(date));
            return out;
        };
        BiPredicate<String, String> linked = (a, b) -> sameDate(byId, a, b) && sameDay.test(a, b) || sameText.test(a, b);
        Set<String> affected = affected(changed, byId.keySet(), before, neighbours, linked);
        Copies.UnionFind sets = new Copies.UnionFind(affected);
        for (String a : affected) {
            String date = byId.get(a).date();
            if (date == null) continue;
            for (String b : byDate.get(date)) if (a.compareTo(b) < 0 && affected.contains(b) && sameDay.test(a, b)) sets.union(a, b);
        }
        bands.join(affected, sameText, sets);
        Map<String, List<String>> out = groups(affected, sets);
        for (String a : affected) out.putIfAbsent(a, List.of(a));
        return new Result(affected, out);
    }

    private static boolean sameDate(Map<String, Meetings.Account> byId, String a, String b) {
        String da = byId.get(a).date();
        return da != null && da.equals(byId.get(b).date());
    }

    /**
     * The changed records present now, the old groups of every changed record, and the records a
     * changed one is linked to now with their old groups.
     */
    private static Set<String> affected(Collection<String> changed, Set<String> present, Function<String, Collection<String>> before,
                                        Function<String, Collection<String>> neighbours, BiPredicate<String, String> linked) {
        Set<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String c : changed) {
            if (present.contains(c)) out.add(c);
            todo.addAll(before.apply(c));
            if (!present.contains(c)) continue;
            for (String x : neighbours.apply(c)) if (!x.equals(c) && linked.test(c, x)) todo.add(x);
        }
        while (!todo.isEmpty()) {
            String x = todo.pop();
            if (!present.contains(x) || !out.add(x)) continue;
            todo.addAll(before.apply(x));
        }
        return out;
    }

    private static Map<String, List<String>> groups(Set<String> affected, Copies.UnionFind sets) {
        Map<String, TreeSet<String>> members = new HashMap<>();
        for (String id : affected) members.computeIfAbsent(sets.find(id), k -> new TreeSet<>()).add(id);
        Map<String, List<String>> out = new HashMap<>();
        for (String id : affected) {
            TreeSet<String> m = members.get(sets.find(id));
            if (m.size() > 1) out.put(id, List.copyOf(m));
        }
        return out;
    }

    /** Records by the value of each of their first sketch values (the buckets {@link Copies} compares within). */
    private static final class Bands {
        private final Map<String, long[]> sketches;
        private final List<Map<Long, List<String>>> byBand = new ArrayList<>();

        Bands(Map<String, long[]> sketches) {
            this.sketches = sketches;
            for (int band = 0; band < Copies.BANDS; band++) byBand.add(new HashMap<>());
            for (Map.Entry<String, long[]> e : sketches.entrySet()) {
                long[] s = e.getValue() == null ? new long[0] : e.getValue();
                for (int band = 0; band < Math.min(Copies.BANDS, s.length); band++) {
                    byBand.get(band).computeIfAbsent(s[band], k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }

        List<String> neighbours(String id) {
            long[] s = sketches.get(id) == null ? new long[0] : sketches.get(id);
            List<String> out = new ArrayList<>();
            for (int band = 0; band < Math.min(Copies.BANDS, s.length); band++) out.addAll(byBand.get(band).get(s[band]));
            return out;
        }

        /** Joins the pairs of {@code among} that share a bucket and are {@code linked}. */
        void join(Set<String> among, BiPredicate<String, String> linked, Copies.UnionFind sets) {
            for (String a : among) {
                for (String b : neighbours(a)) {
                    if (a.compareTo(b) < 0 && among.contains(b) && linked.test(a, b)) sets.union(a, b);
                }
            }
        }
    }
}
