package org.fonds.ingest;

import org.fonds.record.stored.VersionRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.record.stored.VersionSummary;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills ingest processes with SIGKILL at random moments, many times over one corpus, and proves
 * that each time the next opening of the store leaves it verified clean, and that a rerun completes
 * the work with every input stored exactly once and no version duplicated or missing.
 */
class CrashTest {
    private static final int DOCUMENTS = 1500;
    private static final int KILLS = Integer.getInteger("fonds.crash.kills", 12);

    @TempDir
    Path tmp;

    @Test
    void ingestKilledAtRandomMomentsLosesNothingAndDuplicatesNothing() throws Exception {
        Path input = tmp.resolve("in");
        new Generator(1917).writeCorpus(input, DOCUMENTS);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        Random random = new Random(4242);
        int killedWhileWriting = 0;
        int leftInFlight = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = start(home, input);
            // a busy machine can take seconds to reach the first write: the random moment is counted from there
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (p.isAlive() && inFlight(home) == 0 && System.nanoTime() < deadline) Thread.sleep(2);
            long wait = random.nextInt(600);
            boolean finished = p.waitFor(wait, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                killedWhileWriting++;
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            leftInFlight += inFlight(home);
            try (OcflStore store = OcflStore.open(home)) {
                assertThat(store.verify(true)).as("verify after kill %d (after %d ms)", k, wait).isEmpty();
            }
        }
        assertThat(killedWhileWriting).as("kills that hit a running ingest").isGreaterThan(KILLS / 2);
        assertThat(leftInFlight).as("objects a kill left half-written, which recovery had to mend").isPositive();

        Set<String> expectedIds = new HashSet<>();
        RecordParser parser = new RecordParser();
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            expectedIds.add(((ParseOutcome.Accepted) parser.parse(f.toString(), Files.readAllBytes(f))).record().id());
        }
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest.Summary rerun = new Ingest(store, index, new Problems(home), "rerun", 2).run(files, IngestTest.QUIET, line -> { });
            assertThat(rerun.refused()).isZero();
            assertThat(rerun.updated()).as("no input stored twice").isZero();
            assertThat(rerun.files()).isEqualTo(DOCUMENTS);
            assertThat(Verification.run(store, index)).as("store and index after the rerun").isEmpty();
            Set<String> stored = new HashSet<>(store.ids().toList());
            assertThat(stored).isEqualTo(expectedIds);
            for (String id : stored) {
                List<VersionSummary> history = store.history(id);
                assertThat(history).as("versions of " + id).extracting(VersionSummary::version).containsExactly(1);
                assertThat(store.read(id, VersionRef.of(1)).orElseThrow().source()).isNotEmpty();
            }
        }
        assertThat(home.root().resolve("journal")).isEmptyDirectory();
    }

    @Test
    void aSecondProcessWritingToTheSameHomeIsRefusedWithAClearMessage() throws Exception {
        Path input = tmp.resolve("in");
        new Generator(3).writeCorpus(input, 300);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        Process writer = start(home, input);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.fonds.store.WriteLock.acquire(home, "second ingest"))
                    .isInstanceOf(org.fonds.store.StoreException.class)
                    .hasMessageContaining("another fonds process is writing to " + home.root())
                    .hasMessageContaining("pid " + writer.pid());
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        // the kernel released the dead writer's lock: the next writer gets it
        org.fonds.store.WriteLock.acquire(home, "after").close();
    }

    /** The entries (one line each) in the journal segments a kill left. */
    private static int inFlight(ArchiveHome home) throws IOException {
        Path journal = home.root().resolve("journal");
        if (!Files.isDirectory(journal)) return 0;
        int entries = 0;
        try (Stream<Path> segments = Files.list(journal)) {
            for (Path segment : segments.toList()) entries += Files.readAllLines(segment).size();
        }
        return entries;
    }

    private static Process start(ArchiveHome home, Path input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                KillableIngest.class.getName(), home.root().toString(), input.toString())
                .redirectErrorStream(true).start();
        // wait until it holds the lock, so that every kill lands in the ingest itself
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("child started").isNotNull();
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        return p;
    }
}
