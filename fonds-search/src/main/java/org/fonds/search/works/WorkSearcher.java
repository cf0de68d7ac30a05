package org.fonds.search.works;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.fonds.search.Cancellation;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.Searcher;
import org.fonds.search.SortOrder;
import org.fonds.search.query.QueryError;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.FacetOrder;

/**
 * A search that counts works, not files (issue 12): where the same text from two publishers (one
 * work, several sources) matches twice, the hit list shows the work once, under its first matching
 * source (by id), with the others as {@link Hit#copies()}, and each facet value counts the work once
 * however many of its matching sources have it. A value only the second source has (its archive)
 * still counts the work.
 *
 * <p>Any engine: it asks the engine itself, in the query language both speak ({@code id:}), which
 * sources of the works with several match, and what values each has. The cost is a few searches
 * more, and only when a work has two matching sources. When the sources to name exceed what one
 * query may hold ({@link #MAX_NAMED}), the search is answered by files, as before.
 */
public final class WorkSearcher implements Searcher {
    /** At most this many ids are named in one query (the query language's limit is 64 clauses and 2,000 characters). */
    static final int MAX_NAMED = 24;

    private final Searcher engine;
    private final Supplier<List<List<String>>> works;

    /** @param works the works with more than one source, each as the ids of its sources (the derived tables' copy groups) */
    public WorkSearcher(Searcher engine, Supplier<List<List<String>>> works) {
        this.engine = engine;
        this.works = works;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search(request, Cancellation.NONE);
    }

    @Override
    public SearchResult search(SearchRequest request, Cancellation cancellation) {
        List<List<String>> groups = works.get();
        if (groups.isEmpty()) return engine.search(request, cancellation);
        Map<String, List<String>> matched;
        try {
            matched = matching(request.query(), request.filters(), groups, cancellation);
        } catch (TooMany | QueryError e) {
            return engine.search(request, cancellation);
        }
        Set<String> later = later(matched);
        // one source of each work matches: nothing to group, and nothing to count twice unless a selected
        // facet's counts, taken without its own filter, see more sources
        if (later.isEmpty() && (request.filters().isEmpty() || !request.facets())) return engine.search(request, cancellation);
        if (later.size() > MAX_NAMED) return engine.search(request, cancellation);
        SearchRequest without = new SearchRequest(later.isEmpty() ? request.query() : and(request.query(), "NOT " + ids(later)),
                request.filters(), request.sort(), request.page(), request.size(), false, request.snippets());
        SearchResult listed;
        try {
            listed = engine.search(without, cancellation);
        } catch (QueryError e) {
            return engine.search(request, cancellation);
        }
        List<Hit> hits = new ArrayList<>();
        for (Hit h : listed.hits()) hits.add(h.withCopies(copiesOf(h.id(), matched)));
        if (!request.facets()) return new SearchResult(listed.total(), listed.totalExact(), hits, Map.of());
        SearchResult counted = engine.search(request.withPage(1, 1).withParts(true, false), cancellation);
        Map<Facet, List<FacetCount>> facets = facets(request, counted.facets(), matched, groups, cancellation);
        return new SearchResult(counted.total() - later.size(), true, hits, facets);
    }

    /** The other matching sources of the work whose first matching source is {@code id}. */
    private static List<String> copiesOf(String id, Map<String, List<String>> matched) {
        for (List<String> sources : matched.values()) {
            if (sources.size() > 1 && sources.get(0).equals(id)) return sources.subList(1, sources.size());
        }
        return List.of();
    }

    /** Every matching source but the first of its work. */
    private static Set<String> later(Map<String, List<String>> matched) {
        Set<String> out = new TreeSet<>();
        for (List<String> sources : matched.values()) out.addAll(sources.subList(1, sources.size()));
        return out;
    }

    /**
     * The facet counts with each work counted once per value: a value that k matching sources of one
     * work share counts k - 1 fewer. A selected facet is counted under every filter but its own, so
     * its sources are the ones matching those filters.
     */
    private Map<Facet, List<FacetCount>> facets(SearchRequest request, Map<Facet, List<FacetCount>> counts,
            Map<String, List<String>> matched, List<List<String>> groups, Cancellation cancellation) {
        Map<String, Map<Facet, Set<String>>> values = new HashMap<>();
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<FacetCount> c = counts.getOrDefault(f, List.of());
            Map<String, List<String>> sources = matched;
            if (request.filters().containsKey(f)) {
                Map<Facet, Set<String>> others = new EnumMap<>(Facet.class);
                others.putAll(request.filters());
                others.remove(f);
                sources = matching(request.query(), others, groups, cancellation);
            }
            Map<String, Long> extra = new HashMap<>();
            for (List<String> work : sources.values()) {
                if (work.size() < 2) continue;
                Map<String, Long> holders = new HashMap<>();
                for (String id : work) {
                    Set<String> vs = values.computeIfAbsent(id, k -> valuesOf(k, cancellation)).getOrDefault(f, Set.of());
                    for (String v : vs) holders.merge(v, 1L, Long::sum);
                }
                holders.forEach((v, k) -> extra.merge(v, k - 1, Long::sum));
            }
            List<FacetCount> fixed = new ArrayList<>();
            for (FacetCount fc : c) fixed.add(new FacetCount(fc.value(), fc.count() - extra.getOrDefault(fc.value(), 0L)));
            out.put(f, FacetOrder.arrange(f, fixed));
        }
        return out;
    }

    /** The facet values of one document: its own counts, each 1. */
    private Map<Facet, Set<String>> valuesOf(String id, Cancellation cancellation) {
        SearchResult r = engine.search(new SearchRequest(ids(List.of(id)), Map.of(), SortOrder.RELEVANCE, 1, 1, true, false), cancellation);
        Map<Facet, Set<String>> out = new EnumMap<>(Facet.class);
        r.facets().forEach((f, cs) -> {
            Set<String> vs = new TreeSet<>();
            for (FacetCount c : cs) vs.add(c.value());
            out.put(f, vs);
        });
        return out;
    }

    /**
     * For each work with several sources, its sources that match {@code query} under {@code filters},
     * sorted by id; works with none matching are left out.
     */
    private Map<String, List<String>> matching(String query, Map<Facet, Set<String>> filters, List<List<String>> groups,
            Cancellation cancellation) {
        Map<String, String> workOf = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (List<String> g : groups) {
            for (String id : g) {
                workOf.put(id, g.get(0));
                all.add(id);
            }
        }
        if (all.size() > MAX_NAMED) throw new TooMany();
        SearchRequest r = new SearchRequest(and(query, ids(all)), filters, SortOrder.RELEVANCE, 1, Math.min(all.size(), SearchRequest.MAX_SIZE),
                false, false);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Hit h : engine.search(r, cancellation).hits()) {
            String work = workOf.get(h.id());
            if (work != null) out.computeIfAbsent(work, k -> new ArrayList<>()).add(h.id());
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static String and(String query, String clause) {
        return query.isBlank() ? clause : "(" + query + ") AND " + clause;
    }

    /** {@code id:("a" OR "b")}, each id quoted so that no character of it is read as syntax. */
    private static String ids(Iterable<String> ids) {
        List<String> quoted = new ArrayList<>();
        for (String id : ids) quoted.add("\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        return "id:(" + String.join(" OR ", quoted) + ")";
    }

    /** More sources of works than one query may name. */
    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
