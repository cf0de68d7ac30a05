package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fonds.search.Cancellation;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.Searcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search API on a real Jetty server and real sockets: a search whose client closes its
 * connection is told so while it runs (issue 15: costly searches went on after the client had gone).
 * The searcher here stands for a slow search, the only part not real: it works until told to stop
 * or until its budget is spent, and says which. That the Lucene engine stops when told is
 * {@code LuceneContractTest}'s; that the watch sees a closed connection, {@link ClientWatchTest}'s.
 */
class ClientGoneSearchTest {
    private final CompletableFuture<Boolean> stoppedByCancellation = new CompletableFuture<>();
    private Javalin app;

    @BeforeEach
    void start() {
        assumeTrue(ClientWatch.supported(), "no /proc/net/tcp here: the watch is off and searches end by their time limit");
        Searcher slow = new Searcher() {
            @Override
            public SearchResult search(SearchRequest request) {
                return search(request, Cancellation.NONE);
            }

            @Override
            public SearchResult search(SearchRequest request, Cancellation cancellation) {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_000);
                while (System.nanoTime() < end && !cancellation.cancelled()) Thread.onSpinWait();
                stoppedByCancellation.complete(cancellation.cancelled());
                return new SearchResult(0, List.of(), Map.of());
            }

            @Override
            public void close() {
            }
        };
        SearchApi api = new SearchApi(slow);
        app = Javalin.create(config -> config.routes.get("/api/search", api::search)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (app != null) app.stop();
    }

    @Test
    void aSearchWhoseClientClosesItsConnectionIsToldToStop() throws Exception {
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            send(client);
            Thread.sleep(ClientWatch.TICK_MILLIS);
        }
        assertThat(stoppedByCancellation.get(10, TimeUnit.SECONDS)).as("stopped because the client went").isTrue();
    }

    @Test
    void aSearchWhoseClientWaitsRunsToItsEndAndIsAnswered() throws Exception {
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            send(client);
            InputStream in = client.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 200");
        }
        assertThat(stoppedByCancellation.get(10, TimeUnit.SECONDS)).isFalse();
    }

    private static void send(Socket client) throws Exception {
        OutputStream out = client.getOutputStream();
        out.write("GET /api/search?q=Mikoyan HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
