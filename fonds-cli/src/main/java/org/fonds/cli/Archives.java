package org.fonds.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import org.fonds.search.SearchIndex;
import org.fonds.search.Searcher;
import org.fonds.ingest.Ingest;
import org.fonds.ingest.ProgressBar;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.store.WriteLock;
import org.fonds.web.WebServer;

/** What the ingest, demo and serve commands share: taking files into a home, serving a home. */
final class Archives {
    private Archives() {
    }

    /** Ingests {@code files} into {@code archive} under its write lock, with a progress bar on stderr. */
    static Ingest.Summary ingest(ArchiveHome archive, IndexOption where, List<Path> files, String purpose, int threads, PrintWriter err) {
        try (WriteLock lock = WriteLock.acquire(archive, purpose); OcflStore store = OcflStore.open(archive);
             SearchIndex index = where.openIndex(archive)) {
            return new Ingest(store, index, new Problems(archive), Version.text(), threads)
                    .run(files, new ProgressBar(err, Terminal.stderrIsTerminal()), err::println);
        }
    }

    /** Serves {@code archive} on {@code port} until the process is stopped; {@code announce} gets the bound port. */
    static void serveUntilStopped(ArchiveHome archive, IndexOption where, Publication publication, int port, IntConsumer announce)
            throws InterruptedException {
        OcflStore store = OcflStore.open(archive);
        Searcher searcher = where.openSearcher(archive);
        WebServer server = new WebServer(store, searcher, publication.oai(archive, port));
        int bound = server.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            searcher.close();
            store.close();
            stopped.countDown();
        }));
        announce.accept(bound);
        stopped.await();
    }
}
