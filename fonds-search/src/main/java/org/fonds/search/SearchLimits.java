package org.fonds.search;

import org.fonds.search.query.QueryErrorCode;
import org.fonds.search.query.QueryError;

/**
 * How much work one search may cost, the same on both engines (issue 15). The query parser bounds
 * what a query may ask for ({@code QueryParser.MAX_EXPANDING} prefix and fuzzy words); these bound
 * what is left: a search that runs past the time limit stops and says so, and a query whose words
 * expand past the engine's clause limit is answered as a query error, never a server error.
 */
public final class SearchLimits {
    /** A search stops after this long: no reader waits longer, and no client gone away keeps a core busy. */
    public static final long TIME_LIMIT_MILLIS = 5_000;

    private SearchLimits() {
    }

    /** The answer to a search stopped by the time limit. */
    public static QueryError tooSlow(String query) {
        return new QueryError(QueryErrorCode.TOO_SLOW, "this search took longer than " + TIME_LIMIT_MILLIS / 1000
                + " s and was stopped; use fewer words with * or ~, or narrow it with a field or a facet", query, 0);
    }

    /** The answer to a search stopped because its client went away: nobody reads it, but logs and tests do. */
    public static QueryError cancelled(String query) {
        return new QueryError(QueryErrorCode.CANCELLED, "this search was stopped: the client that asked for it has gone", query, 0);
    }

    /** The answer to a query whose words with * or ~ stand for more words than the engine takes at once. */
    public static QueryError tooManyExpansions(String query) {
        return new QueryError(QueryErrorCode.TOO_MANY_EXPANSIONS, "the words with * or ~ in this query stand for too many words"
                + " of the archive at once; use longer beginnings (Khrush*), fewer such words, or ~1", query, 0);
    }
}
