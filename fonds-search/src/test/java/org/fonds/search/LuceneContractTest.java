package org.fonds.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fonds.search.query.QueryError;
import org.fonds.search.contract.SearchContract;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.search.lucene.LuceneSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search contract on the embedded Lucene engine, and what only it does (stop a search it has begun). */
class LuceneContractTest extends SearchContract {
    @TempDir
    static Path dir;

    @Override
    protected SearchIndex openIndex(String name) {
        return LuceneIndex.open(dir.resolve(name));
    }

    @Override
    protected Searcher openSearcher(String name) {
        return LuceneSearcher.open(dir.resolve(name));
    }

    /** A search whose client has gone stops, while scoring or while making hits, and says why (issue 15). */
    @Test
    void aCancelledSearchStopsAndSaysItWasCancelled() {
        SearchRequest costly = new SearchRequest("Khrushchev OR Mikoyan OR Nagy", Map.of(), SortOrder.RELEVANCE, 1, SearchRequest.MAX_SIZE);
        assertThat(mixedSearch.search(costly, Cancellation.NONE).hits()).isNotEmpty();
        assertThatThrownBy(() -> mixedSearch.search(costly, () -> true))
                .isInstanceOfSatisfying(QueryError.class, e -> assertThat(e.code()).isEqualTo("cancelled"));
        // gone after the scoring, before the hits' snippets are made: no more snippets are made (a
        // request not asked before: the answer to one asked before is handed on, and makes no snippets)
        AtomicInteger asked = new AtomicInteger();
        SearchRequest unasked = new SearchRequest(costly.query(), Map.of(), SortOrder.RELEVANCE, 1, SearchRequest.MAX_SIZE - 1);
        assertThatThrownBy(() -> mixedSearch.search(unasked.withParts(true, true), () -> asked.incrementAndGet() > 3))
                .isInstanceOfSatisfying(QueryError.class, e -> assertThat(e.code()).isEqualTo("cancelled"));
        assertThat(asked.get()).as("asked again after each hit, and no more once gone").isLessThan(SearchRequest.MAX_SIZE);
    }
}
