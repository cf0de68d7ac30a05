package org.fonds.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Decision;
import org.fonds.ingest.Ingest;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.stored.VersionRef;
import org.fonds.search.SearchRequest;
import org.fonds.store.ArchiveHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections of a real record (its title, or a decision), and of the people, killed with SIGKILL at random moments, in a process of their own:
 * after each kill the next writer to open the home finds the record at its last whole correction
 * (every version a whole record, carrying exactly the corrections made before it), the index and
 * tables brought to it, and {@code verify} clean.
 */
@NeedsShared("corpus/real")
class CorrectionCrashTest {
    private static final int KILLS = Integer.getInteger("fonds.crash.kills", 5);

    @TempDir
    Path tmp;

    @Test
    void aCorrectionKilledHalfWayLeavesTheOldStateOrTheNewAndVerifyClean() throws Exception {
        Path root = tmp.resolve("home");
        String id = ingest(root, "06_presidium_1956-11-03.txt");
        killRepeatedly(root, id, "title", 17, (archive, k) -> {
            ArchiveRecord r = oneVersionPerCorrection(archive, id);
            if (!r.corrections().isEmpty()) {
                assertThat(r.title()).isEqualTo(r.corrections().getLast().after().getFirst());
                Thread.sleep(1_100);
                assertThat(archive.searcher().search(SearchRequest.of("\"" + r.title() + "\"")).hits()).extracting(h -> h.title())
                        .contains(r.title());
            }
        });
    }

    /**
     * A decision added and removed in turn, killed at random moments: the record's last version
     * carries the corrections before it, and the session in the tables has the decision exactly
     * when the record's corrections leave it added.
     */
    @Test
    void aDecisionCorrectionKilledHalfWayLeavesTheOldStateOrTheNewAndVerifyClean() throws Exception {
        Path root = tmp.resolve("home");
        String id = ingest(root, "06_presidium_1956-11-03.txt");
        killRepeatedly(root, id, "decision", 1717, (archive, k) -> {
            oneVersionPerCorrection(archive, id);
            try (Tables t = archive.tables(Optional.empty(), l -> { })) {
                List<String> decisions = t.session(id).orElseThrow().decisions().stream().map(Decision::text).toList();
                if (KillableCorrections.added(archive, id)) assertThat(decisions).as("after kill %d", k).contains(KillableCorrections.DECISION);
                else assertThat(decisions).as("after kill %d", k).doesNotContain(KillableCorrections.DECISION);
            }
        });
    }

    /**
     * A person renamed and renamed back in turn, killed at random moments: the authority object's
     * last version is a whole change, and the tables name the person as it says.
     */
    @Test
    void aPeopleCorrectionKilledHalfWayLeavesTheOldStateOrTheNewAndVerifyClean() throws Exception {
        Path root = tmp.resolve("home");
        ingest(root, "b18_hungarian_record_dprk_ambassador_1972-08-30.txt");
        killRepeatedly(root, "marjai-jozsef", "people", 171717, (archive, k) -> {
            List<PeopleChange> changes = archive.peopleChanges();
            assertThat(changes).extracting(PeopleChange::n).as("one version per change").isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, changes.size()).boxed().toList());
            String expected = changes.size() % 2 == 1 ? KillableCorrections.RENAMED : KillableCorrections.PARSED_NAME;
            try (Tables t = archive.tables(Optional.empty(), l -> { })) {
                assertThat(t.person("marjai-jozsef").orElseThrow().preferredName()).as("after kill %d", k).isEqualTo(expected);
            }
        });
    }

    /** What a test checks of the home after kill {@code k}, besides a clean verify and no in-flight mark. */
    private interface AfterKill {
        void check(Archive archive, int k) throws Exception;
    }

    /** Ingests one real record into a new home; its id. */
    private static String ingest(Path root, String realDoc) {
        try (Archive archive = Archive.open(root, null, "test")) {
            archive.ingest(List.of(Seeds.corpus("real/docs").resolve(realDoc)), 1, Ingest.Progress.NONE, l -> { });
            return archive.documents().ids().findFirst().orElseThrow();
        }
    }

    /**
     * {@link #KILLS} times: a child making corrections of {@code mode} on {@code target}, SIGKILLed at a
     * random moment (no shutdown hooks, no finally blocks), then the home opened and checked.
     */
    private static void killRepeatedly(Path root, String target, String mode, long seed, AfterKill check) throws Exception {
        Random random = new Random(seed);
        int killedInFlight = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = start(root, target, mode);
            Thread.sleep(random.nextInt(1500));
            killedInFlight += Files.exists(new ArchiveHome(root).correctionInFlight()) ? 1 : 0;
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Archive archive = Archive.open(root, null, "test")) {
                assertThat(archive.verify()).as("verify after kill %d", k).isEmpty();
                assertThat(Files.exists(new ArchiveHome(root).correctionInFlight())).isFalse();
                check.check(archive, k);
            }
        }
        assertThat(killedInFlight).as("kills that landed in a correction").isPositive();
    }

    /** The record's latest version: one version per correction after the ingest's. */
    private static ArchiveRecord oneVersionPerCorrection(Archive archive, String id) {
        int version = archive.documents().read(id, VersionRef.LATEST).orElseThrow().version();
        ArchiveRecord r = archive.documents().record(id).orElseThrow();
        assertThat(r.corrections()).as("one version per correction after the ingest's").hasSize(version - 1);
        return r;
    }

    private static Process start(Path root, String id, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                KillableCorrections.class.getName(), root.toString(), id, mode).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        // the first correction of a cold JVM takes seconds: the random moments are counted from its end
        while ((line = out.readLine()) != null && !line.startsWith("corrected in")) {
            // the JVM's and Lucene's start-up lines
        }
        assertThat(line).as("child's first correction").startsWith("corrected in");
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
