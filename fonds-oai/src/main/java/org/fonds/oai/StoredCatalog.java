package org.fonds.oai;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fonds.error.UnavailableException;

/**
 * The catalog read by query from the table the ingest keeps ({@link CatalogTable}): a page costs an
 * indexed range of ids and two counts, whatever the size of the archive, and a document an ingest
 * stores while the server runs is listed as soon as that ingest commits (a reader sees each commit
 * whole). Nothing is held in memory between requests.
 */
final class StoredCatalog implements Catalog {
    private final Path file;
    private Connection connection;

    StoredCatalog(Path file) {
        this.file = file;
    }

    static Connection openReadOnly(Path file) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(60_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    @Override
    public synchronized Page page(Filter filter, String afterId, int cursor, int size, Instant now) {
        return query(c -> {
            Where where = Where.of(filter);
            List<Entry> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, version, datestamp FROM items WHERE " + where.sql()
                    + " AND id > ? ORDER BY id LIMIT ?")) {
                int i = where.bind(s, 1);
                s.setString(i, afterId == null ? "" : afterId);
                s.setInt(i + 1, size);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) items.add(new Entry(r.getString(1), r.getInt(2), r.getLong(3), List.of()));
                }
            }
            int before = afterId == null ? 0 : count(c, where, "id <= ?", afterId);
            int after = items.isEmpty() ? 0 : count(c, where, "id > ?", items.getLast().id());
            // as in Page.of: items stored before the cursor since the harvest began must not shrink the size
            int total = Math.max(before, cursor) + items.size() + after;
            return new Page(withSets(c, items), cursor, total, after > 0);
        });
    }

    @Override
    public synchronized long earliestDatestamp(Instant now) {
        return query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT min(datestamp) FROM items"); ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    @Override
    public synchronized Map<String, OaiSet> sets(Instant now) {
        return query(c -> {
            Map<String, OaiSet> out = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT spec, name FROM sets WHERE EXISTS (SELECT 1 FROM item_sets m WHERE m.spec = sets.spec)");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) out.put(r.getString(1), new OaiSet(r.getString(1), r.getString(2)));
            }
            return Collections.unmodifiableMap(out);
        });
    }

    private static int count(Connection c, Where where, String range, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM items WHERE " + where.sql() + " AND " + range)) {
            s.setString(where.bind(s, 1), id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static List<Entry> withSets(Connection c, List<Entry> items) throws SQLException {
        if (items.isEmpty()) return items;
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Entry e : items) sets.put(e.id(), new ArrayList<>());
        try (PreparedStatement s = c.prepareStatement("SELECT id, spec FROM item_sets WHERE id >= ? AND id <= ? ORDER BY id, seq")) {
            s.setString(1, items.getFirst().id());
            s.setString(2, items.getLast().id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> of = sets.get(r.getString(1));
                    if (of != null) of.add(r.getString(2));
                }
            }
        }
        return items.stream().map(e -> new Entry(e.id(), e.version(), e.datestamp(), sets.get(e.id()))).toList();
    }

    /**
     * The filter as SQL with its parameters bound by position. A set matches itself and every set
     * below it: specs below {@code s} sort between {@code "s:"} and {@code "s;"} (';' follows ':'),
     * a range rather than LIKE, so a '%' or '_' in a request is only a character.
     */
    private record Where(String sql, long from, long until, String set) {
        static Where of(Filter f) {
            String sql = "datestamp >= ? AND datestamp <= ?";
            if (!f.set().isEmpty()) {
                sql += " AND EXISTS (SELECT 1 FROM item_sets m WHERE m.id = items.id AND (m.spec = ? OR (m.spec > ? AND m.spec < ?)))";
            }
            return new Where(sql, f.from(), f.until(), f.set());
        }

        /** Binds the parameters from position {@code at}; returns the next free position. */
        int bind(PreparedStatement s, int at) throws SQLException {
            s.setLong(at++, from);
            s.setLong(at++, until);
            if (!set.isEmpty()) {
                s.setString(at++, set);
                s.setString(at++, set + ":");
                s.setString(at++, set + ";");
            }
            return at;
        }
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code q} on the connection, opened on first use; a failure closes it, so the next request opens it anew. */
    private <T> T query(Query<T> q) {
        try {
            if (connection == null) connection = openReadOnly(file);
            return q.run(connection);
        } catch (SQLException e) {
            close();
            throw new UnavailableException("oai-catalog", "the OAI-PMH catalog " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void close() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // closing a failed connection: nothing more to do
        }
        connection = null;
    }
}
