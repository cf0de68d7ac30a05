package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.sql.SQLException;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.read.Tables;
import org.fonds.ingest.DerivedTables;
import org.fonds.parse.Seeds;
import org.fonds.store.ArchiveHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derived tables in a home: kept by ingest, rebuilt by reindex to the same rows, never at the cost of records. */
class DerivedTablesCommandTest {

    @TempDir
    Path tmp;

    private Path file() {
        return new DerivedTables(new ArchiveHome(tmp.resolve("home"))).database();
    }

    /** Every row of every table, in a canonical order: equal for equal tables, however written. */
    private String dump() {
        try (TablesDb db = TablesDb.open(file())) {
            return db.dump();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Tables read() {
        try {
            return DbTables.openReadOnly(file());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String home() {
        return tmp.resolve("home").toString();
    }

    @Test
    void ingestWritesTheTablesAndReindexRebuildsThemToTheSameBytes() throws IOException {
        CommandLineTest.Run ingest = run("ingest", "--home", home(), Seeds.corpus("seeds").toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("derived tables:", "5 sessions");
        String first = dump();
        try (Tables d = read()) {
            assertThat(d.sessionCount()).isEqualTo(5);
            assertThat(d.person("kadar-janos")).isPresent();
        }
        assertThat(file().resolveSibling(DerivedTables.FILE)).as("the whole tables as JSON are no longer kept").doesNotExist();

        CommandLineTest.Run reindex = run("reindex", "--home", home());
        assertThat(reindex.status()).as(reindex.err()).isZero();
        assertThat(reindex.out()).isEqualTo("reindexed 5 documents" + System.lineSeparator());
        assertThat(dump()).isEqualTo(first);

        // gone altogether: rebuilt from the store, row for row
        Files.delete(file());
        assertThat(run("reindex", "--home", home()).status()).isZero();
        assertThat(dump()).isEqualTo(first);
        assertThat(new DerivedTables(new ArchiveHome(tmp.resolve("home"))).isStale()).isFalse();
    }

    @Test
    void anIngestThatChangesNothingLeavesTheTablesAloneUnlessAnEarlierIngestDied() throws IOException {
        assertThat(run("ingest", "--home", home(), Seeds.corpus("seeds").toString()).status()).isZero();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file(), old);
        CommandLineTest.Run again = run("ingest", "--home", home(), Seeds.corpus("seeds").toString());
        assertThat(again.status()).isZero();
        assertThat(again.err()).doesNotContain("derived tables:");
        assertThat(Files.getLastModifiedTime(file())).isEqualTo(old);

        // an ingest killed after storing leaves its mark: verify says so, the next ingest rebuilds even with nothing new
        assertThat(run("verify", "--home", home()).status()).isZero();
        new DerivedTables(new ArchiveHome(tmp.resolve("home"))).markStale();
        CommandLineTest.Run verify = run("verify", "--home", home());
        assertThat(verify.status()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(verify.out()).contains("derived tables:", "run fonds reindex");
        CommandLineTest.Run after = run("ingest", "--home", home(), Seeds.corpus("seeds").toString());
        assertThat(after.err()).contains("derived tables:");
        assertThat(Files.getLastModifiedTime(file())).isNotEqualTo(old);
        assertThat(new DerivedTables(new ArchiveHome(tmp.resolve("home"))).isStale()).isFalse();
    }

    @Test
    void aBrokenAuthorityFileLosesNoRecordAndSaysHowToRebuild() throws IOException {
        Files.createDirectories(tmp.resolve("home"));
        Files.writeString(tmp.resolve("home").resolve(DerivedTables.AUTHORITY), "{\"format\": \"fonds-people-authority/1\", \"people\": [");
        CommandLineTest.Run ingest = run("ingest", "--home", home(), Seeds.corpus("seeds").toString());
        assertThat(ingest.status()).isZero();
        assertThat(ingest.out()).contains("added 5");
        assertThat(ingest.err()).contains("the derived tables were not rebuilt", "run fonds reindex");
        assertThat(new DerivedTables(new ArchiveHome(tmp.resolve("home"))).isStale()).isTrue();
        assertThat(run("show", "--home", home(), "wcda-111884").status()).isZero();
        assertThat(run("reindex", "--home", home()).status()).isEqualTo(ExitCodes.PROBLEMS);

        Files.delete(tmp.resolve("home").resolve(DerivedTables.AUTHORITY));
        assertThat(run("reindex", "--home", home()).status()).isZero();
        assertThat(new DerivedTables(new ArchiveHome(tmp.resolve("home"))).isStale()).isFalse();
    }

    @Test
    void anIngestOfAFewDocumentsUpdatesTheTablesToWhatAFullRebuildGives() throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Seeds.corpus("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path input = Files.createDirectories(tmp.resolve("input"));
        for (Path p : seeds.subList(0, 3)) Files.copy(p, input.resolve(p.getFileName()));
        assertThat(run("ingest", "--home", home(), input.toString()).status()).isZero();
        try (Tables d = read()) {
            assertThat(d.sessionCount()).isEqualTo(3);
        }

        // two new documents and one changed: only those are read again
        for (Path p : seeds.subList(3, 5)) Files.copy(p, input.resolve(p.getFileName()));
        Path changed = input.resolve(seeds.get(0).getFileName());
        Files.writeString(changed, Files.readString(changed).replace("Hungary", "Hungaria"));
        CommandLineTest.Run update = run("ingest", "--home", home(), input.toString());
        assertThat(update.out().strip()).isEqualTo("added 2, updated 1, unchanged 2, refused 0");
        assertThat(update.err()).contains("from 3 documents read");
        String updated = dump();
        assertThat(updated.contains("Hungaria")).as("the changed document's new text is in the tables").isTrue();

        CommandLineTest.Run reindex = run("reindex", "--home", home());
        assertThat(reindex.err()).contains("from 5 documents read");
        assertThat(dump()).isEqualTo(updated);
    }
}
