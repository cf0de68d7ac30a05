package org.fonds.ingest;

import org.fonds.record.stored.KeptProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest into a real archive home: parallel, idempotent, nothing lost. */
class IngestTest {
    @TempDir
    Path tmp;

    static final Ingest.Progress QUIET = new Ingest.Progress() {
        @Override
        public void update(int done, int total, long bytes, Duration elapsed) {
        }

        @Override
        public void finish() {
        }
    };

    private List<Path> corpus(int count) throws IOException {
        Path dir = tmp.resolve("in");
        new Generator(5).writeCorpus(dir, count);
        Files.write(dir.resolve("broken.txt"), new byte[] {0, 0, 7, (byte) 0xFE});
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void everyInputIsStoredOrKeptAndASecondRunWritesNothing() throws IOException {
        List<Path> files = corpus(60);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        List<String> refusals = new ArrayList<>();
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest ingest = new Ingest(store, index, new Problems(home), "test", 3);
            Ingest.Summary first = ingest.run(files, QUIET, refusals::add);
            assertThat(first.line()).isEqualTo("added 60, updated 0, unchanged 0, refused 1");
            assertThat(refusals).singleElement().asString().contains("broken.txt").contains("binary");
            assertThat(store.ids().count()).isEqualTo(60);
            assertThat(new Problems(home).list()).singleElement().extracting(KeptProblem::sourcePath)
                    .isEqualTo(files.get(0).toString());

            Ingest.Summary second = ingest.run(files, QUIET, refusals::add);
            assertThat(second.line()).isEqualTo("added 0, updated 0, unchanged 60, refused 1");
            assertThat(new Problems(home).list()).hasSize(1);
            assertThat(store.verify(true)).isEmpty();
            assertThat(Verification.run(store, index)).isEmpty();
            assertThat(index.committed()).hasSize(60).containsValue(1);
        }
    }

    /**
     * A file the parser does not finish (a loop that never ends, as one sentence once caused) neither stops the ingest
     * nor is lost: its text is stored whole with the parser's failure warning, and every other file goes in.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aFileTheParserDoesNotFinishIsStoredWholeAndTheIngestGoesOn() throws IOException {
        List<Path> files = corpus(12);
        Path stuck = files.stream().filter(IngestTest::isUtf8).skip(3).findFirst().orElseThrow(); // some are windows-1252
        org.fonds.parse.RecordParser real = new org.fonds.parse.RecordParser();
        org.fonds.parse.TimedParser timed = new org.fonds.parse.TimedParser((name, bytes) -> {
            if (!name.equals(stuck.toString())) return real.parse(name, bytes);
            while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait(); // ends when given up, so no thread spins on
            return real.parse(name, bytes);
        }, Duration.ofSeconds(1), Duration.ZERO);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest.Summary s = new Ingest(store, index, new Problems(home), "test", 2).parsingWith(timed)
                    .run(files, QUIET, line -> { });

            assertThat(s.line()).isEqualTo("added 12, updated 0, unchanged 0, refused 1");
            String text = Files.readString(stuck);
            assertThat(store.ids().map(id -> org.fonds.record.RecordJson.read(
                    store.read(id, org.fonds.record.stored.VersionRef.LATEST).orElseThrow().recordJson()))
                    .filter(r -> r.warnings().stream().anyMatch(w -> w.code().equals("parser-failed"))))
                    .singleElement().satisfies(r -> assertThat(r.body().split("\\s+")) // the text as normalised: its words
                            .containsExactly(text.strip().split("\\s+")));
        }
    }

    private static boolean isUtf8(Path file) {
        try {
            Files.readString(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void verifyFindsAnIndexThatDisagreesWithTheStoreAndReindexMendsIt() throws IOException {
        List<Path> files = corpus(20);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home)) {
            try (LuceneIndex index = LuceneIndex.open(home.index())) {
                new Ingest(store, index, new Problems(home), "test", 2).run(files, QUIET, line -> { });
            }
            try (LuceneIndex stray = LuceneIndex.open(tmp.resolve("other-index"))) {
                List<String> problems = Verification.run(store, stray);
                assertThat(problems).hasSize(20).allMatch(p -> p.startsWith("index: ") && p.contains("not indexed"));
                assertThat(Reindex.run(store, stray).indexed()).isEqualTo(20);
                assertThat(Verification.run(store, stray)).isEmpty();
            }
            try (LuceneIndex index = LuceneIndex.open(home.index());
                 LuceneIndex rebuilt = LuceneIndex.open(tmp.resolve("other-index"))) {
                assertThat(index.committed()).isEqualTo(rebuilt.committed());
            }
        }
    }

    @Test
    void ingestingTheSameFolderTwiceWritesNothingTheSecondTime() throws IOException {
        List<Path> files = corpus(30);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        for (int run = 0; run < 2; run++) {
            java.util.Map<Path, String> before = snapshot(home.root());
            try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
                new Ingest(store, index, new Problems(home), "test", 2).run(files, QUIET, line -> { });
            }
            if (run == 1) assertThat(snapshot(home.root())).isEqualTo(before);
        }
    }

    /** Every file under {@code root} with its size and modification time, locks aside. */
    private static java.util.Map<Path, String> snapshot(Path root) throws IOException {
        java.util.Map<Path, String> out = new java.util.TreeMap<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().endsWith(".lock")) continue;
                out.put(root.relativize(p), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}
