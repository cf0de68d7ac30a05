package org.fonds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fonds.archive.Archive;
import org.fonds.ingest.Ingest;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.search.SearchRequest;
import org.fonds.search.SortOrder;
import org.fonds.synth.Generator;

/**
 * A whole archive of N generated records, end to end, each step the one a user runs: ingest
 * through {@link Archive} (parse, store with fsync, index, derived tables) against raw OCFL and raw
 * Lucene on a sample in the same run; the update after 100 changed records; {@code verify}; faceted,
 * highlighted searches; then {@code fonds serve} in a process of its own: time to its first page,
 * person and session pages, its heap and RSS. Run: {@code ./fonds bench scale [N]} (default
 * 1,000,000; 10,000 for a quick look). The generated input and the home are kept under
 * target/bench/scale-N and reused; delete them to start afresh.
 */
public final class ScaleBench {
    private static final int BASELINE_SAMPLE = 50_000;
    private static final int CHANGED = 100;
    private static final int WARMUP = 50;
    private static final int RUNS = 300;

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        int threads = Runtime.getRuntime().availableProcessors();
        Path dir = Path.of("target", "bench", "scale-" + count).toAbsolutePath();
        Path input = dir.resolve("input");
        Path home = dir.resolve("home");
        List<Path> files = inputs(input, count);
        Report report = new Report(count, threads);

