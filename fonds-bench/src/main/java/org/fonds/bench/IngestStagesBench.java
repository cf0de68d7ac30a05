package org.fonds.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.ExtractsInHand;
import org.fonds.deliberation.people.RecordNames;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.Deposit;
import org.fonds.store.OcflStore;
import org.fonds.synth.Generator;

/**
 * An ingest worker's stages one by one, on one thread, in CPU milliseconds per record of that
 * thread (which a shared machine's load disturbs less than wall time): parse, store (a real OCFL
 * store, the journal included), the name scan, the index (a real Lucene index; its merge threads
 * are not counted) and the tables' extract. {@code fonds bench stages [N] [generated|real|seeds] [ROUNDS]}:
 * N records, generated (seed 1956) or the shared corpus's records repeated to N, each copy under an
 * id of its own; each round a new store and index (and other generated records), the first round warming up.
 */
public final class IngestStagesBench {
    private static final String[] STAGES = {"parse", "store", "names", "index", "extract"};
    /**
     * {@code -Dstore=false} leaves the store out: alone on one thread each put waits for a journal
     * force of its own (an ingest's workers share them), which makes the run long and its figure the kernel's.
     */
    private static final boolean STORE = !"false".equals(System.getProperty("store"));

    private IngestStagesBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        String corpus = args.length > 1 ? args[1] : "generated";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%,d %s records; load: %.2f%n", count, corpus, load());
        for (int round = 1; round <= rounds; round++) {
            // generated: other records each round, so that nothing a stage keeps from the round before (the name
            // readings PersonName keeps) is found again more often than in an ingest of new records
            long[] nanos = round(sources(corpus, count, round), threads);
            StringBuilder line = new StringBuilder("round " + round + " (ms CPU per record):");
            long total = 0;
            for (int s = 0; s < STAGES.length; s++) {
                line.append(String.format(" %s %.3f (user %.3f)", STAGES[s], nanos[s] / 1e6 / count, nanos[STAGES.length + s] / 1e6 / count));
                total += nanos[s];
            }
            System.out.printf("%s; all %.3f; load %.2f%n", line, total / 1e6 / count, load());
        }
    }

    private static long[] round(List<byte[]> sources, ThreadMXBean threads) throws Exception {
        Path work = Files.createTempDirectory("fonds-stages-");
        long[] nanos = new long[STAGES.length * 2];
        RecordParser parser = new RecordParser();
        ExtractsInHand extracts = new ExtractsInHand();
        OcflStore store = OcflStore.open(new ArchiveHome(work.resolve("home")));
        try (LuceneIndex index = LuceneIndex.open(work.resolve("index"))) {
            for (int i = 0; i < sources.size(); i++) {
                int n = i;
                ArchiveRecord[] record = new ArchiveRecord[1];
                RecordNames[] names = new RecordNames[1];
                timed(threads, nanos, 0, () -> {
                    ArchiveRecord parsed = ((ParseOutcome.Accepted) parser.parse("r" + n + ".txt", sources.get(n))).record();
                    // the shared corpus repeated: each copy a document of its own, as N different records would be
                    record[0] = parsed.withId(parsed.id() + "-" + n);
                });
                if (STORE) timed(threads, nanos, 1, () -> store.put(new Deposit(sources.get(n), "r" + n + ".txt", record[0], "bench")));
                timed(threads, nanos, 2, () -> {
                    names[0] = RecordNames.of(record[0]);
                    names[0].scan();
                });
                timed(threads, nanos, 3, () -> index.put(record[0], 1, names[0].scan()));
                timed(threads, nanos, 4, () -> extracts.stored(record[0], names[0]));
                if ((i + 1) % 500 == 0) store.flush();
            }
            timed(threads, nanos, 3, index::commit);
            store.flush();
        }
        try (var walk = Files.walk(work)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        return nanos;
    }

    /** Adds the thread's CPU time of {@code body} to {@code cpu[stage]}, and its user time to {@code cpu[STAGES + stage]}. */
    private static void timed(ThreadMXBean threads, long[] cpu, int stage, Runnable body) {
        long c = threads.getCurrentThreadCpuTime();
        long u = threads.getCurrentThreadUserTime();
        body.run();
        cpu[stage] += threads.getCurrentThreadCpuTime() - c;
        cpu[STAGES.length + stage] += threads.getCurrentThreadUserTime() - u;
    }

    private static List<byte[]> sources(String corpus, int count, int round) throws Exception {
        List<byte[]> out = new ArrayList<>(count);
        if (corpus.equals("generated")) {
            Generator g = new Generator(1956);
            for (int i = 0; i < count; i++) out.add(g.generate((round - 1) * count + i).bytes());
            return out;
        }
        List<byte[]> files = ParseBenchmark.files(corpus.equals("real") ? "real/docs" : "seeds");
        RecordParser parser = new RecordParser();
        // only what is accepted: a refused file is no ingest worker's full work
        List<byte[]> accepted = new ArrayList<>();
        for (byte[] f : files) if (parser.parse("f.txt", f) instanceof ParseOutcome.Accepted) accepted.add(f);
        for (int i = 0; i < count; i++) out.add(accepted.get(i % accepted.size()));
        return out;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
