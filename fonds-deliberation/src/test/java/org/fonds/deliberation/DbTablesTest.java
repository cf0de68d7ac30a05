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

    @AfterAll
    void close() throws Exception {
        reader.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
