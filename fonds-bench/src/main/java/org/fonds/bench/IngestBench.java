package org.fonds.bench;

import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.core.OcflRepositoryBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.StoreLayout;
import org.fonds.ingest.Ingest;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.archive.Archive;
import org.fonds.synth.Generator;

/**
 * End-to-end ingest against its two baselines, on the same generated records, in one process:
 * raw Lucene indexing alone (records parsed beforehand) and raw OCFL puts alone (ocfl-java, the
 * same two files per object, no parsing, no fsync). Each phase starts after an untimed sync.
 * Run: {@code ./fonds bench ingest [COUNT]}.
 */
public final class IngestBench {
    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("fonds-ingest-bench-");
        Path input = work.resolve("input");
        System.out.printf("Generating %,d records into %s ...%n", count, input);
        new Generator(1956).writeCorpus(input, count);
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files = s.sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        double mb = bytes / 1e6;

        // -Dbaselines=false: the Fonds phase alone, for runs at sizes where the parsed records held
        // for the baselines would crowd the heap (and to see how the ingest's rate moves as it grows)
        boolean baselines = Boolean.parseBoolean(System.getProperty("baselines", "true"));
        List<byte[]> sources = new ArrayList<>(count);
        List<ArchiveRecord> records = new ArrayList<>(count);
        RecordParser parser = new RecordParser();
        for (Path f : baselines ? files : List.<Path>of()) {
            byte[] b = Files.readAllBytes(f);
            sources.add(b);
            records.add(((ParseOutcome.Accepted) parser.parse(f.toString(), b)).record());
        }

        double[] settled = new double[3];
        double[] cpu = new double[3];
        double before;
        double lucene = Double.NaN;
        double ocfl = Double.NaN;
        if (baselines) {
            settled[0] = settle();
            before = cpuSeconds();
            lucene = luceneAlone(records, work.resolve("lucene-only"), threads);
            cpu[0] = cpuSeconds() - before;
            settled[1] = settle();
            before = cpuSeconds();
            ocfl = ocflAlone(records, sources, work.resolve("ocfl-only"), threads);
            cpu[1] = cpuSeconds() - before;
            records.clear();
            sources.clear();
        }
        Path home = work.resolve("fonds-home");
        Archive.Ingested[] done = new Archive.Ingested[1];
        Slices slices = new Slices(Integer.getInteger("slice", 5_000));
        settled[2] = settle();
        before = cpuSeconds();
        // the path a user runs: fonds ingest's own call, the derived tables step included
        double fonds = time(() -> {
            try (Archive archive = Archive.open(home, null, "bench")) {
                done[0] = archive.ingest(files, threads, new Ingest.Progress() {
                    @Override
                    public void update(int done, int total, long b, java.time.Duration elapsed) {
                        slices.seen(done, total, elapsed.toNanos() / 1e9, cpuSeconds());
                    }

                    @Override
                    public void finish() {
                    }
                }, line -> { });
            }
        });
        cpu[2] = cpuSeconds() - before;
        Ingest.Summary[] summary = {done[0].summary()};
        double tables = done[0].tables().nanos() / 1e9;

        System.out.printf("%nMachine: %d cores, %s %s%n", threads, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("Corpus: %,d generated records, %.1f MB (seed 1956); %s%n", count, mb, summary[0].line());
        if (baselines) {
            row("raw Lucene indexing alone", count, mb, lucene, work.resolve("lucene-only"));
            row("raw OCFL puts alone (no fsync)", count, mb, ocfl, work.resolve("ocfl-only"));
        }
        row("Fonds ingest (parse, store, fsync, index, tables)", count, mb, fonds, home);
        System.out.printf("  of which the derived tables step: %.1f s%n", tables);
        slices.print();
        // on a shared machine the wall times follow the load; the CPU a phase used much less so
        System.out.printf("CPU seconds of this process (cores busy on average): raw Lucene %.1f (%.2f), raw OCFL %.1f (%.2f),"
                + " Fonds %.1f (%.2f); Fonds / raw Lucene (CPU): %.2f%n", cpu[0], cpu[0] / lucene, cpu[1], cpu[1] / ocfl,
                cpu[2], cpu[2] / fonds, cpu[2] / cpu[0]);
        System.out.printf("Untimed sync before each phase (Lucene, OCFL, Fonds): %.1f s, %.1f s, %.1f s%n", settled[0],
                settled[1], settled[2]);
        double slower = Math.max(lucene, ocfl);
        if (baselines) System.out.printf("Fonds / slower baseline (time): %.2f; Fonds / raw OCFL: %.2f; Fonds / raw Lucene: %.2f%n",
                fonds / slower, fonds / ocfl, fonds / lucene);
        System.out.printf("Peak RSS: %s%n", peakRss());
        System.out.println("Work folder (delete when done): " + work);
    }


