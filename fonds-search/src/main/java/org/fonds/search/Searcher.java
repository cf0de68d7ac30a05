package org.fonds.search;

import java.util.Optional;
import org.fonds.search.query.QueryError;

/** Answers searches. Each engine implements it; one contract suite holds them to the same answers. */
public interface Searcher extends AutoCloseable {
    /** Runs {@code request}; a query that does not parse raises {@link QueryError}. */
    SearchResult search(SearchRequest request);

    /**
     * Runs {@code request} until {@code cancellation} says stop, then raises a {@link QueryError} of
     * code {@code cancelled}. An engine that cannot stop a search it has begun answers as
     * {@link #search(SearchRequest)} does (SolrCloud: its own {@code timeAllowed} bounds the work).
     */
    default SearchResult search(SearchRequest request, Cancellation cancellation) {
        return search(request);
    }

    /**
     * The state of the index the next search reads, named so that two equal names mean every
     * request is answered the same (the embedded engine: its commit, by segments file and the
     * commit's own random id); empty when the engine cannot name one, and then no answer is kept
     * beyond this process ({@link KeptAnswers}).
     */
    default Optional<String> state() {
        return Optional.empty();
    }

    @Override
    void close();
}
