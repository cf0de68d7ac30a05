package org.fonds.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.fonds.record.RecordJson;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.synth.Generator;

/**
 * Reading-room page times on an archive of N generated records, served by {@code fonds serve} in a
 * JVM of its own as a user starts it ({@link ServedHome}): the time from starting that JVM to its
 * first page (without and with the start-up cache, and through the launcher as a user starts it; with the first page's answers counted, as the
 * first serve after an ingest does, and kept from an earlier serve, as every later one takes them), then each kind of page requested over HTTP on this machine one after another, beside
 * a bare {@code /health} request (the HTTP floor): document pages (with their versions), search pages
 * (facets and snippets), and the pages of issue 13: the pictures (heat map, chronology, who sat
 * together, for all dates and for a year), their data, the chronology of every dated record (all dates,
 * a year, a month), a page of the archival references, the list of sessions and a session's page,
 * the problems page (the home holds refused files and records with warnings: {@link ProblemFiles}),
 * and the bibliography of a search in each format, whole, to its first and last byte ({@link StreamedBody}).
 * Run: {@code ./fonds bench web [COUNT]} (default 100,000); the archive is built once under
 * target/bench and reused.
 */
public final class WebBench {
    static final int REQUESTS = 500;
    static final int WARMUP = 100;
    /** Timed downloads of each format (after one untimed): {@code -Dfonds.bench.downloads=N}. */
    static final int DOWNLOADS = Integer.getInteger("fonds.bench.downloads", 5);

