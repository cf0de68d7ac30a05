package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.NameCounts;

/**
 * The corpus's {@link NameCounts}, kept with the tables they were worked out for: an update moves
 * the counts of the records it changes and works the corpus-wide readings out from them, reading no
 * other record's names for that (issue 14). Written in the tables' own transaction, so the counts
 * are always those of the documents the tables hold. A file written before the counts were kept has
 * none ({@link #read} gives null): the caller counts every document once, and {@link #write} writes
 * them all.
 */
final class NameCountsTable {
    static final String DDL = "CREATE TABLE IF NOT EXISTS name_counts (kind VARCHAR NOT NULL, k VARCHAR NOT NULL, n INTEGER,"
            + " PRIMARY KEY (kind, k))";
    /** The meta row saying the counts are held (a file of tables from before has the table empty, or none). */
    private static final String HELD = "name_counts";
    /**
     * A Fonds from before the counts writes the documents and not the counts: a document row written or
     * deleted takes the meta row away, and this writer puts it back once the counts are moved too
     * ({@link #write}, {@link #stillHeld}). SQLite's triggers; the other databases are compared in a
     * benchmark only, never written by an older Fonds.
     */
    static final List<String> GUARDS = List.of(
            "CREATE TRIGGER IF NOT EXISTS name_counts_insert AFTER INSERT ON documents WHEN EXISTS (SELECT 1 FROM meta WHERE name = '"
                    + HELD + "') BEGIN DELETE FROM meta WHERE name = '" + HELD + "'; END",
            "CREATE TRIGGER IF NOT EXISTS name_counts_delete AFTER DELETE ON documents WHEN EXISTS (SELECT 1 FROM meta WHERE name = '"
                    + HELD + "') BEGIN DELETE FROM meta WHERE name = '" + HELD + "'; END");

    private NameCountsTable() {
    }

    /** The counts held, or null when the tables hold none. */
    static NameCounts read(Connection c) throws SQLException {
        if (!held(c)) return null;
        NameCounts out = NameCounts.held();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, k, n FROM name_counts"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(NameCounts.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3));
        }
        return out;
    }

    /**
     * Writes {@code counts}, after the documents' rows: only the keys that moved when they were read
     * from here (before the rows were written) and moved since, else every key in place of what was held.
     */
    static void write(Connection c, NameCounts counts) throws SQLException {
        boolean whole = !counts.fromTable();
        if (whole) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM name_counts");
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM name_counts WHERE kind = ? AND k = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO name_counts (kind, k, n) VALUES (?, ?, ?)")) {
            for (NameCounts.Kind kind : NameCounts.Kind.values()) {
                if (whole) {
                    for (Map.Entry<String, Integer> e : counts.counts(kind).entrySet()) insert(ins, kind, e.getKey(), e.getValue());
                    continue;
                }
                for (String k : counts.moved(kind)) {
                    del.setString(1, kind.name());
                    del.setString(2, k);
                    del.addBatch();
                    int n = counts.count(kind, k);
                    if (n > 0) insert(ins, kind, k, n);
                }
            }
            del.executeBatch();
            ins.executeBatch();
        }
        markHeld(c);
        counts.clearMoved();
    }

    /**
     * Says again that the counts are held, after an update that wrote documents' rows and moved no
     * count (no changed record names anyone otherwise than before): {@code before}, whether they were
     * held when it began.
     */
    static void stillHeld(Connection c, boolean before) throws SQLException {
        if (before) markHeld(c);
    }

    private static void markHeld(Connection c) throws SQLException {
        Meta.set(c, HELD, "1");
    }

    private static void insert(PreparedStatement ins, NameCounts.Kind kind, String k, int n) throws SQLException {
        ins.setString(1, kind.name());
        ins.setString(2, k);
        ins.setInt(3, n);
        ins.addBatch();
    }

    /** True when the tables hold counts of their documents. */
    static boolean held(Connection c) throws SQLException {
        return Meta.get(c, HELD) != null;
    }
}
