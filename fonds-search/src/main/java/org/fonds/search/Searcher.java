package org.fonds.search;

import org.fonds.search.query.QueryError;

/** Answers searches. Each engine implements it; one contract suite holds them to the same answers. */
public interface Searcher extends AutoCloseable {
    /** Runs {@code request}; a query that does not parse raises {@link QueryError}. */
    SearchResult search(SearchRequest request);

    @Override
    void close();
}
