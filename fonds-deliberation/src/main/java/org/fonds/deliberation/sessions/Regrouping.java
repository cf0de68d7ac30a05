package org.fonds.deliberation.sessions;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The groups of records ({@link Copies}: the same text; {@link Meetings}: one meeting) after a
 * change, and which records' groups are to be written again.
 *
 * <p>Whether two records are compared as copies depends on the whole corpus ({@link Candidates}: a
 * bucket takes more values once more than its cap of records share a value), so a change can move
 * the link of two records it did not touch. The groups are therefore worked out over every record
 * (in time linear in the records: the buckets are capped), and the records worked out again are those
 * that can hold a group other than the one the tables hold: the changed records present now, every
 * record of a group now, and every record held in a group before. Every other record was alone and
 * is alone.
 */
public final class Regrouping {
    /** The records worked out again, and each one's group (itself included, sorted; alone: only itself). */
    public record Result(Set<String> affected, Map<String, List<String>> groups) {
    }

    /** Each record's group as the tables hold it, itself included (alone, or not held: only itself). */
    @FunctionalInterface
    public interface Held {
        List<String> group(String documentId);
    }

    private Regrouping() {
    }

    /**
     * Copies after {@code changed}, worked out from what the change can reach ({@link IncrementalJoin}):
     * {@code sketches} of every record now, {@code before} the sketch each changed record had where it
     * was there before (a record absent from it was not), {@code held} the groups the tables hold.
     * Groups are given for the affected records with copies.
     */
    public static Result copies(Map<String, long[]> sketches, Collection<String> changed, Map<String, long[]> before, Held held) {
        String[] ids = sketches.keySet().toArray(String[]::new);
        long[][] values = new long[ids.length][];
        for (int i = 0; i < ids.length; i++) values[i] = sketches.get(ids[i]);
        return copies(ids, values, changed, before, held);
    }

    /** As {@link #copies(Map, Collection, Map, Held)}, every record's id and sketch (null: none) side by side. */
    public static Result copies(String[] ids, long[][] sketches, Collection<String> changed, Map<String, long[]> before, Held held) {
        long[][] values = new long[sketches.length][];
        for (int i = 0; i < sketches.length; i++) values[i] = Copies.valuesOf(sketches[i]);
        Map<String, long[]> was = new HashMap<>();
        before.forEach((id, v) -> was.put(id, Copies.valuesOf(v)));
        return IncrementalJoin.regroup(ids, values, was, changed, held, null, false);
    }

    /**
     * Meetings after {@code changed}, as {@link #copies(Map, Collection, Map, Held)}: {@code before} the
     * account each changed record had where it was a meeting record before. Groups are given for
     * every affected record.
     */
    public static Result meetings(List<Meetings.Account> accounts, Collection<String> changed, Map<String, Meetings.Account> before, Held held) {
        Meetings.Account[] all = accounts.toArray(Meetings.Account[]::new);
        String[] ids = new String[all.length];
        long[][] values = new long[all.length][];
        for (int i = 0; i < all.length; i++) {
            ids[i] = all[i].documentId();
            values[i] = Copies.valuesOf(all[i].sketch());
        }
        Map<String, long[]> was = new HashMap<>();
        before.forEach((id, a) -> was.put(id, Copies.valuesOf(a.sketch())));
        return IncrementalJoin.regroup(ids, values, was, changed, held, (positions, join) -> sameDays(all, positions, join), true);
    }

    /** Joins the accounts of every day one of {@code positions} is of, as {@link Meetings} does. */
    private static void sameDays(Meetings.Account[] all, int[] positions, Meetings.Join join) {
        Set<String> dates = new java.util.HashSet<>();
        for (int p : positions) if (all[p].date() != null) dates.add(all[p].date());
        if (dates.isEmpty()) return;
        Map<String, List<Integer>> days = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            if (all[i].date() != null && dates.contains(all[i].date())) days.computeIfAbsent(all[i].date(), k -> new java.util.ArrayList<>()).add(i);
        }
        for (List<Integer> day : days.values()) Meetings.joinDay(day, all, join);
    }

    /**
     * Copies after {@code changed}: {@code sketches} of every record now, {@code held} the records the
     * tables hold as one of two or more copies. Groups are given for the affected records with copies.
     */
    public static Result copies(Map<String, long[]> sketches, Collection<String> changed, Collection<String> held) {
        Map<String, List<String>> whole = Copies.group(sketches);
        Set<String> affected = affected(whole.keySet(), changed, held, sketches.keySet());
        Map<String, List<String>> out = new HashMap<>();
        for (String id : affected) if (whole.containsKey(id)) out.put(id, whole.get(id));
        return new Result(affected, out);
    }

    /**
     * Meetings after {@code changed}, over the accounts of every meeting record now; {@code held} the
     * records the tables hold as one of two or more accounts of a meeting. Groups are given for every
     * affected record.
     */
    public static Result meetings(List<Meetings.Account> accounts, Collection<String> changed, Collection<String> held) {
        Map<String, List<String>> grouped = Meetings.grouped(accounts);
        Set<String> present = new java.util.HashSet<>();
        for (Meetings.Account a : accounts) present.add(a.documentId());
        Set<String> affected = affected(grouped.keySet(), changed, held, present);
        Map<String, List<String>> out = new HashMap<>();
        for (String id : affected) out.put(id, grouped.getOrDefault(id, List.of(id)));
        return new Result(affected, out);
    }

    private static Set<String> affected(Set<String> groupedNow, Collection<String> changed, Collection<String> held, Set<String> present) {
        Set<String> out = new TreeSet<>(groupedNow);
        for (String id : changed) if (present.contains(id)) out.add(id);
        for (String id : held) if (present.contains(id)) out.add(id);
        return out;
    }
}
