package org.fonds.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fonds.record.RecordJson;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.SearchResult.Snippet;
import org.fonds.search.query.QueryError;
import org.fonds.search.schema.Facet;

/**
 * The JSON of a search (spec/INTERFACES.md, {@code GET /api/search} and {@code fonds search --json}):
 * {@code {"total", "hits": [{"id", "title", "date", "snippets": [{"source", "html"}]}], "facets":
 * {"year": [{"value", "count"}]}}}, and of a query error.
 */
public final class SearchJson {
    private SearchJson() {}

    public static String of(SearchResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.total());
        out.put("totalExact", r.totalExact());
        List<Object> hits = new ArrayList<>();
        for (Hit h : r.hits()) hits.add(hit(h));
        out.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            List<Object> counts = new ArrayList<>();
            for (FacetCount c : r.facets().getOrDefault(f, List.of())) counts.add(pair("value", c.value(), "count", c.count()));
            facets.put(f.facetName(), counts);
        }
        out.put("facets", facets);
        return write(out);
    }

    /** {@code {"status": 400, "error", "code", "at", "pointer"}} for a query that does not parse. */
    public static String of(QueryError e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", 400);
        out.put("error", e.getMessage());
        out.put("code", e.code());
        out.put("at", e.at());
        out.put("pointer", e.pointer());
        return write(out);
    }

    private static Map<String, Object> hit(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("title", h.title());
        m.put("date", h.date());
        List<Object> snippets = new ArrayList<>();
        for (Snippet s : h.snippets()) snippets.add(pair("source", s.source(), "html", s.html()));
        m.put("snippets", snippets);
        // only where it stands in for passages, so the answer stays as small as before otherwise
        if (h.summary() != null) m.put("summary", h.summary());
        // the same text from other publishers, grouped under this hit; absent when there is none
        if (!h.copies().isEmpty()) m.put("copies", h.copies());
        return m;
    }

    /** Two keys in the order given: {@code Map.of} orders its keys differently from one run to the next. */
    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static String write(Object o) {
        try {
            return RecordJson.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write search JSON", e);
        }
    }
}
