package org.fonds.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Every hit of a search in its order, up to {@link SearchRequest#MAX_DEPTH}, fetched a page of
 * {@link SearchRequest#MAX_SIZE} at a time as the caller goes (no facets, no snippets): what the
 * bibliography of a search lists. A page is asked for only when the one before is used up, so a
 * download streams from its first hit.
 */
public final class AllHits implements Iterator<SearchResult.Hit> {
    private final Searcher searcher;
    private final SearchRequest first;
    private final Deque<SearchResult.Hit> page = new ArrayDeque<>();
    private int next = 1;
    private boolean done;
    private long total = -1;

    public AllHits(Searcher searcher, SearchRequest request) {
        this.searcher = searcher;
        this.first = request.withParts(false, false).withPage(1, SearchRequest.MAX_SIZE);
    }

    /** How many documents match (a lower bound beyond {@link SearchResult#EXACT_UP_TO}), after the first page is read. */
    public long total() {
        if (total < 0) hasNext();
        return total;
    }

    @Override
    public boolean hasNext() {
        if (!page.isEmpty()) return true;
        if (done) return false;
        SearchResult r = searcher.search(first.withPage(next, SearchRequest.MAX_SIZE));
        if (total < 0) total = r.total();
        page.addAll(r.hits());
        next++;
        done = r.hits().size() < SearchRequest.MAX_SIZE || (long) next * SearchRequest.MAX_SIZE > SearchRequest.MAX_DEPTH;
        return !page.isEmpty();
    }

    @Override
    public SearchResult.Hit next() {
        if (!hasNext()) throw new NoSuchElementException();
        return page.removeFirst();
    }
}
