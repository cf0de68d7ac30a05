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
     * A file of the schema before (no counts of the timeline by step, nor of attendance by month) is read
     * as it is, its timeline and attendance counted from the rows, and the next writer brings it up to this version without writing the
     * tables again: then it holds what a rebuild writes.
     */
    @Test
    void tablesOfTheVersionBeforeAreReadAndBroughtUpToDateByTheNextWriter() throws Exception {
        Path old = dir.resolve("old.db");
        Files.copy(dir.resolve("tables.db"), old);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement()) {
            for (String table : List.of("timeline_steps", "person_months", "pair_months")) s.execute("DROP TABLE " + table);
            s.executeUpdate("UPDATE meta SET val = 'fonds-tables/6' WHERE name = 'version'");
        }
        String from = "1956-11-04";
        String to = "1957-02-10\uffff";
        try (DbTables before = DbTables.openReadOnly(old)) {
            assertThat(before.current()).isTrue();
            for (int width : new int[] {4, 7}) assertThat(before.timelineCounts(from, to, width)).isEqualTo(reader.timelineCounts(from, to, width));
            assertThat(before.timelineBefore(from)).isEqualTo(reader.timelineBefore(from));
            assertThat(before.timelineAfter(to)).isEqualTo(reader.timelineAfter(to));
            List<String> everyone = reader.attendanceCounts("", "").keySet().stream().toList();
            assertThat(everyone).hasSizeGreaterThan(5);
            assertThat(before.attendanceCounts("1956-10-24", "1956-11")).isEqualTo(reader.attendanceCounts("1956-10-24", "1956-11"));
            assertThat(before.together("1956-10-24", "1956-11", everyone)).isEqualTo(reader.together("1956-10-24", "1956-11", everyone));
        }
        String rebuilt;
        try (TablesDb db = TablesDb.open(dir.resolve("tables.db"))) {
            rebuilt = db.dump();
        }
        try (TablesDb db = TablesDb.open(old)) {
            assertThat(db.current()).isTrue();
            assertThat(db.dump()).isEqualTo(rebuilt).contains("timeline_steps\t7\t1956-11\t", "pair_months\t1956-11\t");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET val = 'fonds-tables/5' WHERE name = 'version'");
        }
        try (DbTables older = DbTables.openReadOnly(old)) {
            assertThat(older.current()).as("two versions back is rebuilt, not read").isFalse();
        }
    }

    /**
     * A file of schema 8 kept a person's documents in rowid order, with an index for the order they are
     * read in: it is read as it is, and the next writer copies the table into key order (no rowid, the
     * index gone): then it holds what a rebuild writes.
     */
    @Test
    void tablesKeptInRowidOrderAreReadAndKeptInKeyOrderByTheNextWriter() throws Exception {
        Path old = dir.resolve("unclustered.db");
        Files.copy(dir.resolve("tables.db"), old);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement()) {
            s.execute("CREATE TABLE pd (person_id VARCHAR, doc_id VARCHAR, roles VARCHAR)");
            s.execute("INSERT INTO pd SELECT person_id, doc_id, roles FROM person_documents");
            s.execute("DROP TABLE person_documents");
            s.execute("ALTER TABLE pd RENAME TO person_documents");
            s.execute("CREATE INDEX person_documents_person ON person_documents (person_id, doc_id)");
            s.executeUpdate("UPDATE meta SET val = 'fonds-tables/8' WHERE name = 'version'");
        }
        assertThat(keyed(old)).isEmpty();
        List<String> people = reader.people(0, 1000).stream().map(org.fonds.deliberation.people.Person::id).toList();
        assertThat(people).hasSizeGreaterThan(5);
        try (DbTables before = DbTables.openReadOnly(old)) {
            assertThat(before.current()).isTrue();
            for (String p : people) {
                assertThat(before.statements(p, 0, 50)).as(p).isEqualTo(reader.statements(p, 0, 50));
                assertThat(before.documents(p, 0, 50)).as(p).isEqualTo(reader.documents(p, 0, 50));
            }
        }
        String rebuilt;
        try (TablesDb db = TablesDb.open(dir.resolve("tables.db"))) {
            rebuilt = db.dump();
        }
        try (TablesDb db = TablesDb.open(old)) {
            assertThat(db.current()).isTrue();
            assertThat(db.dump()).isEqualTo(rebuilt);
        }
        assertThat(keyed(old)).containsExactly("person_documents");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement();
             var rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE name = 'person_documents_person'")) {
            assertThat(rs.next()).as("the index the key order replaces is gone").isFalse();
        }
    }

    /** The tables of {@code file} kept in key order (SQLite's WITHOUT ROWID). */
    private static List<String> keyed(Path file) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement();
             var rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    @AfterAll
    void close() throws Exception {
        reader.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
