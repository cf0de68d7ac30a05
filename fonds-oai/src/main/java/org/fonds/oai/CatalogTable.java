package org.fonds.oai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.stored.VersionSummary;
import org.fonds.store.OcflStore;

/**
 * The OAI-PMH catalog kept in the home ({@code HOME/derived/oai.db}, SQLite) by every writing
 * operation, so that a server never scans the store for it: at 100,000 documents a scan reads
 * 100,000 inventories and records, minutes of work on every start and every minute after (issue 15:
 * "the catalog is kept with the derived data and updated by ingest, not rebuilt by scanning").
 *
 * <p>Like the index it is derived data: {@link #rebuild} makes it from the store, {@link #update}
 * rewrites the rows of the documents a change touched, each one transaction (a reader sees the old
 * rows until the commit, a crash leaves the old rows). An object that cannot be read (damaged, or a
 * record this version cannot read) has no row: it is left out of the lists as the scanning catalog
 * leaves it out, and {@code verify} names it.
 */
public final class CatalogTable {
    /** The schema's name, kept in the file: a file of another schema is written anew. */
    static final String SCHEMA = "fonds-oai-catalog/1";

    private static final System.Logger LOG = System.getLogger("org.fonds.oai");
    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, val TEXT)",
            "CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, version INTEGER NOT NULL, datestamp INTEGER NOT NULL) WITHOUT ROWID",
            "CREATE INDEX IF NOT EXISTS items_datestamp ON items (datestamp)",
            // seq keeps a record's sets in the order SetSpecs gives them (most general first)
            "CREATE TABLE IF NOT EXISTS item_sets (id TEXT NOT NULL, seq INTEGER NOT NULL, spec TEXT NOT NULL, PRIMARY KEY (id, seq)) WITHOUT ROWID",
            "CREATE INDEX IF NOT EXISTS item_sets_spec ON item_sets (spec, id)",
            "CREATE TABLE IF NOT EXISTS sets (spec TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID");

    private CatalogTable() {
    }

    /** What a write did: the documents listed now, and those left out because they could not be read. */
    public record Result(int written, List<String> leftOut) {
        public Result {
            leftOut = List.copyOf(leftOut);
        }
    }

    /** True when {@code file} holds a catalog of this schema. */
    public static boolean current(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try (Connection c = StoredCatalog.openReadOnly(file)) {
            return SCHEMA.equals(schema(c));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes every stored document's row, replacing what the file held. */
    public static Result rebuild(OcflStore store, Path file) throws IOException {
        return rebuild(store, file, new CatalogInHand());
    }

    /** As {@link #rebuild(OcflStore, Path)}, with the sets of the records an ingest had in hand. */
    public static Result rebuild(OcflStore store, Path file, CatalogInHand inHand) throws IOException {
        List<String> ids;
        try (Stream<String> listed = store.ids()) {
            ids = listed.toList();
        }
        return rebuild(store, file, ids, inHand);
    }

    /**
     * As {@link #rebuild(OcflStore, Path, CatalogInHand)}, for the stored documents {@code ids} as the
     * caller listed them (listing a store parses every object's inventory: a caller that needs the list
     * for the tables too lists it once).
     */
    public static Result rebuild(OcflStore store, Path file, List<String> ids, CatalogInHand inHand) throws IOException {
        // in id order, so a set is named as the scanning catalog names it
        return write(store, file, ids.stream().sorted().toList(), true, inHand);
    }

    /**
     * Rewrites the rows of {@code changed} (a document no longer stored loses its row); a file that is
     * missing or of another schema is rebuilt whole instead.
     */
    public static Result update(OcflStore store, Path file, Collection<String> changed) throws IOException {
        return update(store, file, changed, new CatalogInHand());
    }

    /** As {@link #update(OcflStore, Path, Collection)}, with the sets of the records an ingest had in hand. */
    public static Result update(OcflStore store, Path file, Collection<String> changed, CatalogInHand inHand) throws IOException {
        if (!current(file)) return rebuild(store, file, inHand);
        return write(store, file, List.copyOf(changed), false, inHand);
    }

    private static Result write(OcflStore store, Path file, List<String> ids, boolean whole, CatalogInHand inHand) throws IOException {
        List<String> leftOut = new CopyOnWriteArrayList<>();
        // reading the inventories and records is the cost; the rows are written in one transaction after
        List<Row> rows = ids.parallelStream().map(id -> row(store, id, inHand, leftOut)).flatMap(Optional::stream).toList();
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!current(file)) {
            // derived data of another schema, or not a database at all: written anew
            whole = true;
            for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        try (Connection c = open(file)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : DDL) s.execute(ddl);
                if (whole) {
                    s.execute("DELETE FROM items");
                    s.execute("DELETE FROM item_sets");
                }
                s.execute("INSERT OR REPLACE INTO meta VALUES ('schema', '" + SCHEMA + "')");
            }
            if (!whole) delete(c, ids);
            insert(c, rows);
            c.commit();
        } catch (SQLException e) {
            throw new IOException("could not write the OAI-PMH catalog " + file + ": " + e.getMessage(), e);
        }
        if (!leftOut.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "OAI-PMH catalog leaves out " + leftOut.size() + " object(s) it cannot read: "
                    + String.join("; ", leftOut.subList(0, Math.min(10, leftOut.size()))));
        }
        return new Result(rows.size(), leftOut);
    }

    /** A stored document's row, or empty when it is not stored (any more) or cannot be read. */
    private static Optional<Row> row(OcflStore store, String id, CatalogInHand inHand, List<String> leftOut) {
        try {
            Optional<CatalogInHand.Held> held = inHand.held(id);
            if (held.isPresent() && held.get().versionKnown()) {
                // the ingest wrote this version under the lock: it is the head, and nothing need be read
                return Optional.of(new Row(id, held.get().version(), held.get().created().toEpochSecond(), held.get().sets()));
            }
            List<VersionSummary> history = store.history(id);
            if (history.isEmpty()) return Optional.empty();
            VersionSummary head = history.getLast();
            if (held.isPresent()) return Optional.of(new Row(id, head.version(), head.created().toEpochSecond(), held.get().sets()));
            Optional<ArchiveRecord> record = Catalog.record(store, id, head.version());
            if (record.isEmpty()) {
                leftOut.add(id + " (its record cannot be read)");
                return Optional.empty();
            }
            return Optional.of(new Row(id, head.version(), head.created().toEpochSecond(), SetSpecs.of(record.get())));
        } catch (RuntimeException e) {
            leftOut.add(id + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private record Row(String id, int version, long datestamp, List<OaiSet> sets) {
    }

    private static void delete(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement items = c.prepareStatement("DELETE FROM items WHERE id = ?");
                PreparedStatement sets = c.prepareStatement("DELETE FROM item_sets WHERE id = ?")) {
            for (String id : ids) {
                items.setString(1, id);
                items.addBatch();
                sets.setString(1, id);
                sets.addBatch();
            }
            items.executeBatch();
            sets.executeBatch();
        }
    }

    private static void insert(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement item = c.prepareStatement("INSERT OR REPLACE INTO items VALUES (?, ?, ?)");
                PreparedStatement member = c.prepareStatement("INSERT OR REPLACE INTO item_sets VALUES (?, ?, ?)");
                PreparedStatement set = c.prepareStatement("INSERT OR IGNORE INTO sets VALUES (?, ?)")) {
            List<OaiSet> named = new ArrayList<>();
            for (Row r : rows) {
                item.setString(1, r.id());
                item.setInt(2, r.version());
                item.setLong(3, r.datestamp());
                item.addBatch();
                for (int i = 0; i < r.sets().size(); i++) {
                    member.setString(1, r.id());
                    member.setInt(2, i);
                    member.setString(3, r.sets().get(i).spec());
                    member.addBatch();
                    named.add(r.sets().get(i));
                }
            }
            for (OaiSet s : named) {
                set.setString(1, s.spec());
                set.setString(2, s.name());
                set.addBatch();
            }
            item.executeBatch();
            member.executeBatch();
            set.executeBatch();
        }
    }

    private static Connection open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            // readers (a running server) go on reading the last commit while a writer writes
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=60000");
        }
        return c;
    }

    /** The schema the file says it holds, null when it says none. */
    static String schema(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT val FROM meta WHERE name = 'schema'")) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException noMetaTable) {
            return null;
        }
    }
}
