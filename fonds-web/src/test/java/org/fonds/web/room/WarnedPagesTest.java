package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.archive.Archive;
import org.fonds.search.Cancellation;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems page's documents with warnings are kept per index commit: asked again on the same
 * commit, a page is the same to the byte with no search and no record read from the store; after
 * an ingest's commit it is made again and equals the page of a problems page that keeps nothing.
 * On a real home (OCFL store, Lucene index) of generated records, about four in ten with warnings.
 */
class WarnedPagesTest {
    @TempDir
    Path tmp;

    @Test
    void aPageIsKeptWhileTheIndexIsOnOneCommitAndMadeAgainAfterAnIngest() throws Exception {
        Path home = tmp.resolve("home");
        try (Archive archive = Archive.open(home, null, "test")) {
            ingest(archive, 100);
            Counting searcher = new Counting(archive.searcher(), true);
            CountedDocuments documents = new CountedDocuments(archive.documents());
            ProblemsPage kept = new ProblemsPage(searcher, documents);

            String first = kept.render(1);
            assertThat(warned(first)).as("documents with warnings among 100 generated").isGreaterThan(WarnedPages.LISTED);
            assertThat(searcher.searches.get()).isPositive();
            assertThat(documents.reads.get()).isEqualTo(WarnedPages.LISTED);
            int searches = searcher.searches.get();
            int reads = documents.reads.get();
            assertThat(kept.render(1)).as("the same commit: the same page").isEqualTo(first);
            assertThat(searcher.searches.get()).as("searches for the page kept").isEqualTo(searches);
            assertThat(documents.reads.get()).as("records read for the page kept").isEqualTo(reads);

            String before = searcher.state().orElseThrow();
            ingest(archive, 200); // the 100 again, unchanged, and 100 more
            awaitNewCommit(searcher, before);
            String after = kept.render(1);
            assertThat(searcher.searches.get()).as("searched again after the commit").isGreaterThan(searches);
            assertThat(warned(after)).as("more documents with warnings").isGreaterThan(warned(first));
            assertThat(after).as("what a page that keeps nothing shows")
                    .isEqualTo(new ProblemsPage(new Counting(archive.searcher(), true), archive.documents()).render(1));
        }
    }

    @Test
    void anEngineThatNamesNoStateIsAskedEveryTime() throws Exception {
        Path home = tmp.resolve("home");
        try (Archive archive = Archive.open(home, null, "test")) {
            ingest(archive, 40);
            Counting searcher = new Counting(archive.searcher(), false);
            CountedDocuments documents = new CountedDocuments(archive.documents());
            ProblemsPage page = new ProblemsPage(searcher, documents);
            String first = page.render(1);
            int searches = searcher.searches.get();
            int reads = documents.reads.get();
            assertThat(page.render(1)).isEqualTo(first);
            assertThat(searcher.searches.get()).isEqualTo(2 * searches);
            assertThat(documents.reads.get()).isEqualTo(2 * reads).isPositive();
        }
    }

    private void ingest(Archive archive, int count) throws Exception {
        org.fonds.web.TestArchive.ingestGenerated(archive, tmp, count);
    }

    /** The searcher refreshes to a new commit within a second. */
    private static void awaitNewCommit(Searcher searcher, String before) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (searcher.state().orElseThrow().equals(before) && System.nanoTime() < until) Thread.sleep(50);
        assertThat(searcher.state().orElseThrow()).as("the index's commit after the ingest").isNotEqualTo(before);
    }

    /** "N documents have warnings", as the page says it. */
    private static int warned(String page) {
        Matcher m = Pattern.compile("(\\d+) documents have warnings").matcher(page);
        assertThat(m.find()).as("the count of documents with warnings").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** A searcher that counts its searches; {@code named}: it names its state as Lucene does, else none as SolrCloud. */
    private static final class Counting implements Searcher {
        final AtomicInteger searches = new AtomicInteger();
        private final Searcher engine;
        private final boolean named;

        Counting(Searcher engine, boolean named) {
            this.engine = engine;
            this.named = named;
        }

        @Override
        public SearchResult search(SearchRequest request) {
            return search(request, Cancellation.NONE);
        }

        @Override
        public SearchResult search(SearchRequest request, Cancellation cancellation) {
            searches.incrementAndGet();
            return engine.search(request, cancellation);
        }

        @Override
        public Optional<String> state() {
            return named ? engine.state() : Optional.empty();
        }

        @Override
        public void close() {
        }
    }
}
