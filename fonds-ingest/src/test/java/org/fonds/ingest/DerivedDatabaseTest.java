package org.fonds.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.deliberation.ExtractsInHand;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derived tables' database in a home: written by a rebuild, brought up to date by an ingest's update. */
class DerivedDatabaseTest {
    @TempDir
    Path tmp;

    private List<Path> generated(String dir, long seed, int from, int count) throws IOException {
        Path in = tmp.resolve(dir);
        new Generator(seed).writeCorpus(in, from + count);
        try (Stream<Path> files = Files.list(in)) {
            return new ArrayList<>(files.sorted().toList().subList(from, from + count));
        }
    }

    /** How many documents the two generated batches hold between them, counted by the ids they state. */
    private static int distinctIds(long seedA, int fromA, int countA, long seedB, int fromB, int countB) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = fromA; i < fromA + countA; i++) ids.add(new Generator(seedA).generate(i).expected().id());
        for (int i = fromB; i < fromB + countB; i++) ids.add(new Generator(seedB).generate(i).expected().id());
        return ids.size();
    }

    /** The tables as they stand equal those a rebuild from the store writes (which they then are). */
    private static void sameAsRebuilt(DerivedTables tables, OcflStore store) throws Exception {
        String before = dump(tables.database());
        tables.rebuild(store);
        assertThat(before).as("the tables before a rebuild from the store").isEqualTo(dump(tables.database()));
    }

    private static String dump(Path file) throws SQLException {
        try (TablesDb db = TablesDb.open(file)) {
            return db.dump();
        }
    }

    @Test
    void anUpdateAfterAnIngestOfNewAndChangedDocumentsEqualsARebuild() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest ingest = new Ingest(store, index, new Problems(home), "test", 2);
            ingest.run(generated("in", 11, 0, 12), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            tables.rebuild(store);
            try (DbTables read = DbTables.open(tables.database())) {
                assertThat(read.sessionCount()).isEqualTo(12);
            }
            // another generator's records under the same names: those whose id rests on the archive's
            // number in their URL (index-based) change, the rest (ids digested from their text) are new
            tables.markStale();
            Ingest.Summary more = ingest.run(generated("more", 12, 6, 10), IngestTest.QUIET, line -> { });
            assertThat(more.changed()).hasSize(10);
            tables.update(store, more.changed(), false);
            assertThat(tables.isStale()).isFalse();
            sameAsRebuilt(tables, store);
            try (DbTables read = DbTables.open(tables.database())) {
                assertThat(read.sessionCount()).isEqualTo(distinctIds(11, 0, 12, 12, 6, 10));
            }
        }
    }

    /**
     * The tables step takes the records the ingest had in hand instead of reading them back, and the
     * tables are the same as those rebuilt from the store alone: after a first ingest (a rebuild) and
     * after a second of new and changed documents (an update).
     */
    @Test
    void theRecordsAnIngestHadInHandGiveTheTablesTheStoreGives() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            DerivedTables tables = new DerivedTables(home);
            ExtractsInHand first = new ExtractsInHand();
            Ingest.Summary s = new Ingest(store, index, new Problems(home), "test", 2).onStored((r, n, o) -> first.stored(r, n))
                    .run(generated("in", 11, 0, 12), IngestTest.QUIET, line -> { });
            assertThat(first.size()).isEqualTo(s.changed().size()).isEqualTo(12);
            tables.rebuild(store, first);
            sameAsRebuilt(tables, store);

            ExtractsInHand second = new ExtractsInHand();
            Ingest.Summary more = new Ingest(store, index, new Problems(home), "test", 2).onStored((r, n, o) -> second.stored(r, n))
                    .run(generated("more", 12, 6, 10), IngestTest.QUIET, line -> { });
            assertThat(second.size()).isEqualTo(more.changed().size()).isEqualTo(10);
            tables.update(store, more.changed(), false, second);
            sameAsRebuilt(tables, store);
        }
    }

    /** Proof that the store is not read for a record in hand: the tables show the record handed over, not the one stored. */
    @Test
    void aRecordInHandIsNotReadBackFromTheStore() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 2).run(generated("in", 11, 0, 3), IngestTest.QUIET, line -> { });
            String id;
            try (Stream<String> ids = store.ids()) {
                id = ids.sorted().findFirst().orElseThrow();
            }
            org.fonds.record.ArchiveRecord stored = org.fonds.record.RecordJson.read(
                    store.read(id, org.fonds.record.stored.VersionRef.LATEST).orElseThrow().recordJson());
            var json = (com.fasterxml.jackson.databind.node.ObjectNode) org.fonds.record.RecordJson.mapper().valueToTree(stored);
            json.put("title", "Held, not stored");
            ExtractsInHand inHand = new ExtractsInHand();
            inHand.stored(org.fonds.record.RecordJson.read(json.toString()));
            DerivedTables tables = new DerivedTables(home);
            tables.rebuild(store, inHand);
            assertThat(dump(tables.database())).contains("Held, not stored");
            // the same id stored twice in one ingest is read from the store: which is latest is the store's to say
            inHand.stored(stored);
            tables.rebuild(store, inHand);
            assertThat(dump(tables.database())).doesNotContain("Held, not stored");
        }
    }

    @Test
    void aDatabaseThatCannotBeReadIsWrittenAgainWhole() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            DerivedTables tables = new DerivedTables(home);
            String whole = rebuiltThenDeleted(home, store, index, tables, 11);
            Files.write(tables.database(), "not a database".getBytes());
            tables.update(store, List.of(), false);
            assertThat(dump(tables.database())).isEqualTo(whole);
        }
    }

    /**
     * Where no tables are, a whole build is written into a new file beside the database, without a log,
     * and moved into place only when complete: what a crash in the middle of one left there (here bytes
     * that are no database) is thrown away, and the tables moved in read as a rebuild's, read-only too.
     */
    @Test
    void aFirstBuildIsWrittenBesideTheDatabaseAndMovedIntoPlace() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            DerivedTables tables = new DerivedTables(home);
            String whole = rebuiltThenDeleted(home, store, index, tables, 13);
            Path leftOver = tables.database().resolveSibling(DerivedTables.DATABASE + ".new");
            Files.write(leftOver, "half of a build cut short".getBytes());
            tables.update(store, List.of(), false);
            assertThat(leftOver).doesNotExist();
            assertThat(dump(tables.database())).isEqualTo(whole);
            try (DbTables read = DbTables.openReadOnly(tables.database())) {
                assertThat(read.current()).isTrue();
                assertThat(read.sessionCount()).isPositive().isEqualTo(whole.lines().filter(l -> l.startsWith("sessions\t")).count());
            }
        }
    }

    /**
     * Saved extracts or groupings that cannot be read (a disk's fault, a copy cut short) are a cache of the
     * store: the update makes the tables again from the store, the same as a rebuild's, and does not fail.
     */
    @Test
    void damagedSavedExtractsAreMadeAgainFromTheStore() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest ingest = new Ingest(store, index, new Problems(home), "test", 2);
            ingest.run(generated("in", 11, 0, 12), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            tables.rebuild(store);
            Path extracts = home.derived().resolve("extracts");
            List<Path> groupings;
            try (Stream<Path> files = Files.list(extracts)) {
                groupings = files.filter(f -> f.getFileName().toString().startsWith("groups-")).toList();
            }
            assertThat(groupings).isNotEmpty();
            for (Path g : groupings) Files.write(g, new byte[] {0x46, 0x47});
            tables.markStale();
            Ingest.Summary more = ingest.run(generated("more", 12, 6, 4), IngestTest.QUIET, line -> { });
            DerivedTables.Result r = tables.update(store, more.changed(), false);
            assertThat(r.documentsRead()).as("every document read from the store again").isGreaterThan(more.changed().size());
            assertThat(tables.isStale()).isFalse();
            sameAsRebuilt(tables, store);
        }
    }

    /**
     * The extracts are saved beside the database's writing: a save that fails must still fail the
     * tables step and leave them marked stale (the next writer rebuilds), as when it came first.
     */
    @Test
    void extractsThatCannotBeSavedLeaveTheTablesMarkedStale() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 2).run(generated("in", 11, 0, 8), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            tables.markStale();
            Files.writeString(home.derived().resolve("extracts"), "a file where the extracts' folder goes");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tables.rebuild(store)).isInstanceOf(IOException.class);
            assertThat(tables.isStale()).isTrue();
        }
    }

    /**
     * A home whose tables are of the version before (schema 10: the turns' text in every statement's
     * row, the sessions as plain JSON) has them written again whole from the extracts by the next
     * update, not read or changed in place: then they equal a rebuild's.
     */
    @Test
    void tablesOfTheVersionBeforeAreWrittenAgainWhole() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            DerivedTables tables = new DerivedTables(home);
            String whole = rebuiltThenDeleted(home, store, index, tables, 12);
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tables.database()); var s = c.createStatement()) {
                s.execute("CREATE TABLE meta (name VARCHAR PRIMARY KEY, val VARCHAR)");
                s.execute("INSERT INTO meta VALUES ('version', 'fonds-tables/10')");
                s.execute("CREATE TABLE sessions (doc_id VARCHAR PRIMARY KEY, sort_day VARCHAR, dated VARCHAR, title VARCHAR, accounts VARCHAR, doc VARCHAR)");
                s.execute("CREATE TABLE statements (person_id VARCHAR, doc_id VARCHAR, sort_day VARCHAR, seq INTEGER, dated VARCHAR, turn INTEGER,"
                        + " body VARCHAR)");
                s.execute("INSERT INTO statements VALUES ('someone', 'a-document', '1956-11-04', 0, '1956-11-04', 1, 'A turn of the old file')");
            }
            try (DbTables old = DbTables.openReadOnly(tables.database())) {
                assertThat(old.current()).as("a reader finds no tables of its version").isFalse();
            }
            tables.update(store, List.of(), false);
            assertThat(dump(tables.database())).isEqualTo(whole).doesNotContain("A turn of the old file");
        }
    }

    /** Eight generated records ingested, the tables rebuilt and dumped, then their file deleted: the dump. */
    private String rebuiltThenDeleted(ArchiveHome home, OcflStore store, LuceneIndex index, DerivedTables tables, long seed)
            throws Exception {
        new Ingest(store, index, new Problems(home), "test", 2).run(generated("in", seed, 0, 8), IngestTest.QUIET, line -> { });
        tables.rebuild(store);
        String whole = dump(tables.database());
        Files.delete(tables.database());
        return whole;
    }
}