    /**
     * The workers' phase cut into slices of {@code size} records, as the progress reports come (every
     * quarter of a second): each slice's rate and process CPU a record, to see what grows with the
     * archive within one run.
     */
    static final class Slices {
        private final int size;
        private final List<double[]> marks = new ArrayList<>(); // done, seconds, cpu seconds
        private final double cpuAtStart = cpuSeconds();

        Slices(int size) {
            this.size = size;
            marks.add(new double[] {0, 0, cpuAtStart});
        }

        void seen(int done, int total, double seconds, double cpu) {
            int last = (int) marks.getLast()[0];
            if (done / size > last / size || done == total && done > last) marks.add(new double[] {done, seconds, cpu});
        }

        void print() {
            System.out.println("  the workers' phase by slices (records, wall s, records/s, CPU ms a record):");
            for (int i = 1; i < marks.size(); i++) {
                double[] a = marks.get(i - 1);
                double[] b = marks.get(i);
                double n = b[0] - a[0];
                System.out.printf("    %,7.0f-%,7.0f  %6.1f s  %6.0f/s  %6.2f ms%n", a[0], b[0], b[1] - a[1], n / (b[1] - a[1]),
                        (b[2] - a[2]) * 1e3 / n);
            }
        }
    }

    /** The first baseline: parsed records indexed by raw Lucene on {@code threads} threads, in seconds. */
    static double luceneAlone(List<ArchiveRecord> records, Path dir, int threads) throws Exception {
        int count = records.size();
        return time(() -> {
            try (LuceneIndex index = LuceneIndex.open(dir)) {
                parallel(threads, count, i -> index.put(records.get(i), 1));
                index.commit();
            }
        });
    }

    /** The second: the same two files per object put by raw ocfl-java (no parsing, no fsync), in seconds. */
    static double ocflAlone(List<ArchiveRecord> records, List<byte[]> sources, Path dir, int threads) throws Exception {
        int count = records.size();
        return time(() -> {
            OcflRepository repo = new OcflRepositoryBuilder().defaultLayoutConfig(StoreLayout.forNewStores())
                    .storage(s -> s.fileSystem(dir.resolve("ocfl"))).workDir(mkdirs(dir.resolve("work"))).build();
            parallel(threads, count, i -> repo.updateObject(ObjectVersionId.head(records.get(i).id()),
                    new VersionInfo().setMessage("bench"), u -> {
                        u.writeFile(new ByteArrayInputStream(sources.get(i)), "source.txt", OcflOption.OVERWRITE);
                        u.writeFile(new ByteArrayInputStream((RecordJson.write(records.get(i)) + "\n")
                                .getBytes(StandardCharsets.UTF_8)), "record.json", OcflOption.OVERWRITE);
                    }));
            repo.close();
        });
    }

    private static void row(String what, int count, double mb, double seconds, Path dir) throws IOException {
        System.out.printf("  %-44s %8.1f s  %,8.0f docs/s  %6.1f MB/s  on disk %,.0f MB%n", what, seconds, count / seconds,
                mb / seconds, size(dir) / 1e6);
    }

    interface Body {
        void run() throws Exception;
    }

    interface Task {
        void run(int i) throws Exception;
    }

    static double time(Body body) throws Exception {
        long start = System.nanoTime();
        body.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Writes out, untimed, what came before a phase and still sits in the page cache: the corpus and
     * the phase before. Without it, Fonds' first durable flush (a syncfs) also wrote the raw-OCFL
     * baseline's two gigabytes, and the baseline's writes were billed to Fonds. Returns its seconds.
     */
    static double settle() throws Exception {
        return time(() -> new ProcessBuilder("sync").inheritIO().start().waitFor());
    }

    static void parallel(int threads, int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                task.run(n);
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
    }

    static Path mkdirs(Path p) throws IOException {
        return Files.createDirectories(p);
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** CPU time of this whole process so far (every thread, the JVM's own included), in seconds. */
    static double cpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    static String peakRss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return line.substring(6).strip();
        }
        return "unknown";
    }
}
