package org.fonds.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.fonds.search.schema.Facet;

/**
 * One search: the query as the reader typed it, the facet values selected (alternatives within a
 * facet, all facets together), the order, the page ({@code page} from 1, {@code size} hits each),
 * and whether to count facets and cut snippets (a caller that only wants ids can skip both).
 */
public record SearchRequest(String query, Map<Facet, Set<String>> filters, SortOrder sort, int page, int size,
                            boolean facets, boolean snippets) {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    /** Hits beyond this rank are not served: deep pages cost the engine more than they help a reader. */
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) copy.put(k, Set.copyOf(v));
        });
        filters = Map.copyOf(copy);
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more (got " + page + ")");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + " (got " + size + ")");
        if ((long) page * size > MAX_DEPTH) throw new IllegalArgumentException("pages end at hit " + MAX_DEPTH + "; narrow the search instead");
    }

    public SearchRequest(String query, Map<Facet, Set<String>> filters, SortOrder sort, int page, int size) {
        this(query, filters, sort, page, size, true, true);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, DEFAULT_SIZE);
    }

    public SearchRequest withFilter(Facet facet, String... values) {
        Map<Facet, Set<String>> f = new EnumMap<>(Facet.class);
        f.putAll(filters);
        Set<String> v = new LinkedHashSet<>(f.getOrDefault(facet, Set.of()));
        v.addAll(java.util.List.of(values));
        f.put(facet, v);
        return new SearchRequest(query, f, sort, page, size, facets, snippets);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, filters, order, page, size, facets, snippets);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(query, filters, sort, newPage, newSize, facets, snippets);
    }

    /** The same search, counting facets and cutting snippets only as asked. */
    public SearchRequest withParts(boolean withFacets, boolean withSnippets) {
        return new SearchRequest(query, filters, sort, page, size, withFacets, withSnippets);
    }

    /** Hits to skip before this page. */
    public int offset() {
        return (page - 1) * size;
    }
}
