package org.fonds.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.deliberation.Deliberations;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a running server sees of the derived tables while another process replaces them. */
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

    @Test
    void aHomeWithoutTablesGetsThemBuiltInMemoryAndSaysHowToKeepThem() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        List<String> log = new ArrayList<>();
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 2).run(generated("in", 0, 12), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            try (LiveTables live = LiveTables.open(tables, store, log::add)) {
                assertThat(live.get().sessions()).hasSize(12);
            }
            assertThat(log).singleElement().asString().contains("fonds reindex");
            assertThat(tables.file()).doesNotExist();
        }
    }

    @Test
    void tablesReplacedByAnotherWriterAreServedOnceReadAndTheOldOnesUntilThen() throws Exception {
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest ingest = new Ingest(store, index, new Problems(home), "test", 2);
            ingest.run(generated("in", 0, 10), IngestTest.QUIET, line -> { });
            DerivedTables tables = new DerivedTables(home);
            tables.rebuild(store);
            List<String> log = new ArrayList<>();
            try (LiveTables live = LiveTables.open(tables, store, log::add)) {
                Deliberations before = live.get();
                assertThat(before.sessions()).hasSize(10);

                Ingest.Summary more = ingest.run(generated("more", 10, 5), IngestTest.QUIET, line -> { });
                tables.update(store, more.changed(), false);
                long deadline = System.nanoTime() + 10_000_000_000L;
                Deliberations seen = live.get();
                while (seen.sessions().size() == 10 && System.nanoTime() < deadline) {
                    assertThat(seen).isSameAs(before); // the old tables, whole, until the new ones are read
                    Thread.sleep(50);
                    seen = live.get();
                }
                assertThat(seen.sessions()).hasSize(15);
                assertThat(seen).isEqualTo(tables.read().orElseThrow());
            }
            assertThat(log).isEmpty();
        }
    }
}
