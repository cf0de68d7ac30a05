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
 * 1,000,000; 10,000 for a quick look); {@link ScaleOptions} for running its steps apart and its
 * ingest in batches. The generated input, the home and the report are kept under
 * target/bench/scale-N (or {@code --dir}) and reused; delete them to start afresh.
 */
public final class ScaleBench {
    private static final int BASELINE_SAMPLE = 50_000;
    static final int CHANGED = 100;
    /**
     * What the update adds to each changed file, with a number after it. The default moves no name; one whose
     * first word the scanner reads as a mention ("Further remarks were noted at", the word then left to the
     * corpus to call ordinary) times an update whose names move: {@code -Dfonds.bench.sentence=...}.
     */
    private static final String SENTENCE = System.getProperty("fonds.bench.sentence", "A sentence added by the scale benchmark at");
    private static final int WARMUP = 50;
    private static final int RUNS = 300;

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        ScaleOptions options;
        try {
            options = ScaleOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int threads = Runtime.getRuntime().availableProcessors();
        Path home = options.dir().resolve("home");
        Path reportFile = options.dir().resolve("report.json");
        ScaleReport report = ScaleReport.load(reportFile, options.count(), threads);
        List<Path> files = needsInput(options) ? inputs(options.dir().resolve("input"), options.count(), report) : List.of();
        for (String phase : options.phases()) {
            report.starting(phase, Files.readString(Path.of("/proc/loadavg")).strip());
            long start = System.nanoTime();
            switch (phase) {
                case "baselines" -> baselines(files, options.dir(), threads, report);
                case "ingest" -> ingest(home, files, options.batch(), threads, report);
                case "update" -> update(home, files, threads, report);
                case "verify" -> verify(home, report);
                case "search" -> search(home, report);
                case "serve" -> serve(home, report);
                default -> throw new IllegalStateException(phase);
            }
            report.finished(phase, (System.nanoTime() - start) / 1e9);
            report.save(reportFile);
        }
        report.print(System.out);
    }

    private static boolean needsInput(ScaleOptions o) {
        return o.runs("baselines") || o.runs("ingest") || o.runs("update");
    }

    private static List<Path> inputs(Path input, int count, ScaleReport report) throws IOException {
        long have = Files.isDirectory(input) ? countFiles(input) : 0;
        if (have != count) {
            System.out.printf("generating %,d records into %s ...%n", count, input);
            long start = System.nanoTime();
            new Generator(1956).writeCorpus(input, count);
            report.finished(ScaleReport.GENERATE, (System.nanoTime() - start) / 1e9);
        }
        try (Stream<Path> s = Files.list(input)) {
            return s.sorted().toList();
        }
    }

    /**
     * Raw Lucene and raw OCFL on the first {@value #BASELINE_SAMPLE} records, as rates. The sample
     * is read and parsed on every thread first (untimed): on one it took longer than the baselines.
     */
    private static void baselines(List<Path> files, Path dir, int threads, ScaleReport report) throws Exception {
        List<Path> sample = files.subList(0, Math.min(files.size(), BASELINE_SAMPLE));
        byte[][] sources = new byte[sample.size()][];
        ArchiveRecord[] records = new ArchiveRecord[sample.size()];
        RecordParser parser = new RecordParser();
        IngestBench.parallel(threads, sample.size(), i -> {
            sources[i] = Files.readAllBytes(sample.get(i));
            records[i] = ((ParseOutcome.Accepted) parser.parse(sample.get(i).toString(), sources[i])).record();
        });
        Path work = Files.createTempDirectory(dir, "baselines-");
        IngestBench.settle();
        report.luceneRate = sample.size() / IngestBench.luceneAlone(List.of(records), work.resolve("lucene"), threads);
        IngestBench.settle();
        report.ocflRate = sample.size() / IngestBench.ocflAlone(List.of(records), List.of(sources), work.resolve("ocfl"), threads);
        report.baselineSample = sample.size();
        deleteTree(work);
    }