    private WebBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        Path dir = Path.of("target", "bench", "web-" + count).toAbsolutePath();
        ArchiveHome home = new ArchiveHome(dir.resolve("home"));
        // refused files and records with warnings among the generated ones, so /problems has something to list
        BenchArchive.ensure(dir, home, count, ProblemFiles::write);
        SearchBench.Workload work = SearchBench.Workload.from(new Generator(1956), Math.min(count, 3_000));
        List<String> ids;
        try (OcflStore store = OcflStore.openForReading(home); Stream<String> s = store.ids()) {
            ids = new ArrayList<>(s.limit(5_000).toList());
        }
        // the first page of a start, counted (the first serve after an ingest) and from the answers a serve keeps
        java.util.Optional<ServedHome.Starts> cached = ServedHome.startWithCache(home.root(), dir);
        ServedHome.Starts plain = ServedHome.startPlain(home.root());
        java.util.Optional<ServedHome.Starts> launched = ServedHome.startThroughLauncher(home.root());
        try (ServedHome server = ServedHome.start(home.root())) {
            String base = server.base();
            System.out.printf("%n| `fonds serve`: seconds from starting its JVM to the first page of `/` | answers counted | answers kept |%n|---|---|---|%n");
            System.out.printf("| plain `java` (no start-up cache) | %.2f | %.2f |%n", plain.counted(), plain.kept());
            cached.ifPresent(c -> System.out.printf("| ahead-of-time cache of a serve of this home (JDK 25+) | %.2f | %.2f |%n", c.counted(), c.kept()));
            launched.ifPresent(c -> System.out.printf("| `./fonds serve`, as a user starts it (the launcher's build, start-up cache and options) | %.2f | %.2f |%n",
                    c.counted(), c.kept()));
            List<String> sessions = sessions(base);
            List<String> years = years(base, sessions);
            List<String> people = people(base);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            System.out.printf("%n| page | p50 ms | p99 ms |%n|---|---|---|%n");
            report("health (HTTP floor)", http, i -> base + "/health");
            report("document page", http, i -> base + "/documents/" + ids.get(i % ids.size()));
            report("search page: word, facets, snippets", http, i -> base + "/search?q=" + enc(work.term(i)));
            report("search page: phrase + year facet", http, i -> base + "/search?q=" + enc(work.phrase(i)) + "&facet.year=" + work.year(i));
            report("heat map, first sessions", http, i -> base + "/pictures/attendance");
            report("heat map of a year", http, i -> base + "/pictures/attendance?from=" + years.get(i % years.size()) + "&to="
                    + years.get(i % years.size()));
            report("heat map data (CSV)", http, i -> base + "/pictures/attendance.csv");
            report("timeline of a year", http, i -> base + "/pictures/timeline?from=" + years.get(i % years.size()) + "&to="
                    + years.get(i % years.size()));
            report("who sat together, a year", http, i -> base + "/pictures/network?from=" + years.get(i % years.size()) + "&to="
                    + years.get(i % years.size()));
            report("chronology of every dated record, all dates", http, i -> base + "/pictures/chronology");
            report("chronology of a year", http, i -> base + "/pictures/chronology?from=" + years.get(i % years.size()) + "&to="
                    + years.get(i % years.size()));
            report("chronology of a month", http, i -> base + "/pictures/chronology?from=" + years.get(i % years.size())
                    + "-0" + (1 + i % 9) + "&to=" + years.get(i % years.size()) + "-0" + (1 + i % 9));
            report("archival references, a page", http, i -> base + "/references?page=" + (1 + i % 5));
            report("list of sessions, a page", http, i -> base + "/sessions?page=" + (1 + i % 50));
            report("session page", http, i -> base + "/sessions/" + enc(sessions.get(i % sessions.size())));
            // a person's turns a page at a time: the statements' texts read with the page (issue 14)
            report("person page", http, i -> base + "/people/" + enc(people.get(i % people.size())));
            report("person in the API, a page of everything", http, i -> base + "/api/people/" + enc(people.get(i % people.size())));
            problems(base, http);
            downloads(base, http);
        }
    }

    /** The problems page (refused files, records with warnings: issue 13 item 4), its first pages in turn. */
    private static void problems(String base, HttpClient http) throws Exception {
        String first = ServedHome.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/problems")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        // a home made before the bench wrote its problem files would time an empty page: say so beside the figures
        if (!first.contains("problem-empty-1.txt")) System.out.println("(this home holds none of the bench's refused files: /problems lists less)");
        report("problems: refused files and records with warnings, a page", http, i -> base + "/problems?page=" + (1 + i % 4));
    }

    /**
     * The bibliography of a search with many hits (issue 13 item 3): every document, so the download
     * stops at the cap of 10,000 at 100,000 records, in each format, whole, timed to its last byte.
     * Few runs: each reads its hits' records from the store.
     */
    private static void downloads(String base, HttpClient http) throws Exception {
        System.out.printf("%n| download of a search: every document (at most 10,000), %d runs after 1 | first byte p50 ms | last byte p50 ms"
                + " | last byte max ms | bytes |%n|---|---|---|---|---|%n", DOWNLOADS);
        for (String format : List.of("ris", "bibtex", "csl-json", "csv")) {
            String url = base + "/search/download?format=" + format;
            StreamedBody.get(http, url);
            StreamedBody[] runs = new StreamedBody[DOWNLOADS];
            for (int i = 0; i < DOWNLOADS; i++) runs[i] = StreamedBody.get(http, url);
            StreamedBody.Summary s = StreamedBody.Summary.of(runs);
            System.out.printf("| %s | %.2f | %.2f | %.2f | %,d |%n", format, s.firstP50(), s.lastP50(), s.lastMax(), s.bytes());
        }
    }

    /** Session ids from the API's first pages. */
    private static List<String> sessions(String base) throws Exception {
        List<String> out = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            JsonNode n = RecordJson.mapper().readTree(ServedHome.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions?size=200&page="
                    + page)).build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode item : n.path("items")) out.add(item.path("documentId").asText());
        }
        if (out.isEmpty()) throw new IllegalStateException("no sessions listed at " + base + "/api/sessions");
        return out;
    }

    /** The people the API lists first (by id). */
    private static List<String> people(String base) throws Exception {
        List<String> out = new ArrayList<>();
        JsonNode n = RecordJson.mapper().readTree(ServedHome.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/people?size=100"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode item : n.path("items")) out.add(item.path("id").asText());
        if (out.isEmpty()) throw new IllegalStateException("no people listed at " + base + "/api/people");
        return out;
    }

    /** The years the sessions listed fall in, to ask the pictures for one year at a time. */
    private static List<String> years(String base, List<String> sessions) throws Exception {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String id : sessions.subList(0, Math.min(50, sessions.size()))) {
            JsonNode n = RecordJson.mapper().readTree(ServedHome.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/sessions/"
                    + enc(id))).build(), HttpResponse.BodyHandlers.ofString()).body());
            String date = n.path("date").asText("");
            if (date.length() >= 4) out.add(date.substring(0, 4));
        }
        if (out.isEmpty()) out.add("1956");
        return new ArrayList<>(out);
    }

    interface Url {
        String of(int i);
    }

    private static void report(String label, HttpClient http, Url url) throws Exception {
        for (int i = 0; i < WARMUP; i++) get(http, url.of(i));
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            int status = get(http, url.of(WARMUP + i));
            nanos[i] = System.nanoTime() - t;
            if (status != 200) throw new IllegalStateException(url.of(WARMUP + i) + " answered " + status);
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %.2f | %.2f |%n", label, nanos[REQUESTS / 2] / 1e6, nanos[(int) (REQUESTS * 0.99)] / 1e6);
    }

    private static int get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