        baselines(files, dir, threads, report);
        ingest(home, files, threads, report);
        update(home, files, threads, report);
        verify(home, report);
        search(home, report);
        serve(home, report);
        report.print();
    }

    private static List<Path> inputs(Path input, int count) throws IOException {
        long have = Files.isDirectory(input) ? countFiles(input) : 0;
        if (have != count) {
            System.out.printf("generating %,d records into %s ...%n", count, input);
            new Generator(1956).writeCorpus(input, count);
        }
        try (Stream<Path> s = Files.list(input)) {
            return s.sorted().toList();
        }
    }

    /** Raw Lucene and raw OCFL on the first {@value #BASELINE_SAMPLE} records, as rates. */
    private static void baselines(List<Path> files, Path dir, int threads, Report report) throws Exception {
        List<Path> sample = files.subList(0, Math.min(files.size(), BASELINE_SAMPLE));
        List<byte[]> sources = new ArrayList<>(sample.size());
        List<ArchiveRecord> records = new ArrayList<>(sample.size());
        RecordParser parser = new RecordParser();
        for (Path f : sample) {
            byte[] b = Files.readAllBytes(f);
            sources.add(b);
            records.add(((ParseOutcome.Accepted) parser.parse(f.toString(), b)).record());
        }
        Path work = Files.createTempDirectory(dir, "baselines-");
        IngestBench.settle();
        report.luceneRate = sample.size() / IngestBench.luceneAlone(records, work.resolve("lucene"), threads);
        IngestBench.settle();
        report.ocflRate = sample.size() / IngestBench.ocflAlone(records, sources, work.resolve("ocfl"), threads);
        report.baselineSample = sample.size();
        deleteTree(work);
    }

    private static void ingest(Path home, List<Path> files, int threads, Report report) throws Exception {
        try (Archive archive = Archive.open(home, null, "bench")) {
            long have;
            try (Stream<String> ids = archive.documents().ids()) {
                have = ids.count();
            }
            if (have == files.size()) {
                System.out.printf("reusing the home of %,d documents in %s (ingest rate not measured again)%n", have, home);
                return;
            }
            IngestBench.settle();
            long t = System.nanoTime();
            Archive.Ingested done = archive.ingest(files, threads, Ingest.Progress.NONE, line -> { });
            double s = (System.nanoTime() - t) / 1e9;
            report.ingestRate = files.size() / s;
            report.ingestSeconds = s;
            report.tablesBuild = done.tables().nanos() / 1e9;
            System.out.printf("ingest: %s in %.1f s, derived tables %.1f s%n", done.summary().line(), s, report.tablesBuild);
        }
    }

    /** Changes {@value #CHANGED} records' sources (a sentence added) and ingests them again. */
    private static void update(Path home, List<Path> files, int threads, Report report) throws Exception {
        List<Path> changed = new ArrayList<>();
        int step = Math.max(1, files.size() / (CHANGED * 2));
        for (int i = 0; changed.size() < CHANGED && i < files.size(); i += step) {
            Path f = files.get(i);
            String text;
            try {
                text = Files.readString(f); // the generator writes some files in other encodings: those are passed over
            } catch (java.nio.charset.CharacterCodingException notUtf8) {
                continue;
            }
            Files.writeString(f, text + "\nA sentence added by the scale benchmark at " + System.nanoTime() + ".\n");
            changed.add(f);
        }
        try (Archive archive = Archive.open(home, null, "bench")) {
            long t = System.nanoTime();
            Archive.Ingested done = archive.ingest(changed, threads, Ingest.Progress.NONE, line -> { });
            report.updateSeconds = (System.nanoTime() - t) / 1e9;
            report.updateTables = done.tables().nanos() / 1e9;
            System.out.printf("update: %s in %.1f s, derived tables %.1f s%n", done.summary().line(), report.updateSeconds,
                    report.updateTables);
        }
    }

    private static void verify(Path home, Report report) {
        try (Archive archive = Archive.openForReading(home, null)) {
            long t = System.nanoTime();
            List<String> problems = archive.verify();
            report.verifySeconds = (System.nanoTime() - t) / 1e9;
            report.verifyProblems = problems.size();
        }
    }

    /** Faceted, highlighted searches of words of the corpus, one at a time. */
    private static void search(Path home, Report report) {
        SearchBench.Workload work = SearchBench.Workload.from(new Generator(1956), 3_000);
        try (Archive archive = Archive.openForReading(home, null)) {
            report.search = percentiles(i -> archive.searcher().search(
                    new SearchRequest(work.term(i), Map.of(), SortOrder.RELEVANCE, 1, SearchRequest.DEFAULT_SIZE, true, true)));
        }
    }

    /** {@code fonds serve} as its own process: first page, pages, memory. */
    private static void serve(Path home, Report report) throws Exception {
        try (ServedHome server = ServedHome.start(home)) {
            String base = server.base();
            report.firstPage = server.startSeconds();
            String person = busiest(base + "/api/people?size=200", "id", "documents");
            String session = busiest(base + "/api/sessions?size=200", "documentId", "participants");
            report.personPage = percentiles(i -> check(ServedHome.get(base + "/people/" + enc(person))));
            report.sessionPage = percentiles(i -> check(ServedHome.get(base + "/sessions/" + enc(session))));
            report.serveRss = server.rssMb();
            report.serveHeap = server.heapAfterGcMb();
        }
    }

    /** The id of the entry with the largest {@code field} among the first page of {@code url}. */
    private static String busiest(String url, String idField, String field) throws Exception {
        JsonNode page = RecordJson.mapper().readTree(ServedHome.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode best = null;
        for (JsonNode n : page.path("items")) if (best == null || n.path(field).asInt() > best.path(field).asInt()) best = n;
        if (best == null) throw new IllegalStateException("nothing listed at " + url);
        return best.path(idField).asText();
    }

    interface Run {
        void run(int i) throws Exception;
    }

    /** p50 and p99 in milliseconds of {@value #RUNS} runs after {@value #WARMUP} of warm-up. */
    private static double[] percentiles(Run r) {
        try {
            for (int i = 0; i < WARMUP; i++) r.run(i);
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                r.run(WARMUP + i);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            return new double[] {nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.99)] / 1e6};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(int status) {
        if (status != 200) throw new IllegalStateException("a page answered " + status);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** What was measured, printed as the table of BENCHMARKS.md with the aims of issue 14. */
    private static final class Report {
        final int count;
        final int threads;
        int baselineSample;
        double luceneRate;
        double ocflRate;
        double ingestRate = Double.NaN;
        double ingestSeconds = Double.NaN;
        double tablesBuild = Double.NaN;
        double updateSeconds;
        double updateTables;
        double verifySeconds;
        int verifyProblems;
        double[] search;
        double firstPage;
        double[] personPage;
        double[] sessionPage;
        long serveRss;
        long serveHeap;

        Report(int count, int threads) {
            this.count = count;
            this.threads = threads;
        }

        void print() throws IOException {
            double slower = Math.min(luceneRate, ocflRate);
            System.out.printf("%n%,d generated records; %d cores; %s %s; load before: %s%n", count, threads,
                    System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.println("| what | measured | aim |");
            System.out.println("|---|---|---|");
            System.out.printf("| raw Lucene / raw OCFL alone (first %,d records) | %,.0f / %,.0f docs/s | |%n", baselineSample,
                    luceneRate, ocflRate);
            System.out.printf("| ingest, tables included | %,.0f docs/s (%.0f s; tables %.1f s) | >= 500 docs/s |%n", ingestRate,
                    ingestSeconds, tablesBuild);
            System.out.printf("| ingest time / slower baseline's | %.2f | <= 2 |%n", slower / ingestRate);
            System.out.printf("| update after %d changed records | %.1f s (tables %.1f s) | tables <= 5 s |%n", CHANGED,
                    updateSeconds, updateTables);
            System.out.printf("| verify | %.1f s, %d problems | |%n", verifySeconds, verifyProblems);
            System.out.printf("| search, faceted and highlighted, p50 / p99 | %.1f / %.1f ms | |%n", search[0], search[1]);
            System.out.printf("| serve: first page after start | %.2f s | <= 1 s |%n", firstPage);
            System.out.printf("| person page p50 / p99 | %.1f / %.1f ms | p99 <= 100 ms |%n", personPage[0], personPage[1]);
            System.out.printf("| session page p50 / p99 | %.1f / %.1f ms | p99 <= 100 ms |%n", sessionPage[0], sessionPage[1]);
            System.out.printf("| serve heap after GC / RSS | %,d / %,d MB | RSS <= 2,048 MB |%n", serveHeap, serveRss);
        }
    }
}
