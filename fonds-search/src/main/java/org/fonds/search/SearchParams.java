package org.fonds.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonds.search.schema.Facet;

/**
 * Reads a {@link SearchRequest} from request parameters ({@code q}, {@code page}, {@code size},
 * {@code sort}, {@code facet.FIELD}, {@code facets=false}, {@code snippets=false}), as the API and
 * the reading room receive them. Bad values
 * raise {@link IllegalArgumentException} with a message for the reader.
 */
public final class SearchParams {
    private static final String FACET = "facet.";

    private SearchParams() {}

    public static SearchRequest read(Map<String, List<String>> params) {
        String q = first(params, "q", "");
        int page = number(params, "page", 1);
        int size = number(params, "size", SearchRequest.DEFAULT_SIZE);
        String sortParam = first(params, "sort", "relevance");
        SortOrder sort = SortOrder.of(sortParam).orElseThrow(() ->
                new IllegalArgumentException("sort must be relevance, date or -date (got: " + sortParam + ")"));
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!e.getKey().startsWith(FACET)) continue;
            String name = e.getKey().substring(FACET.length());
            Facet f = Facet.named(name).orElseThrow(() -> new IllegalArgumentException("no facet '" + name + "'; facets: "
                    + String.join(", ", java.util.Arrays.stream(Facet.values()).map(Facet::facetName).toList())));
            for (String v : e.getValue()) if (!v.isBlank()) filters.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(v);
        }
        return new SearchRequest(q, filters, sort, page, size, flag(params, "facets"), flag(params, "snippets"));
    }

    /** {@code facets=false} or {@code snippets=false} leaves that part out; anything else keeps it. */
    private static boolean flag(Map<String, List<String>> params, String name) {
        return !"false".equalsIgnoreCase(first(params, name, "true").strip());
    }

    /** The first value of {@code name}, or {@code otherwise} when it has none. */
    public static String first(Map<String, List<String>> params, String name, String otherwise) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? otherwise : v.getFirst();
    }

    private static int number(Map<String, List<String>> params, String name, int otherwise) {
        String v = first(params, name, null);
        if (v == null || v.isBlank()) return otherwise;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number (got: " + v + ")");
        }
    }
}
