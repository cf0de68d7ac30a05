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

    @AfterAll
    void close() throws Exception {
        reader.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
