package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.tables.DateCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's reader keeps the answers over every dated document (the chronology of all dates)
 * while the file is unchanged, and drops them at a commit by any other connection, as an ingest
 * beside the server makes.
 */
class KeptWholeTableAnswersTest {
    @TempDir
    Path dir;

    @Test
    void theAllDatesCountsAreKeptUntilAnotherConnectionCommits() throws Exception {
        Path file = tablesOf(120, "tables.db");
        try (DbTables reader = DbTables.openReadOnly(file)) {
            int dated = reader.datedCount("", "");
            List<DateCount> counts = reader.datedCounts("", "");
            assertThat(dated).isPositive();
            assertThat(counts.stream().mapToInt(DateCount::documents).sum()).isEqualTo(dated);
            // nothing written since: the same answer, not read again
            assertThat(reader.datedCounts("", "")).isSameAs(counts);
            assertThat(reader.datedCount("", "")).isEqualTo(dated);
            // a narrower range is read each time
            String year = counts.getFirst().date().substring(0, 4);
            assertThat(reader.datedCounts(year, year)).isNotSameAs(reader.datedCounts(year, year));

            try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = writer.createStatement()) {
                // the driver counts the row the name counts' trigger deletes from meta too; the counts below say one document went
                assertThat(s.executeUpdate("DELETE FROM documents WHERE doc_id = (SELECT doc_id FROM documents WHERE sort_day <> ''"
                        + " ORDER BY sort_day LIMIT 1)")).isPositive();
            }
            assertThat(reader.datedCount("", "")).isEqualTo(dated - 1);
            List<DateCount> after = reader.datedCounts("", "");
            assertThat(after).isNotSameAs(counts);
            assertThat(after.stream().mapToInt(DateCount::documents).sum()).isEqualTo(dated - 1);
            assertThat(reader.datedCounts("", "")).isSameAs(after);
        }
    }

    @Test
    void anAnswerMadeFromTheTablesIsKeptUntilAnotherConnectionCommits() throws Exception {
        Path file = tablesOf(60, "asked.db");
        try (DbTables reader = DbTables.openReadOnly(file)) {
            java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Supplier<String> page = () -> "page " + made.incrementAndGet() + " of " + reader.peopleCount() + " people";
            String first = reader.keptWhileUnchanged("page", page);
            assertThat(reader.keptWhileUnchanged("page", page)).isSameAs(first);
            assertThat(reader.keptWhileUnchanged("another page", page)).as("another key, another answer").isNotEqualTo(first);
            assertThat(made).hasValue(2);
            try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = writer.createStatement()) {
                s.executeUpdate("DELETE FROM documents WHERE doc_id = (SELECT MIN(doc_id) FROM documents)");
            }
            assertThat(reader.keptWhileUnchanged("page", page)).as("made again after the commit").isEqualTo("page 3 of "
                    + reader.peopleCount() + " people");
        }
        // tables that cannot tell when they change (in memory) make it every time
        org.fonds.deliberation.read.Tables memory = new org.fonds.deliberation.read.MemoryTables(Deliberations.build(Corpus.generated(0, 60),
                Authority.sample()));
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        memory.keptWhileUnchanged("page", made::incrementAndGet);
        memory.keptWhileUnchanged("page", made::incrementAndGet);
        assertThat(made).hasValue(2);
    }

    /** The tables of {@code count} generated records, written whole into {@code name}. */
    private Path tablesOf(int count, String name) throws Exception {
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        Corpus.generated(0, count).forEach(builder::add);
        Path file = dir.resolve(name);
        try (TablesDb db = TablesDb.open(file)) {
            db.rebuild(builder);
        }
        return file;
    }
}
