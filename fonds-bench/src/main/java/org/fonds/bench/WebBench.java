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
import org.fonds.archive.Archive;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.synth.Generator;
import org.fonds.web.WebServer;

/**
 * Reading-room page times on an archive of N generated records: document pages and search pages
 * (facets and snippets), each requested over HTTP on this machine one after another, beside the
 * time of a bare {@code /health} request (the HTTP floor). Run: {@code ./fonds bench web [COUNT]}
 * (default 100,000); the archive is built once under target/bench and reused.
 */
public final class WebBench {
    static final int REQUESTS = 1_000;
    static final int WARMUP = 200;

    private WebBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path dir = Path.of("target", "bench", "web-" + count).toAbsolutePath();
        ArchiveHome home = new ArchiveHome(dir.resolve("home"));
        BenchArchive.ensure(dir, home, count);
        SearchBench.Workload work = SearchBench.Workload.from(new Generator(1956), Math.min(count, 3_000));
        List<String> ids;
        try (OcflStore store = OcflStore.open(home); Stream<String> s = store.ids()) {
            ids = new ArrayList<>(s.limit(5_000).toList());
        }
        try (Archive archive = Archive.open(home.root(), null, "bench")) {
            WebServer server = new WebServer(archive, null);
            String base = "http://127.0.0.1:" + server.start(0);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            System.out.printf("%n| page | p50 ms | p99 ms |%n|---|---|---|%n");
            report("health (HTTP floor)", http, i -> base + "/health");
            report("document page", http, i -> base + "/documents/" + ids.get(i % ids.size()));
            report("search page: word, facets, snippets", http, i -> base + "/search?q=" + enc(work.term(i)));
            report("search page: phrase + year facet", http, i -> base + "/search?q=" + enc(work.phrase(i)) + "&facet.year=" + work.year(i));
            server.stop();
        }
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
