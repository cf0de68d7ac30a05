package org.fonds.search.lucene;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.IndexReader;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;

/**
 * The searches running now and the answers of the last few, by request and index reader. A request
 * the same as one running on the same reader waits for that answer rather than searching beside it;
 * one the same as a recent one takes its answer. An answer depends only on the request and the
 * reader (an ingest's commit makes a new reader), so nothing kept here goes stale.
 *
 * <p>Made for a server's start: its warm-up makes the first page while the first reader may already
 * be asking for the same page, and on two cores the same facet counts taken twice at once were the
 * longest part of the wait (BENCHMARKS, "serve's first page"). A request asks for at most
 * {@link SearchRequest#MAX_SIZE} hits, so what is kept stays small.
 */
final class Recent {
    /** How many answers are kept. */
    static final int KEPT = 16;

    private final Map<Key, CompletableFuture<SearchResult>> answers = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<SearchResult>> eldest) {
            return size() > KEPT;
        }
    };

    private record Key(SearchRequest request, Object reader) {}

    /**
     * The answer to {@code request} on {@code reader} if one is known or being made (waited for), or
     * else a claim to make it: the caller searches, then {@link Claim#answer}s, and always closes.
     */
    Claim claim(SearchRequest request, IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Key key = new Key(request, helper != null ? helper.getKey() : reader);
        CompletableFuture<SearchResult> mine = new CompletableFuture<>();
        CompletableFuture<SearchResult> theirs;
        synchronized (answers) {
            theirs = answers.get(key);
            if (theirs == null) answers.put(key, mine);
        }
        // theirs failed, or its client went away: this request searches for itself
        if (theirs != null) return new Claim(null, null, theirs.join());
        return new Claim(key, mine, null);
    }

    /** One request's part: an answer already made, or the promise to make one. */
    final class Claim implements AutoCloseable {
        private final Key key;
        private final CompletableFuture<SearchResult> promised;
        private final SearchResult answered;

        private Claim(Key key, CompletableFuture<SearchResult> promised, SearchResult answered) {
            this.key = key;
            this.promised = promised;
            this.answered = answered;
        }

        /** The answer another search made, or null: search. */
        SearchResult answered() {
            return answered;
        }

        /** The search made here ended whole (not stopped, not timed out): others may take it. */
        void answer(SearchResult result) {
            if (promised != null) promised.complete(result);
        }

        /** A claim closed unanswered (the search failed or was stopped) is dropped; those waiting search themselves. */
        @Override
        public void close() {
            if (promised == null || promised.isDone()) return;
            synchronized (answers) {
                answers.remove(key, promised);
            }
            promised.complete(null);
        }
    }
}
