package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dates mentioned, counted by year and by month ({@code timeline_steps}): how many mentions and
 * how many documents mention a date that begins with a key of {@link #WIDTHS} characters ("1956",
 * "1956-11"; a shorter date is its own key: "1956" on the monthly step is the year alone). A year of
 * 100,000 records mentions some 60,000 dates; the timeline of a year drew its bars and its counts
 * before and after the axis by walking them all (about 75 ms in SQLite). From these counts it reads a
 * few hundred rows and walks the raw dates only of a step the axis cuts through.
 *
 * <p>Kept by the writer: a rebuild counts them in one pass over the timeline; an update adds each
 * rewritten document's dates and takes away its old ones, so the counts equal a rebuild's (the
 * incremental test compares the two, this table included).
 */
final class TimelineSteps {
    /** The key lengths counted: a year, a month. */
    static final List<Integer> WIDTHS = List.of(4, 7);

    static final String DDL = "CREATE TABLE IF NOT EXISTS timeline_steps (width INTEGER, k VARCHAR, mentions INTEGER, documents INTEGER,"
            + " PRIMARY KEY (width, k))";

    private TimelineSteps() {
    }

    /** Counts them again from the timeline, in one pass per width. */
    static void rebuild(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM timeline_steps");
            for (int w : WIDTHS) {
                s.execute("INSERT INTO timeline_steps (width, k, mentions, documents) SELECT " + w + ", substr(dated, 1, " + w
                        + "), COUNT(*), COUNT(DISTINCT doc_id) FROM timeline WHERE dated IS NOT NULL GROUP BY substr(dated, 1, " + w + ")");
            }
        }
    }

    /** The key of {@code date} at {@code width}: its first characters, or the whole of a shorter date. */
    static String key(String date, int width) {
        return date.length() <= width ? date : date.substring(0, width);
    }

    /** What an update adds to and takes from the counts, by width and key. */
    static final class Deltas {
        private final Map<String, int[]> byKey = new TreeMap<>();

        /** One document's dates, added ({@code sign} 1) or taken away (-1): each date a mention, each key the document once. */
        void add(Collection<String> dates, int sign) {
            for (int w : WIDTHS) {
                Set<String> keys = new HashSet<>();
                for (String d : dates) {
                    if (d == null) continue;
                    String k = key(d, w);
                    int[] n = byKey.computeIfAbsent(w + "\t" + k, x -> new int[2]);
                    n[0] += sign;
                    if (keys.add(k)) n[1] += sign;
                }
            }
        }

        /** Writes the changes; a key left with no mention is deleted. */
        void apply(Connection c) throws SQLException {
            try (PreparedStatement up = c.prepareStatement("UPDATE timeline_steps SET mentions = mentions + ?, documents = documents + ? WHERE width = ? AND k = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO timeline_steps (width, k, mentions, documents) VALUES (?, ?, ?, ?)");
                 PreparedStatement empty = c.prepareStatement("DELETE FROM timeline_steps WHERE mentions <= 0")) {
                for (Map.Entry<String, int[]> e : byKey.entrySet()) {
                    int[] n = e.getValue();
                    if (n[0] == 0 && n[1] == 0) continue;
                    int tab = e.getKey().indexOf('\t');
                    int width = Integer.parseInt(e.getKey().substring(0, tab));
                    String k = e.getKey().substring(tab + 1);
                    up.setInt(1, n[0]);
                    up.setInt(2, n[1]);
                    up.setInt(3, width);
                    up.setString(4, k);
                    if (up.executeUpdate() > 0) continue;
                    ins.setInt(1, width);
                    ins.setString(2, k);
                    ins.setInt(3, n[0]);
                    ins.setInt(4, n[1]);
                    ins.executeUpdate();
                }
                empty.executeUpdate();
            }
            byKey.clear();
        }
    }
}
