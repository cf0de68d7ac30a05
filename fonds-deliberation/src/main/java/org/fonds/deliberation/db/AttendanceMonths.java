package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attendance counted by month: the sessions each person took part in ({@code person_months}) and
 * those each two people took part in together ({@code pair_months}), by the first seven characters
 * of the session's date ("1956-11"; a shorter date is a key of its own). Who sat together over a
 * year of 100,000 records paired the chosen people's 50,000 attendances of the year one by one (p99
 * 170 ms, BENCHMARKS.md); from these it reads twelve months of counts and pairs only the days of a
 * month the dates cut through.
 *
 * <p>Kept by the writer: a rebuild counts them as it writes the sessions ({@link Tally}); an update
 * adds each rewritten session's attendees and takes its old ones away ({@link Deltas}), so the counts
 * equal a rebuild's (the incremental test compares the two).
 */
final class AttendanceMonths {
    static final int WIDTH = 7;
    /**
     * The two tables, to be completed by what keeps a table in key order ({@link Dialect#clustered}): the
     * key is the table, where a rowid table beside an index of its key took twice the room (BENCHMARKS.md, issue 14).
     */
    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS person_months (k VARCHAR NOT NULL, person_id VARCHAR NOT NULL, sessions INTEGER, PRIMARY KEY (k, person_id))%s",
            "CREATE TABLE IF NOT EXISTS pair_months (k VARCHAR NOT NULL, a VARCHAR NOT NULL, b VARCHAR NOT NULL, shared INTEGER, PRIMARY KEY (k, a, b))%s");

    private AttendanceMonths() {
    }

    /**
     * A whole build's counts, gathered as its sessions are written. Pairing the attendance in SQL (a
     * self-join of person_sessions, grouped through temporary trees) was the largest part of the tables
     * step at a million records (BENCHMARKS.md, issue 14): here a session's pairs are counted by number,
     * people and months numbered as they come, and only the counts are written, in key order.
     */
    static final class Tally {
        /** Bits of a number in a pair's key: two people and a month in one long. */
        private static final int BITS = 21;
        private final Map<String, Integer> personNumbers = new HashMap<>();
        private final List<String> people = new ArrayList<>();
        private final Map<String, Integer> monthNumbers = new HashMap<>();
        private final List<String> months = new ArrayList<>();
        private final Map<Long, int[]> personMonths = new HashMap<>();
        private final Map<Long, int[]> pairMonths = new HashMap<>();

        /** One session's attendees (each counted once). */
        void add(String day, Collection<String> attendees) {
            long m = number(key(day == null ? "" : day), monthNumbers, months);
            int[] who = attendees.stream().distinct().sorted().mapToInt(p -> number(p, personNumbers, people)).toArray();
            for (int i = 0; i < who.length; i++) {
                personMonths.computeIfAbsent(m << BITS | who[i], k -> new int[1])[0]++;
                for (int j = i + 1; j < who.length; j++) {
                    pairMonths.computeIfAbsent((m << BITS | who[i]) << BITS | who[j], k -> new int[1])[0]++;
                }
            }
        }

        private static int number(String name, Map<String, Integer> numbers, List<String> names) {
            Integer n = numbers.get(name);
            if (n != null) return n;
            if (names.size() == 1 << BITS) throw new IllegalStateException("more than " + (1 << BITS) + " people or months to count attendance by");
            numbers.put(name, names.size());
            names.add(name);
            return names.size() - 1;
        }

        /** Writes the counts into the emptied tables, each in its key's order. */
        void write(Connection c) throws SQLException {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("DELETE FROM person_months");
                s.execute("DELETE FROM pair_months");
            }
            insert(c, personMonths, "INSERT INTO person_months (k, person_id, sessions) VALUES (?, ?, ?)", 2);
            insert(c, pairMonths, "INSERT INTO pair_months (k, a, b, shared) VALUES (?, ?, ?, ?)", 3);
            personMonths.clear();
            pairMonths.clear();
        }

        private void insert(Connection c, Map<Long, int[]> counts, String sql, int parts) throws SQLException {
            List<Map.Entry<List<String>, Integer>> rows = new ArrayList<>(counts.size());
            long mask = (1L << BITS) - 1;
            for (Map.Entry<Long, int[]> e : counts.entrySet()) {
                List<String> key = new ArrayList<>(parts);
                for (int i = parts - 1; i >= 0; i--) {
                    int n = (int) (e.getKey() >>> (BITS * i) & mask);
                    key.add(i == parts - 1 ? months.get(n) : people.get(n));
                }
                rows.add(Map.entry(key, e.getValue()[0]));
            }
            rows.sort((x, y) -> compare(x.getKey(), y.getKey()));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (Map.Entry<List<String>, Integer> r : rows) {
                    for (int i = 0; i < parts; i++) ps.setString(i + 1, r.getKey().get(i));
                    ps.setInt(parts + 1, r.getValue());
                    ps.addBatch();
                    if (++pending % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
        }
    }

    static String key(String day) {
        return TimelineSteps.key(day, WIDTH);
    }

    /** What an update adds to and takes from the counts. */
    static final class Deltas {
        private final Map<List<String>, long[]> people = new TreeMap<>(AttendanceMonths::compare);
        private final Map<List<String>, long[]> pairs = new TreeMap<>(AttendanceMonths::compare);

        /** One session's attendees (each once), added ({@code sign} 1) or taken away (-1). */
        void add(String day, Collection<String> attendees, int sign) {
            String k = key(day == null ? "" : day);
            List<String> sorted = attendees.stream().distinct().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                people.computeIfAbsent(List.of(k, sorted.get(i)), x -> new long[1])[0] += sign;
                for (int j = i + 1; j < sorted.size(); j++) pairs.computeIfAbsent(List.of(k, sorted.get(i), sorted.get(j)), x -> new long[1])[0] += sign;
            }
        }

        /** Writes the changes; a count left at nothing is deleted. */
        void apply(Connection c) throws SQLException {
            CountRows.add(c, "person_months", List.of("k", "person_id"), List.of("sessions"), people);
            CountRows.add(c, "pair_months", List.of("k", "a", "b"), List.of("shared"), pairs);
        }
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * The dates {@code from}..{@code to} as the attendance queries take them (either may be empty;
     * both empty is every session, undated ones too) split into months: {@code whole} keys whose every
     * session lies within, and {@code cut} months of which only the days {@code lo}..{@code hi} are.
     */
    record Split(List<String> whole, List<Cut> cut) {
        record Cut(String lo, String hi) {
        }

        static Split of(List<String> keys, String from, String to) {
            boolean all = from.isEmpty() && to.isEmpty();
            String hi = to.isEmpty() ? null : to + '\uffff';
            List<String> whole = new ArrayList<>();
            List<Cut> cut = new ArrayList<>();
            for (String k : keys) {
                if (k.isEmpty()) {
                    if (all) whole.add(k);
                    continue;
                }
                if (k.length() < WIDTH) {
                    // a shorter date is a key holding that one day
                    if (k.compareTo(from) >= 0 && (hi == null || k.compareTo(hi) <= 0)) whole.add(k);
                    continue;
                }
                String end = k + '\uffff';
                boolean startIn = k.compareTo(from) >= 0;
                boolean endIn = hi == null || end.compareTo(hi) <= 0;
                if (startIn && endIn) whole.add(k);
                else cut.add(new Cut(startIn ? k : from, endIn ? end : hi));
            }
            return new Split(whole, cut);
        }
    }
}
