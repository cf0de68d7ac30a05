package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fonds.archive.Archive;
import org.fonds.record.ArchiveRecord;
import org.fonds.web.WebServer;

/**
 * {@code serve --training-run}: a serve that reads the pages a reader's first visit reads (the
 * home page, a search with its snippets, a document) and stops. The launcher runs it once after a
 * build, on a small generated archive, under {@code -XX:AOTCacheOutput}, so that every later
 * {@code serve}, the first one too, starts from a cache of the classes and profiles those pages use
 * (JEP 483/515). Before, the cache was recorded by the first real {@code serve} and made by the
 * command after it: the first start had none (about 2 s to the first page at 101,000 records
 * against 1), and whatever command came next waited for the cache to be made.
 */
final class TrainingRun {
    private TrainingRun() {
    }

    /** Serves {@code archive} on a free port, reads each page once, stops; PROBLEMS if a page did not answer 200. */
    static int run(Archive archive, Publication publication, PrintWriter out) throws IOException, InterruptedException {
        WebServer server = WebServer.warmingUp(archive, publication.oai(archive, 0));
        int failed = 0;
        try {
            int port = server.start(0);
            List<String> pages = pages(archive);
            // read once: eight rounds made a cache whose starts took more CPU, not less (BENCHMARKS)
            try (HttpClient http = HttpClient.newHttpClient()) {
                for (String path : pages) {
                    int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    out.println(status + " " + path);
                    if (status != 200) failed++;
                }
            }
        } finally {
            server.stop();
            archive.close();
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    /** The home page; where the archive holds a document, a search for a word of its title and the document's page. */
    static List<String> pages(Archive archive) {
        List<String> pages = new ArrayList<>(List.of("/"));
        first(archive).ifPresent(r -> {
            longestWord(r.title()).ifPresent(w -> pages.add("/?q=" + URLEncoder.encode(w, StandardCharsets.UTF_8)));
            pages.add("/documents/" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8));
        });
        return pages;
    }

    private static Optional<ArchiveRecord> first(Archive archive) {
        try (Stream<String> ids = archive.documents().ids()) {
            return ids.min(Comparator.naturalOrder()).flatMap(id -> archive.documents().record(id));
        }
    }

    private static Optional<String> longestWord(String title) {
        if (title == null) return Optional.empty();
        return Stream.of(title.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).filter(w -> w.length() > 2);
    }
}
