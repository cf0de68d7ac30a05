package org.fonds.web;

import org.fonds.error.InvalidRequestException;
import io.javalin.http.Context;
import org.fonds.search.SearchJson;
import org.fonds.search.SearchParams;
import org.fonds.search.SearchRequest;
import org.fonds.search.Searcher;
import org.fonds.search.query.QueryError;

/** {@code GET /api/search}: hits, snippets and facet counts (spec/INTERFACES.md). */
final class SearchApi {
    private final Searcher searcher;

    SearchApi(Searcher searcher) {
        this.searcher = searcher;
    }

    void search(Context ctx) {
        SearchRequest request;
        try {
            request = SearchParams.read(ctx.queryParamMap());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("bad-search-parameter", e.getMessage());
        }
        try (ClientWatch client = ClientWatch.of(ctx)) {
            ctx.contentType("application/json").result(SearchJson.of(searcher.search(request, client)));
        } catch (QueryError e) {
            ctx.status(400).contentType("application/json").result(SearchJson.of(e));
        }
    }
}
