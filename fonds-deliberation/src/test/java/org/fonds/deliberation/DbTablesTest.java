package org.fonds.deliberation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.read.Tables;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.fonds.deliberation.read.Heading;
import org.fonds.deliberation.sessions.Session;
import java.util.ArrayList;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on a real SQLite file on disk, written by a rebuild and read by a read-only reader of its own, as a server reads it. */
class DbTablesTest extends TablesContract {
    private Path dir;
    private DbTables reader;

    @Override
    protected Tables tables(List<ArchiveRecord> records, Authority authority) throws Exception {
        dir = Files.createTempDirectory("fonds-tables");
        DeliberationsBuilder builder = Deliberations.builder(authority);
        records.forEach(builder::add);
        try (TablesDb db = TablesDb.open(dir.resolve("tables.db"))) {
            db.rebuild(builder);
        }
        reader = DbTables.openReadOnly(dir.resolve("tables.db"));
        return reader;
    }

    /** The person page's titles in one query: a session's as its row has them, any other document's as its record. */
    @Test
    void theHeadingsOfDocumentsAreTheSessionsOrTheRecordsTitleAndDate() {
        List<String> ids = new ArrayList<>();
        for (ArchiveRecord r : records()) ids.add(r.id());
        ids.add("no-such-document");
        ids.add("' OR '1'='1");
        Map<String, Heading> headings = reader.headings(ids);
        assertThat(headings).hasSize(records().size());
        int sessions = 0;
        for (ArchiveRecord r : records()) {
            Heading h = headings.get(r.id());
            Session s = reader.session(r.id()).orElse(null);
            if (s != null) sessions++;
            assertThat(h).as(r.id()).isEqualTo(s != null ? new Heading(r.id(), s.title(), s.date()) : new Heading(r.id(), r.title(), r.date()));
        }
        assertThat(sessions).isPositive().isLessThan(records().size());
        assertThat(reader.headings(List.of())).isEmpty();
    }

    /**
     * A file of the version before (schema 10: the turns' text in every statement's row, the sessions as
     * plain JSON, an index by document beside each table) is neither read nor changed: a reader finds no
     * tables in it, and a writer leaves it as it is and says it is not current, which has the home's
     * tables written again whole ({@code DerivedDatabaseTest} in fonds-ingest).
     */
    @Test
    void tablesOfTheVersionBeforeAreNeitherReadNorWrittenInPlace() throws Exception {
        Path old = dir.resolve("old.db");
        Files.copy(dir.resolve("tables.db"), old);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement()) {
            s.execute("DROP TABLE turns");
            s.execute("ALTER TABLE statements ADD COLUMN body VARCHAR");
            s.executeUpdate("UPDATE meta SET val = 'fonds-tables/10' WHERE name = 'version'");
        }
        String before = schema(old);
        try (DbTables reader = DbTables.openReadOnly(old)) {
            assertThat(reader.current()).isFalse();
        }
        try (TablesDb db = TablesDb.open(old)) {
            assertThat(db.current()).isFalse();
        }
        try (DbTables writable = DbTables.open(old)) {
            assertThat(writable.current()).isFalse();
        }
        assertThat(schema(old)).as("nothing made in the old file").isEqualTo(before).doesNotContain("CREATE TABLE turns");
    }

    private static String schema(Path file) throws java.sql.SQLException {
        StringBuilder out = new StringBuilder();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement();
             var rs = s.executeQuery("SELECT name, sql FROM sqlite_schema ORDER BY name")) {
            while (rs.next()) out.append(rs.getString(1)).append(": ").append(rs.getString(2)).append('\n');
        }
        return out.toString();
    }

    @AfterAll
    void close() throws Exception {
        reader.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
