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
            // brought up to the version before decisions named people, whose next update writes it whole (the test below)
            assertThat(db.dump()).isEqualTo(rebuilt.replace("meta\tversion\tfonds-tables/10", "meta\tversion\tfonds-tables/8"))
                    .contains("timeline_steps\t7\t1956-11\t", "pair_months\t1956-11\t");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET val = 'fonds-tables/5' WHERE name = 'version'");
        }
        try (DbTables older = DbTables.openReadOnly(old)) {
            assertThat(older.current()).as("two versions back is rebuilt, not read").isFalse();
        }
    }

    /**
     * A file of schema 9 kept a person's documents in rowid order, with an index for the order they are
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
            s.executeUpdate("UPDATE meta SET val = 'fonds-tables/9' WHERE name = 'version'");
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

    /**
     * A file written before decisions were linked to the people they name (schema 8: the log's
     * {@code person_ids} of a decision empty, the session's decisions without names or people) is read
     * as it is, and the next writer, though no document changed, writes it again with the links: then
     * it holds what a rebuild writes.
     */
    @Test
    void tablesWrittenBeforeDecisionsNamedPeopleGetTheirLinksFromTheNextWriter() throws Exception {
        Path old = dir.resolve("unlinked.db");
        Files.copy(dir.resolve("tables.db"), old);
        var json = org.fonds.record.RecordJson.mapper();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); var s = c.createStatement()) {
            s.executeUpdate("UPDATE log SET person_ids = '[]' WHERE kind = 'decision'");
            Map<String, String> sessions = new java.util.HashMap<>();
            try (var rs = s.executeQuery("SELECT doc_id, doc FROM sessions")) {
                while (rs.next()) sessions.put(rs.getString(1), rs.getString(2));
            }
            try (var ps = c.prepareStatement("UPDATE sessions SET doc = ? WHERE doc_id = ?")) {
                for (var e : sessions.entrySet()) {
                    var doc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(e.getValue());
                    for (var d : doc.withArray("decisions")) ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove(List.of("names", "personIds"));
                    ps.setString(1, json.writeValueAsString(doc));
                    ps.setString(2, e.getKey());
                    ps.executeUpdate();
                }
            }
            s.executeUpdate("UPDATE meta SET val = 'fonds-tables/8' WHERE name = 'version'");
        }
        // seed 002 (4 November 1956): "Bring back Cdes. Mikoyan and Brezhnev"
        String session = reader.sessions(0, Integer.MAX_VALUE).stream()
                .filter(x -> x.decisions().stream().anyMatch(d -> d.text().startsWith("Bring back Cdes. Mikoyan")))
                .findFirst().orElseThrow().documentId();
        try (DbTables before = DbTables.openReadOnly(old)) {
            assertThat(before.current()).isTrue();
            assertThat(bringBack(before, session).personIds()).as("the file as the version before wrote it").isEmpty();
        }
        String rebuilt;
        try (TablesDb db = TablesDb.open(dir.resolve("tables.db"))) {
            rebuilt = db.dump();
        }
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        records().forEach(builder::add);
        try (TablesDb db = TablesDb.open(old)) {
            assertThat(db.current()).isTrue();
            db.update(builder, java.util.Set.of());
            assertThat(db.lastScope()).contains("decisions not yet linked");
            assertThat(db.dump()).isEqualTo(rebuilt);
        }
        try (DbTables after = DbTables.openReadOnly(old)) {
            assertThat(bringBack(after, session).personIds()).hasSize(2)
                    .anyMatch(id -> id.startsWith("mikoyan")).anyMatch(id -> id.startsWith("brezhnev"));
            java.io.StringWriter csv = new java.io.StringWriter();
            after.csv("decisions-and-tasks", csv);
            assertThat(csv.toString().lines().filter(l -> l.contains("Bring back Cdes. Mikoyan"))).singleElement()
                    .asString().contains("mikoyan").contains("brezhnev");
        }
    }

    private static org.fonds.deliberation.sessions.Decision bringBack(DbTables t, String session) {
        return t.session(session).orElseThrow().decisions().stream()
                .filter(d -> d.text().startsWith("Bring back Cdes. Mikoyan")).findFirst().orElseThrow();
    }

    @AfterAll
    void close() throws Exception {
        reader.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
