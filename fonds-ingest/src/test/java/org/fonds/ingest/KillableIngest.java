package org.fonds.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.store.WriteLock;

/** An ingest in a process of its own, for {@link CrashTest} to kill: {@code HOME INPUT_DIR}. */
public final class KillableIngest {
    private KillableIngest() {
    }

    public static void main(String[] args) throws Exception {
        ArchiveHome home = new ArchiveHome(Path.of(args[0]));
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.sorted().toList();
        }
        try (WriteLock lock = WriteLock.acquire(home, "crash test"); OcflStore store = OcflStore.open(home);
             LuceneIndex index = LuceneIndex.open(home.index())) {
            System.out.println("started");
            System.out.flush();
            Ingest.Summary summary = new Ingest(store, index, new Problems(home), "crash-test", 2).run(files, new Ingest.Progress() {
                @Override
                public void update(int done, int total, long bytes, Duration elapsed) {
                }

                @Override
                public void finish() {
                }
            }, line -> { });
            System.out.println(summary.line());
        }
    }
}
