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

    private Regrouping() {
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
