package org.fonds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.ingest.Ingest;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.archive.Archive;
import org.fonds.synth.Generator;

/** An archive home of N generated records for a benchmark, made once under target/bench and reused. */
final class BenchArchive {
    private BenchArchive() {
    }

    /** Inputs written beside the generated records (a benchmark's own, such as files to be refused). */
    interface Extra {
        void write(Path input) throws java.io.IOException;
    }

    /** Generates and ingests {@code count} records into {@code home}, unless its index already holds that many or more. */
    static void ensure(Path dir, ArchiveHome home, int count) throws Exception {
        ensure(dir, home, count, input -> { });
    }

    /** As {@link #ensure(Path, ArchiveHome, int)}, with {@code extra}'s files ingested with the records when the home is made. */
    static void ensure(Path dir, ArchiveHome home, int count, Extra extra) throws Exception {
        if (Files.isDirectory(home.index())) {
            try (LuceneIndex index = LuceneIndex.open(home.index())) {
                // at least as many: a soak's ingest adds its records to the home it served, which is still worth measuring
                int held = index.committed().size();
                if (held >= count) {
                    System.out.printf("reusing the archive of %,d documents in %s%n", held, home.root());
                    return;
                }
            }
        }
        Path input = dir.resolve("input");
        System.out.printf("generating %,d records and ingesting them into %s ...%n", count, home.root());
        new Generator(1956).writeCorpus(input, count);
        extra.write(input);
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files = s.sorted().toList();
        }
        // made as fonds ingest makes it, derived tables included, so what is measured on it is what users get
        try (Archive archive = Archive.open(home.root(), null, "bench")) {
            Ingest.Summary s = archive.ingest(files, Runtime.getRuntime().availableProcessors(), new Ingest.Progress() {
                        @Override
                        public void update(int done, int total, long bytes, Duration elapsed) {
                        }

                        @Override
                        public void finish() {
                        }
                    }, line -> { }).summary();
            System.out.println(s.line() + " in " + s.elapsed().toSeconds() + " s");
        }
        // the store holds every byte now; the inputs would only double the disk used
        for (Path f : files) Files.delete(f);
    }
}
