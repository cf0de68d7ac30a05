package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
 * <p>Kept by the writer: a rebuild counts them in two statements over the attendance; an update
 * adds each rewritten session's attendees and takes its old ones away, so the counts equal a
 * rebuild's (the incremental test compares the two).
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

    /** Counts them again from the attendance. */
    static void rebuild(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM person_months");
            s.execute("DELETE FROM pair_months");
            s.execute("INSERT INTO person_months (k, person_id, sessions) SELECT substr(sort_day, 1, " + WIDTH + "), person_id, COUNT(*)"
                    + " FROM person_sessions WHERE attended = 1 GROUP BY substr(sort_day, 1, " + WIDTH + "), person_id");
            s.execute("INSERT INTO pair_months (k, a, b, shared) SELECT substr(x.sort_day, 1, " + WIDTH + "), x.person_id, y.person_id, COUNT(*)"
                    + " FROM person_sessions x JOIN person_sessions y ON y.doc_id = x.doc_id AND x.person_id < y.person_id"
                    + " WHERE x.attended = 1 AND y.attended = 1 GROUP BY substr(x.sort_day, 1, " + WIDTH + "), x.person_id, y.person_id");
        }
    }

    static String key(String day) {
        return TimelineSteps.key(day, WIDTH);
    }

    /** What an update adds to and takes from the counts. */
    static final class Deltas {
        private final Map<List<String>, int[]> people = new TreeMap<>(AttendanceMonths::compare);
        private final Map<List<String>, int[]> pairs = new TreeMap<>(AttendanceMonths::compare);

        /** One session's attendees (each once), added ({@code sign} 1) or taken away (-1). */
        void add(String day, Collection<String> attendees, int sign) {
            String k = key(day == null ? "" : day);
            List<String> sorted = attendees.stream().distinct().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                people.computeIfAbsent(List.of(k, sorted.get(i)), x -> new int[1])[0] += sign;
                for (int j = i + 1; j < sorted.size(); j++) pairs.computeIfAbsent(List.of(k, sorted.get(i), sorted.get(j)), x -> new int[1])[0] += sign;
            }
        }

        /** Writes the changes; a count left at nothing is deleted. */
        void apply(Connection c) throws SQLException {
            write(c, people, "person_months", "sessions", List.of("k", "person_id"));
            write(c, pairs, "pair_months", "shared", List.of("k", "a", "b"));
        }

        private static void write(Connection c, Map<List<String>, int[]> deltas, String table, String count, List<String> key) throws SQLException {
            String where = String.join(" AND ", key.stream().map(col -> col + " = ?").toList());
            try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET " + count + " = " + count + " + ? WHERE " + where);
                 PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", key) + ", " + count + ") VALUES ("
                         + "?, ".repeat(key.size()) + "?)")) {
                for (Map.Entry<List<String>, int[]> e : deltas.entrySet()) {
                    int n = e.getValue()[0];
                    if (n == 0) continue;
                    up.setInt(1, n);
                    for (int i = 0; i < key.size(); i++) up.setString(i + 2, e.getKey().get(i));
                    if (up.executeUpdate() > 0) continue;
                    for (int i = 0; i < key.size(); i++) ins.setString(i + 1, e.getKey().get(i));
                    ins.setInt(key.size() + 1, n);
                    ins.executeUpdate();
                }
            }
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("DELETE FROM " + table + " WHERE " + count + " <= 0");
            }
            deltas.clear();
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
