package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fonds.archive.Archive;
import org.fonds.ingest.Ingest;
import org.fonds.oai.OaiConfig;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.store.ArchiveHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with an OAI-PMH configuration (as the CLI passes one) opens nothing of the store
 * before it listens: the provider, which opens the store and its catalog, is made after the start or
 * by the first harvester's request. At 100,000 records that open was a good part of the time to the
 * first page (BENCHMARKS, "serve's first page").
 */
@NeedsShared("corpus/seeds")
class ServeStartTest {
    private static final OaiConfig OAI = OaiConfig.forServer("http://127.0.0.1:8080", "archivist@example.org");

    @TempDir
    Path tmp;

    /** A home holding one seed. */
    private Path home() {
        Path home = tmp.resolve("home");
        try (Archive a = Archive.open(home, null, "test")) {
            a.ingest(List.of(Seeds.corpus("seeds").resolve("000_df5f7addd4aa7c26.txt")),
                    1, Ingest.Progress.NONE, line -> { });
        }
        return home;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (up to {@code seconds}) for the store to be opened by a thread of the server. */
    private static boolean storeOpened(Archive archive, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!archive.storeOpen() && System.nanoTime() < until) Thread.sleep(20);
        return archive.storeOpen();
    }

    @Test
    void theServerIsMadeWithoutOpeningTheStoreAndOaiStillAnswers() throws Exception {
        try (Archive archive = Archive.open(home(), null, "test")) {
            WebServer server = new WebServer(archive, OAI);
            assertThat(archive.storeOpen()).as("the store opened while the server was being made").isFalse();
            try {
                HttpResponse<String> oai = get(server.start(0), "/oai?verb=Identify");
                assertThat(oai.statusCode()).isEqualTo(200);
                assertThat(oai.body()).contains("<Identify>").contains("archivist@example.org");
                assertThat(archive.storeOpen()).isTrue();
            } finally {
                server.stop();
            }
        }
    }

    /**
     * The provider's warm-up waits for the first answer: on two cores, opening the store beside the
     * first page slowed the page. With no request it stays closed for a second (it used to open
     * within milliseconds of the start); after the first answer the warm-up opens it.
     */
    @Test
    void theOaiWarmUpWaitsForTheFirstAnswer() throws Exception {
        try (Archive archive = Archive.open(home(), null, "test")) {
            WebServer server = new WebServer(archive, OAI);
            try {
                int port = server.start(0);
                Thread.sleep(1000);
                assertThat(archive.storeOpen()).as("the OAI warm-up ran before any page was asked for").isFalse();
                assertThat(get(port, "/health").statusCode()).isEqualTo(200);
                assertThat(storeOpened(archive, 20)).as("the OAI warm-up after the first answer").isTrue();
            } finally {
                server.stop();
            }
        }
    }

    /**
     * As {@code serve} makes it, the server makes its first page on a thread of its own while it
     * starts, then opens the store, with no request; the first reader then gets the same page.
     */
    @Test
    void aServerAsServeMakesItWarmsItsFirstPageAndOpensTheStoreUnasked() throws Exception {
        try (Archive archive = Archive.open(home(), null, "test")) {
            WebServer server = WebServer.warmingUp(archive, OAI);
            try {
                assertThat(storeOpened(archive, 30)).as("the warm-up, after the first page, opened the store").isTrue();
                HttpResponse<String> first = get(server.start(0), "/");
                assertThat(first.statusCode()).isEqualTo(200);
                assertThat(first.body()).contains("Working Notes");
            } finally {
                server.stop();
            }
        }
    }

    /**
     * The warm-up keeps the first page's answers beside the index, and the next server on the same
     * commit serves the page from them, the same to the byte; an ingest makes a new commit, and the
     * page after it counts the new document: kept counts are never served for another commit.
     */
    @Test
    void theNextStartServesTheKeptFirstPageAndAnIngestChangesIt() throws Exception {
        Path home = home();
        Path kept = new ArchiveHome(home).keptAnswers();
        String computed = firstPage(home);
        assertThat(kept).as("kept by the first start's warm-up").exists();
        assertThat(computed).contains("1 document");
        assertThat(firstPage(home)).as("the page served from the kept answers").isEqualTo(computed);
        try (Archive a = Archive.open(home, null, "test")) {
            a.ingest(List.of(Seeds.corpus("seeds").resolve("001_1d0ae19c53ae4fd6.txt")), 1, Ingest.Progress.NONE, line -> { });
        }
        String after = firstPage(home);
        assertThat(after).contains("2 documents").isNotEqualTo(computed);
        assertThat(firstPage(home)).isEqualTo(after);
        assertThat(Files.size(kept)).isPositive();
    }

    /** The first page of a server started as {@code serve} starts one, once its warm-up has ended. */
    private static String firstPage(Path home) throws Exception {
        try (Archive archive = Archive.open(home, null, "test")) {
            WebServer server = WebServer.warmingUp(archive, OAI);
            try {
                // the warm-up opens the store once the first page is made and its answers kept
                assertThat(storeOpened(archive, 30)).isTrue();
                HttpResponse<String> page = get(server.start(0), "/");
                assertThat(page.statusCode()).isEqualTo(200);
                return page.body();
            } finally {
                server.stop();
            }
        }
    }
}
