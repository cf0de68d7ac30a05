package org.fonds.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.read.MemoryTables;
import org.fonds.deliberation.read.Tables;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a running server sees of the derived tables while another writer updates or replaces them. */
class LiveTablesTest {
    @TempDir
    Path tmp;

    private List<Path> generated(String dir, int from, int count) throws IOException {
        Path in = tmp.resolve(dir);
        new Generator(11).writeCorpus(in, from + count);
        try (Stream<Path> files = Files.list(in)) {
            return new ArrayList<>(files.sorted().toList().subList(from, from + count));
        }
    }

    /** Asks until {@code sessions} are seen or ten seconds pass; the tables seen last. */
    private static Tables awaitSessions(LiveTables live, int sessions) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Tables seen = live.get();
        while (seen.sessionCount() != sessions && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = live.get();
        }
        return seen;
    }

    @Test
    void aHomeWithoutTablesGetsThemBuiltInMemoryUntilARebuildWritesTheDatabase() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        List<String> log = new ArrayList<>();
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 2).run(generated("in", 0, 12), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            try (LiveTables live = LiveTables.open(tables, () -> store, log::add)) {
                assertThat(live.get()).isInstanceOf(MemoryTables.class);
                assertThat(live.get().sessionCount()).isEqualTo(12);
                assertThat(tables.database()).doesNotExist();
                tables.rebuild(store);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!(live.get() instanceof DbTables) && System.nanoTime() < deadline) Thread.sleep(50);
                assertThat(live.get()).isInstanceOf(DbTables.class);
                assertThat(live.get().sessionCount()).isEqualTo(12);
            }
            assertThat(log).singleElement().asString().contains("fonds reindex");
            assertThat(tables.database().resolveSibling(DerivedTables.FILE)).doesNotExist();
        }
    }

    @Test
    void anUpdateBesideTheServerIsSeenByItsNextQuestionOnTheSameConnection() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest ingest = new Ingest(store, index, new Problems(home), "test", 2);
            ingest.run(generated("in", 0, 10), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            tables.rebuild(store);
            List<String> log = new ArrayList<>();
            try (LiveTables live = LiveTables.open(tables, () -> store, log::add)) {
                Tables before = live.get();
                assertThat(before.sessionCount()).isEqualTo(10);
                Ingest.Summary more = ingest.run(generated("more", 10, 5), IngestTest.QUIET, line -> { });
                tables.update(store, more.changed(), false);
                assertThat(before.sessionCount()).isEqualTo(15);
                Thread.sleep(1_100);
                assertThat(live.get()).as("the file was written in place: no new connection").isSameAs(before);
                // a reindex writes every row again, in place too
                tables.rebuild(store);
                assertThat(before.sessionCount()).isEqualTo(15);
            }
            assertThat(log).isEmpty();
        }
    }

    @Test
    void aDatabaseWrittenAnewIsOpenedWithinASecondAndTheOldOneServedUntilThen() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest ingest = new Ingest(store, index, new Problems(home), "test", 2);
            ingest.run(generated("in", 0, 10), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            tables.rebuild(store);
            List<String> log = new ArrayList<>();
            try (LiveTables live = LiveTables.open(tables, () -> store, log::add)) {
                Tables before = live.get();
                assertThat(before.sessionCount()).isEqualTo(10);
                // a file this version cannot read: the next write makes a new one in its place
                for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(tables.database() + suffix));
                Files.writeString(tables.database(), "not a database");
                Ingest.Summary more = ingest.run(generated("more", 10, 5), IngestTest.QUIET, line -> { });
                tables.update(store, more.changed(), false);
                assertThat(before.sessionCount()).as("the old file, still open, until the new one is").isEqualTo(10);
                Tables after = awaitSessions(live, 15);
                assertThat(after).isNotSameAs(before);
                assertThat(after.sessionCount()).isEqualTo(15);
                assertThat(before.sessionCount()).as("the replaced connection stays open for requests still reading it").isEqualTo(10);
            }
            assertThat(log).isEmpty();
        }
    }
}
