package org.fonds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fonds.archive.Archive;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;

/**
 * {@code verify} on one thread against every core, alternated on the same home (after one
 * untimed pass that brings the home into the page cache), with the load before each run; then the
 * parts of {@link Archive#verify} besides the objects' check: the head versions read one by one,
 * and the whole of it. Run: {@code java -cp fonds-bench.jar:lib/* org.fonds.bench.VerifyBench HOME [ROUNDS]}.
 */
public final class VerifyBench {
    private VerifyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int cores = Runtime.getRuntime().availableProcessors();
        try (OcflStore store = OcflStore.openForReading(new ArchiveHome(root))) {
            List<String> expected = store.verify(true, cores);
            System.out.printf("%,d objects, %d problems; %d cores%n", store.ids().count(), expected.size(), cores);
            for (int r = 0; r < rounds; r++) {
                for (int threads : r % 2 == 0 ? new int[] {1, cores} : new int[] {cores, 1}) {
                    String load = load();
                    long t = System.nanoTime();
                    List<String> problems = store.verify(true, threads);
                    double s = (System.nanoTime() - t) / 1e9;
                    if (!problems.equals(expected)) throw new IllegalStateException("the problems differ on " + threads + " threads");
                    System.out.printf("round %d: store.verify on %d thread(s): %.1f s (load %s)%n", r, threads, s, load);
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (boolean parallel : r % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    String load = load();
                    long t = System.nanoTime();
                    if (parallel) store.ids().parallel().forEach(store::headVersion);
                    else store.ids().forEach(store::headVersion);
                    System.out.printf("round %d: head versions %s: %.1f s (load %s)%n", r, parallel ? "in a parallel stream" : "one by one",
                            (System.nanoTime() - t) / 1e9, load);
                }
            }
        }
        try (Archive archive = Archive.openForReading(root, null)) {
            String load = load();
            long t = System.nanoTime();
            int problems = archive.verify().size();
            System.out.printf("Archive.verify: %.1f s, %d problems (load %s)%n", (System.nanoTime() - t) / 1e9, problems, load);
        }
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
