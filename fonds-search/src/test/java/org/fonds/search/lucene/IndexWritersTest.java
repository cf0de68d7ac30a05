package org.fonds.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.fonds.deliberation.people.NameScanner;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many workers putting at once (an ingest runs 16 a core) write through at most one Lucene buffer
 * per core, so a commit flushes that many segments, not one per worker.
 */
class IndexWritersTest {
    private static final int WORKERS = 16;
    private static final int EACH = 25;

    @TempDir
    Path dir;

    @Test
    void sixteenWorkersPuttingAtOnceFlushAtMostOneSegmentPerCore() throws Exception {
        Generator g = new Generator(1956);
        List<ArchiveRecord> records = new ArrayList<>();
        for (int i = 0; i < WORKERS * EACH; i++) records.add(g.generate(i).expected());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = worker; i < records.size(); i += WORKERS) {
                        ArchiveRecord r = records.get(i);
                        index.put(r, 1, NameScanner.scan(r));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : work) f.get();
            index.commit();
            assertThat(index.committed()).hasSize(records.size());
        } finally {
            pool.shutdown();
        }
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            // fewer than ten segments: the merge policy leaves them as flushed
            assertThat(reader.leaves()).hasSizeLessThanOrEqualTo(LuceneIndex.WRITERS);
            assertThat(reader.numDocs()).isEqualTo(records.size());
        }
    }
}
