package org.fonds.store;

import org.fonds.record.stored.KeptProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsTest {
    @TempDir
    Path tmp;

    @Test
    void aRefusedInputIsKeptByteForByteWithItsReasonAndKeptOnceIfGivenTwice() throws IOException {
        Problems problems = new Problems(new ArchiveHome(tmp));
        byte[] junk = {0, 1, 2, (byte) 0xFF, 0, 42};
        String digest = problems.keep(junk, "in/junk.bin", "binary", "binary data", 1);
        problems.keep(junk, "again/junk.bin", "binary", "binary data", 1);
        problems.keep(new byte[0], "in/empty.txt", "empty", "file is empty", 0);
        assertThat(problems.list()).hasSize(2);
        assertThat(problems.bytes(digest)).isEqualTo(junk);
        assertThat(problems.list()).extracting(KeptProblem::code).containsExactlyInAnyOrder("binary", "empty");
    }

    /**
     * Two empty files in one folder, refused by two ingest workers at once: both keep the same bytes,
     * and neither may fail (both wrote one temporary file and the second rename found it gone).
     */
    @Test
    void theSameBytesRefusedByTwoWorkersAtOnceAreKeptOnceAndNeitherFails() throws Exception {
        for (int round = 0; round < 200; round++) {
            Problems problems = new Problems(new ArchiveHome(tmp.resolve("home-" + round)));
            byte[] empty = new byte[0];
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.List<java.util.concurrent.Future<String>> kept = new java.util.ArrayList<>();
                for (String file : java.util.List.of("in/a.txt", "in/b.txt")) {
                    kept.add(workers.submit(() -> {
                        start.await();
                        return problems.keep(empty, file, "empty", "file is empty", 0);
                    }));
                }
                assertThat(kept.get(0).get()).as("round %d", round).isEqualTo(kept.get(1).get());
            } finally {
                workers.shutdownNow();
            }
            assertThat(problems.list()).as("round %d", round).hasSize(1);
        }
    }
}