    /**
     * Ingests the files not ingested yet (at most {@code batch} of them when it is not 0), timed and
     * added to the report's ingest: a million records can be ingested in several sittings.
     */
    private static void ingest(Path home, List<Path> files, int batch, int threads, ScaleReport report) throws Exception {
        try (Archive archive = Archive.open(home, null, "bench")) {
            if (report.ingestedFiles == 0) {
                long have;
                try (Stream<String> ids = archive.documents().ids()) {
                    have = ids.count();
                }
                if (have == files.size()) {
                    System.out.printf("reusing the home of %,d documents in %s (ingest rate not measured again)%n", have, home);
                    return;
                }
            }
            int from = Math.min(report.ingestedFiles, files.size());
            int to = batch == 0 ? files.size() : Math.min(files.size(), from + batch);
            if (from == to) {
                System.out.printf("all %,d files are ingested already%n", files.size());
                return;
            }
            IngestBench.settle();
            long t = System.nanoTime();
            Archive.Ingested done = archive.ingest(files.subList(from, to), threads, Ingest.Progress.NONE, line -> { });
            double s = (System.nanoTime() - t) / 1e9;
            report.addIngest(to - from, s, done.tables().nanos() / 1e9);
            System.out.printf("ingest of files %,d-%,d: %s in %.1f s, derived tables %.1f s%n", from, to - 1,
                    done.summary().line(), s, done.tables().nanos() / 1e9);
        }
    }

    /**
     * Changes {@value #CHANGED} records' sources (a sentence added) and ingests them again. Only records
     * that keep their id are taken: a generated record without an archive's id or URL takes its id from
     * a digest of its text, so changing its text would add a record, not change one (session 19 found 10
     * such adds among the 100 "changed" records at a million).
     */
    private static void update(Path home, List<Path> files, int threads, ScaleReport report) throws Exception {
        if (report.ingestedFiles > 0 && report.ingestedFiles < files.size()) {
            System.out.printf("update: waits until every file is ingested (%,d of %,d so far)%n", report.ingestedFiles, files.size());
            return;
        }
        List<Path> changed = new ArrayList<>();
        int step = Math.max(1, files.size() / (CHANGED * 8));
        for (int i = 0; changed.size() < CHANGED && i < files.size(); i += step) {
            Path f = files.get(i);
            String text;
            try {
                text = Files.readString(f); // the generator writes some files in other encodings: those are passed over
            } catch (java.nio.charset.CharacterCodingException notUtf8) {
                continue;
            }
            String now = text + "\n" + SENTENCE + " " + System.nanoTime() + ".\n";
            if (!sameId(f, text, now)) continue;
            Files.writeString(f, now);
            changed.add(f);
        }
        try (Archive archive = Archive.open(home, null, "bench")) {
            long t = System.nanoTime();
            Archive.Ingested done = archive.ingest(changed, threads, Ingest.Progress.NONE, line -> { });
            report.updateSeconds = (System.nanoTime() - t) / 1e9;
            report.updateTables = done.tables().nanos() / 1e9;
            System.out.printf("update: %s in %.1f s, derived tables %.1f s%n", done.summary().line(), report.updateSeconds,
                    report.updateTables);
            // where the tables step's time went, and why who is who was worked out (or not) again
            done.tables().lines().forEach(System.out::println);
        }
    }

    /** True when {@code before} and {@code now} parse to records of one id (both refused: false). */
    private static boolean sameId(Path file, String before, String now) {
        RecordParser parser = new RecordParser();
        String name = file.getFileName().toString();
        return parser.parse(name, before.getBytes(StandardCharsets.UTF_8)) instanceof ParseOutcome.Accepted a
                && parser.parse(name, now.getBytes(StandardCharsets.UTF_8)) instanceof ParseOutcome.Accepted b
                && a.record().id().equals(b.record().id());
    }

    private static void verify(Path home, ScaleReport report) {
        try (Archive archive = Archive.openForReading(home, null)) {
            long t = System.nanoTime();
            List<String> problems = archive.verify();
            report.verifySeconds = (System.nanoTime() - t) / 1e9;
            report.verifyProblems = problems.size();
        }
    }

    /** Faceted, highlighted searches of words of the corpus, one at a time. */
    private static void search(Path home, ScaleReport report) {
        SearchBench.Workload work = SearchBench.Workload.from(new Generator(1956), 3_000);
        try (Archive archive = Archive.openForReading(home, null)) {
            report.search = percentiles(i -> archive.searcher().search(
                    new SearchRequest(work.term(i), Map.of(), SortOrder.RELEVANCE, 1, SearchRequest.DEFAULT_SIZE, true, true)));
        }
    }

    /** {@code fonds serve} as its own process: first page, pages, memory. */
    private static void serve(Path home, ScaleReport report) throws Exception {
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
}
