package org.fonds.cli;

import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import org.fonds.archive.Archive;
import org.fonds.oai.OaiConfig;
import org.fonds.web.WebServer;
import picocli.CommandLine.Option;

/**
 * How a served archive presents itself to readers and harvesters: its public address and who
 * answers for it; and serving it until the process is stopped.
 */
final class Publication {
    @Option(names = "--public-url", paramLabel = "URL",
            description = "the address readers and harvesters use, e.g. https://archive.example.org (default: http://127.0.0.1:PORT)")
    String publicUrl;
    @Option(names = "--admin-email", paramLabel = "ADDRESS", defaultValue = "archivist@localhost.localdomain",
            description = "who answers for the repository, as OAI-PMH Identify says (default: ${DEFAULT-VALUE})")
    String adminEmail;

    /** The OAI-PMH configuration, or null to let the server use its own address (port 0: not known yet). */
    OaiConfig oai(Archive archive, int port) {
        String url = publicUrl != null ? publicUrl : port == 0 ? null : "http://127.0.0.1:" + port;
        if (url == null) return null;
        // the key is kept in the home, so a harvest goes on across a restart of the server
        return OaiConfig.forServer(url, adminEmail).withTokenKey(archive.tokenKey());
    }

    /** Serves {@code archive} on {@code port} until the process is stopped; {@code announce} gets the bound port. */
    void serveUntilStopped(Archive archive, int port, IntConsumer announce) throws InterruptedException {
        WebServer server = WebServer.warmingUp(archive, oai(archive, port));
        int bound = server.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            archive.close();
            stopped.countDown();
        }));
        announce.accept(bound);
        stopped.await();
    }
}
