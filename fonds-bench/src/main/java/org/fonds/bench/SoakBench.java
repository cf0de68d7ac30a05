package org.fonds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.fonds.archive.Archive;
import org.fonds.record.RecordJson;
import org.fonds.store.ArchiveHome;
import org.fonds.synth.Generator;
import org.fonds.synth.Synthetic;

/**
 * The everyday load, long: {@code fonds serve} on a home of N generated records, 8 clients asking
 * for search pages, faceted API searches, documents, people and sessions for 10 minutes, and an
 * ingest of 1,000 new records into the same home while they do. Reports the requests, every error
 * (a status other than 200, or no answer), p50/p99/max, and the server's RSS sampled every 10 s
 * (flat after warm-up is the aim). Run: {@code ./fonds bench soak [N] [MINUTES] [CLIENTS]} (default
 * 100,000, 10, 8); the home is made once under target/bench and reused.
 */
public final class SoakBench {
    private static final int INGESTED_DURING = 1_000;

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path dir = Path.of("target", "bench", "soak-" + count).toAbsolutePath();
        ArchiveHome home = new ArchiveHome(dir.resolve("home"));
        BenchArchive.ensure(dir, home, count);
        Path extra = extraRecords(dir, count);
        SearchBench.Workload work = SearchBench.Workload.from(new Generator(1956), 3_000);
        List<String> ids;
        try (Archive archive = Archive.openForReading(home.root(), null); Stream<String> s = archive.documents().ids()) {
            ids = new ArrayList<>(s.limit(5_000).toList());
        }
        try (ServedHome server = ServedHome.start(home.root())) {
            String base = server.base();
            List<String> people = listed(base + "/api/people?size=200", "id");
            List<String> sessions = listed(base + "/api/sessions?size=200", "documentId");
            Urls urls = i -> switch (i % 5) {
                case 0 -> base + "/search?q=" + enc(work.term(i));
                case 1 -> base + "/api/search?q=" + enc(work.and(i)) + "&facet.year=" + work.year(i);
                case 2 -> base + "/documents/" + enc(ids.get(Math.floorMod(i * 31, ids.size())));
                case 3 -> base + "/people/" + enc(people.get(Math.floorMod(i * 7, people.size())));
                default -> base + "/sessions/" + enc(sessions.get(Math.floorMod(i * 13, sessions.size())));
            };
            for (int i = 0; i < 500; i++) ServedHome.get(urls.of(i)); // warm-up, not counted
            long warm = server.rssMb();
            long warmAnonymous = server.anonymousMb();
            Result r = soak(server, urls, clients, minutes * 60_000L, home.root(), extra);
            System.out.printf("%n%,d records served; %d clients for %d min; an ingest of %,d records during it (exit %d, %.0f s)%n",
                    count, clients, minutes, INGESTED_DURING, r.ingestStatus, r.ingestSeconds);
            System.out.printf("%,d requests, %,d errors; p50 %.1f ms, p99 %.1f ms, max %.0f ms%n", r.requests, r.errors.size(),
                    r.p(0.5), r.p(0.99), r.p(1.0));
            System.out.printf("RSS after warm-up %,d MB; every 10 s: %s MB; at the end %,d MB%n", warm, r.rss, server.rssMb());
            System.out.printf("of which the process's own (RssAnon: heap, native, stacks; the rest is mapped index and tables files)"
                    + " after warm-up %,d MB; every 10 s: %s MB%n", warmAnonymous, r.anonymous);
            System.out.printf("heap used after a full GC at the end: %,d MB%n", server.heapAfterGcMb());
            r.errors.stream().limit(20).forEach(e -> System.out.println("  error: " + e));
            System.out.printf("load at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    interface Urls {
        String of(int i);
    }

    private record Result(long requests, List<String> errors, long[] nanos, List<Long> rss, List<Long> anonymous, int ingestStatus,
                          double ingestSeconds) {
        double p(double q) {
            if (nanos.length == 0) return Double.NaN;
            return nanos[Math.min(nanos.length - 1, (int) (nanos.length * q))] / 1e6;
        }
    }

    private static Result soak(ServedHome server, Urls urls, int clients, long millis, Path home, Path extra) throws Exception {
        long end = System.currentTimeMillis() + millis;
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong requests = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = 1_000 + c * 104_729;
            fs.add(pool.submit(() -> {
                for (int i = offset; System.currentTimeMillis() < end; i++) {
                    String url = urls.of(i);
                    long t = System.nanoTime();
                    int status = ServedHome.get(url);
                    nanos.add(System.nanoTime() - t);
                    requests.incrementAndGet();
                    if (status != 200) errors.add(status + " " + url);
                }
                return null;
            }));
        }
        // the ingest starts after a fifth of the soak, as a user's would: its own process, the home's lock
        double[] ingest = new double[1];
        int[] status = new int[1];
        fs.add(pool.submit(() -> {
            Thread.sleep(millis / 5);
            long t = System.nanoTime();
            status[0] = ServedHome.run(List.of("ingest", "--home", home.toString(), extra.toString()));
            ingest[0] = (System.nanoTime() - t) / 1e9;
            return null;
        }));
        List<Long> rss = new ArrayList<>();
        List<Long> anonymous = new ArrayList<>();
        while (System.currentTimeMillis() < end) {
            Thread.sleep(10_000);
            rss.add(server.rssMb());
            anonymous.add(server.anonymousMb());
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(requests.get(), List.copyOf(errors), sorted, rss, anonymous, status[0], ingest[0]);
    }

    /** {@value #INGESTED_DURING} records the home does not hold yet, written once. */
    private static Path extraRecords(Path dir, int count) throws Exception {
        Path extra = dir.resolve("extra");
        if (!Files.isDirectory(extra)) {
            Files.createDirectories(extra);
            Generator g = new Generator(1956);
            for (int i = 0; i < INGESTED_DURING; i++) {
                Synthetic s = g.generate(count + i);
                Files.write(extra.resolve(s.fileName()), s.bytes());
            }
        }
        return extra;
    }

    private static List<String> listed(String url, String field) throws Exception {
        JsonNode page = RecordJson.mapper().readTree(ServedHome.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<String> out = new ArrayList<>();
        for (JsonNode n : page.path("items")) out.add(n.path(field).asText());
        if (out.isEmpty()) throw new IllegalStateException("nothing listed at " + url);
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
