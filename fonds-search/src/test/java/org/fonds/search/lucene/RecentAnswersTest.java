package org.fonds.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.contract.Crafted;
import org.fonds.search.query.QueryError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same request on the same index is answered once (a server's warm-up and its first reader ask
 * for the same page at once): the answer is shared until the index changes, and a search that was
 * stopped is never handed on.
 */
class RecentAnswersTest {
    @TempDir
    Path dir;

    private void index(int upTo) {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            List<org.fonds.record.ArchiveRecord> records = Crafted.records();
            for (int i = 0; i < upTo; i++) index.put(records.get(i), 1);
            index.commit();
        }
    }

    @Test
    void theSameRequestOnTheSameIndexIsAnsweredOnceAndAgainAfterACommit() throws Exception {
        index(2);
        try (LuceneSearcher searcher = LuceneSearcher.open(dir)) {
            SearchResult first = searcher.search(SearchRequest.of(""));
            assertThat(first.total()).isEqualTo(2);
            assertThat(searcher.search(SearchRequest.of(""))).isSameAs(first);
            assertThat(searcher.search(SearchRequest.of("").withPage(2, 1))).isNotSameAs(first);

            index(3);
            SearchResult after = first;
            long until = System.nanoTime() + 10_000_000_000L;
            while (after.total() == 2 && System.nanoTime() < until) {
                Thread.sleep(100);
                after = searcher.search(SearchRequest.of(""));
            }
            assertThat(after.total()).as("a commit's new reader is searched, not the old answer").isEqualTo(3);
        }
    }

    @Test
    void aStoppedSearchIsNotHandedOnAndTheNextSearchesForItself() {
        index(2);
        try (LuceneSearcher searcher = LuceneSearcher.open(dir)) {
            assertThatThrownBy(() -> searcher.search(SearchRequest.of(""), () -> true)).isInstanceOf(QueryError.class);
            SearchResult r = searcher.search(SearchRequest.of(""));
            assertThat(r).isNotNull();
            assertThat(r.total()).isEqualTo(2);
        }
    }

    @Test
    void requestsAtOnceAllGetTheOneAnswer() throws Exception {
        index(3);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (LuceneSearcher searcher = LuceneSearcher.open(dir)) {
            List<Callable<SearchResult>> asks = new ArrayList<>();
            for (int i = 0; i < 6; i++) asks.add(() -> searcher.search(SearchRequest.of("")));
            List<SearchResult> answers = new ArrayList<>();
            for (Future<SearchResult> f : pool.invokeAll(asks)) answers.add(f.get());
            assertThat(answers).allSatisfy(a -> assertThat(a).isSameAs(answers.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }
}
