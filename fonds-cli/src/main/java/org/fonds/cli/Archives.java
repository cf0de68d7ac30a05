package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import org.fonds.search.SearchIndex;
import org.fonds.search.Searcher;
import org.fonds.deliberation.Deliberations;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.Ingest;
import org.fonds.ingest.LiveTables;
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
            DerivedTables tables = new DerivedTables(archive);
            boolean stale = tables.isStale();
            tables.markStale();
            Ingest.Summary s = new Ingest(store, index, new Problems(archive), Version.text(), threads)
                    .run(files, new ProgressBar(err, Terminal.stderrIsTerminal()), err::println);
            if (stale || !s.changed().isEmpty()) updateTables(tables, store, s.changed(), stale, err);
            else tables.clearStale();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the derived tables from the store. A failure here (an authority file that does not
     * parse) loses nothing: the records are stored, the tables stay marked stale, and the message says
     * how to rebuild them once mended.
     */
    static boolean rebuildTables(DerivedTables tables, OcflStore store, PrintWriter err) {
        return updateTables(tables, store, null, true, err);
    }

    /** Updates the tables for the documents {@code changed} (after a reparse), marking them stale while it runs. */
    static boolean updateTables(DerivedTables tables, OcflStore store, Set<String> changed, PrintWriter err) {
        boolean stale = tables.isStale();
        try {
            tables.markStale();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return updateTables(tables, store, changed, stale, err);
    }

    /** Updates the tables for the documents {@code changed}, or rebuilds them all when that is null or they were stale. */
    private static boolean updateTables(DerivedTables tables, OcflStore store, Set<String> changed, boolean stale, PrintWriter err) {
        long start = System.nanoTime();
        try {
            DerivedTables.Result r = changed == null ? tables.rebuild(store) : tables.update(store, changed, stale);
            Deliberations d = r.tables();
            err.printf("derived tables: %,d people, %,d sessions, from %,d documents read in %.1f s (%s)%n", d.people().size(),
                    d.sessions().size(), r.documentsRead(), (System.nanoTime() - start) / 1e9, tables.file());
            // one record the tables cannot take is left out and named, never the end of the tables (issue 15)
            r.skipped().forEach(p -> err.println("fonds: the derived tables leave out " + p.line()));
            return r.skipped().isEmpty();
        } catch (IOException | RuntimeException e) {
            err.println("fonds: the derived tables were not rebuilt: " + e.getMessage()
                    + "; the records are stored; mend the cause and run fonds reindex");
            return false;
        } finally {
            err.flush();
        }
    }

    /** Serves {@code archive} on {@code port} until the process is stopped; {@code announce} gets the bound port. */
    static void serveUntilStopped(ArchiveHome archive, IndexOption where, Publication publication, int port, IntConsumer announce)
            throws InterruptedException {
        OcflStore store = OcflStore.open(archive);
        Searcher searcher = where.openSearcher(archive);
        LiveTables tables;
        try {
            tables = LiveTables.open(new DerivedTables(archive), store, System.err::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebServer server = new WebServer(store, searcher, publication.oai(archive, port), tables);
        int bound = server.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            tables.close();
            searcher.close();
            store.close();
            stopped.countDown();
        }));
        announce.accept(bound);
        stopped.await();
    }
}
