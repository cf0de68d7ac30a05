package org.fonds.web.room;

import static org.fonds.search.SearchParams.first;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fonds.search.Cancellation;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.Searcher;
import org.fonds.web.ClientWatch;
import org.fonds.search.SortOrder;
import org.fonds.search.query.QueryError;
import org.fonds.search.query.QueryParser;
import org.fonds.search.schema.Facet;
import org.fonds.export.Bibliography;
import org.fonds.web.room.DocumentView.Link;
import org.fonds.web.room.SearchView.ActiveFilter;
import org.fonds.web.room.SearchView.Choice;
import org.fonds.web.room.SearchView.FacetValue;
import org.fonds.web.room.SearchView.FacetView;
import org.fonds.web.room.SearchView.HitView;
import org.fonds.web.room.SearchView.SnippetView;

/** The search page: query box, date range, facets as checkable lists, hits with snippets, pages. */
final class SearchPage {
    static final int PAGE_SIZE = 10;
    /** Values of a facet listed before "show all N". */
    static final int FIRST_VALUES = 8;
    /** A summary standing in for passages is cut near this many characters, at a word. */
    static final int SUMMARY_CHARS = 320;
    private static final Map<Facet, String> LABELS = labels();

    private final Searcher searcher;
    /** The home page's counts of refused files and documents with warnings. */
    private final Function<SearchResult, ProblemsPage.Counts> problems;

    SearchPage(Searcher searcher, Function<SearchResult, ProblemsPage.Counts> problems) {
        this.searcher = searcher;
        this.problems = problems;
    }

    void render(Context ctx) {
        try (ClientWatch client = ClientWatch.of(ctx)) {
            Rendered page = page(ctx.queryParamMap(), client);
            ctx.status(page.status()).contentType("text/html; charset=utf-8").result(page.html());
        }
    }

    /** A page as sent: its status and its HTML. */
    record Rendered(int status, String html) {}

    /**
     * Makes the reading room's first page, the one {@code /} shows, and throws it away: run by a
     * server as it starts, so that the page's searches, tables and template are warm, and the
     * searches perhaps still running, when the first reader asks for it (the engine lets a request
     * join the same search in flight on the same index, or take its result).
     */
    void warmUp() {
        page(Map.of(), Cancellation.NONE);
    }

    Rendered page(Map<String, List<String>> params, Cancellation cancellation) {
        String q = first(params, "q", "");
        String from = first(params, "from", "");
        String to = first(params, "to", "");
        int page = Math.max(1, number(first(params, "page", "")));
        SortOrder sort = SortOrder.of(first(params, "sort", "")).orElse(SortOrder.RELEVANCE);
        SearchView view;
        int status = 200;
        try {
            int maxPage = SearchRequest.MAX_DEPTH / PAGE_SIZE;
            SearchRequest request = request(params, Math.min(page, maxPage), PAGE_SIZE);
            SearchResult result = searcher.search(request, cancellation);
            view = view(q, from, to, request, result, params);
            if (q.isBlank() && from.isBlank() && to.isBlank() && request.filters().isEmpty()) {
                view = view.withProblems(problems.apply(result));
            }
        } catch (QueryError e) {
            status = 400;
            view = failed(q, from, to, sort, e.getMessage(), e.pointer());
        } catch (IllegalArgumentException e) {
            status = 400;
            view = failed(q, from, to, sort, e.getMessage(), "");
        }
        return new Rendered(status, Templates.render("search.jte", view));
    }

    /**
     * The search the page's parameters ask for ({@code q}, {@code from}, {@code to}, {@code sort},
     * {@code facet.NAME}): the reader's words, narrowed to the dates given. The reader's own words are
     * parsed first, so an error points into them.
     *
     * @throws QueryError when the words do not parse
     * @throws IllegalArgumentException when a date is not a date
     */
    static SearchRequest request(Map<String, List<String>> params, int page, int size) {
        String q = first(params, "q", "");
        SortOrder sort = SortOrder.of(first(params, "sort", "")).orElse(SortOrder.RELEVANCE);
        Map<Facet, Set<String>> filters = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            List<String> vs = params.getOrDefault("facet." + f.facetName(), List.of());
            if (!vs.isEmpty()) filters.put(f, Set.copyOf(vs));
        }
        new QueryParser().parse(q);
        String range = range(first(params, "from", ""), first(params, "to", ""));
        String query = range.isEmpty() ? q : q.isBlank() ? range : "(" + q + ") AND " + range;
        return new SearchRequest(query, filters, sort, page, size);
    }

    /** {@code date:[from TO to]} from the date fields, or "" when both are empty. */
    private static String range(String from, String to) {
        if (from.isBlank() && to.isBlank()) return "";
        DateParameter.checked("from", from);
        DateParameter.checked("to", to);
        return "date:[" + (from.isBlank() ? "*" : from.strip()) + " TO " + (to.isBlank() ? "*" : to.strip()) + "]";
    }

    private SearchView view(String q, String from, String to, SearchRequest request, SearchResult r, Map<String, List<String>> params) {
        List<HitView> hits = new ArrayList<>();
        for (SearchResult.Hit h : r.hits()) {
            List<SnippetView> snippets = h.snippets().stream().map(s -> new SnippetView(s.source(), s.html())).toList();
            String summary = snippets.isEmpty() ? shortened(h.summary()) : null;
            List<Link> copies = h.copies().stream().map(c -> new Link(c, Links.document(c))).toList();
            hits.add(new HitView(h.title(), Links.document(h.id()), h.date(), h.id(), snippets, summary, copies));
        }
        List<FacetView> facets = new ArrayList<>();
        for (Facet f : Facet.values()) {
            Set<String> selected = request.filters().getOrDefault(f, Set.of());
            // the parser's warnings are the problems page's business; listed here only when chosen there
            if (f == Facet.WARNING && selected.isEmpty()) continue;
            List<FacetValue> values = new ArrayList<>();
            int i = 0;
            for (FacetCount c : r.facets().getOrDefault(f, List.of())) {
                values.add(new FacetValue(c.value(), c.count(), selected.contains(c.value()), "f-" + f.facetName() + "-" + i++));
            }
            for (String s : selected) {
                // a selected value the hits no longer have stays visible, so it can be unticked
                if (values.stream().noneMatch(v -> v.value().equals(s))) values.add(new FacetValue(s, 0, true, "f-" + f.facetName() + "-" + i++));
            }
            if (!values.isEmpty()) facets.add(split(f, values));
        }
        int pages = (int) Math.min((r.total() + PAGE_SIZE - 1) / PAGE_SIZE, SearchRequest.MAX_DEPTH / PAGE_SIZE);
        int page = request.page();
        String shown = r.hits().isEmpty() ? "" : (request.offset() + 1) + "–" + (request.offset() + r.hits().size());
        List<ActiveFilter> active = active(request.filters(), from, to, params);
        return new SearchView(q, from, to, r.total(), shown, page, pages, hits, facets, sorts(request.sort()),
                page > 1 ? pageLink(params, page - 1) : null, page < pages ? pageLink(params, page + 1) : null, null, null,
                active, active.size() > 1 ? clearAll(params) : null, r.total() == 0 ? List.of() : downloads(params), null);
    }

    /** The whole result (up to {@link SearchRequest#MAX_DEPTH} documents) in each bibliography format. */
    private static List<Link> downloads(Map<String, List<String>> params) {
        List<Link> out = new ArrayList<>();
        for (Bibliography b : Bibliography.values()) {
            Map<String, List<String>> p = withoutPage(params);
            p.put("format", List.of(b.formatName()));
            out.add(new Link(SearchDownload.LABELS.get(b), Links.search(p).replaceFirst("^/search", SearchDownload.PATH)));
        }
        return out;
    }

    private static SearchView failed(String q, String from, String to, SortOrder sort, String message, String pointer) {
        return new SearchView(q, from, to, 0, "", 1, 0, List.of(), List.of(), sorts(sort), null, null, message, pointer,
                List.of(), null, List.of(), null);
    }

    /** The first values, and every selected one, shown; the rest behind "show all". */
    private static FacetView split(Facet f, List<FacetValue> values) {
        List<FacetValue> first = new ArrayList<>();
        List<FacetValue> more = new ArrayList<>();
        for (FacetValue v : values) (first.size() < FIRST_VALUES || v.selected() ? first : more).add(v);
        // "show all 9" to reveal a single value costs more than it saves
        if (more.size() == 1) {
            first.addAll(more);
            more.clear();
        }
        return new FacetView(f.facetName(), LABELS.get(f), first, more);
    }

    /** Each filter in force, with the address of this search without it (and from its first page). */
    private static List<ActiveFilter> active(Map<Facet, Set<String>> filters, String from, String to, Map<String, List<String>> params) {
        List<ActiveFilter> out = new ArrayList<>();
        for (Facet f : Facet.values()) {
            for (String v : filters.getOrDefault(f, Set.of()).stream().sorted().toList()) {
                Map<String, List<String>> without = withoutPage(params);
                List<String> rest = new ArrayList<>(without.getOrDefault("facet." + f.facetName(), List.of()));
                rest.remove(v);
                without.put("facet." + f.facetName(), rest);
                out.add(new ActiveFilter(LABELS.get(f) + ": " + v, Links.search(without)));
            }
        }
        if (!from.isBlank() || !to.isBlank()) {
            Map<String, List<String>> without = withoutPage(params);
            without.remove("from");
            without.remove("to");
            String label = from.isBlank() ? "until " + to.strip() : to.isBlank() ? "from " + from.strip() : from.strip() + " to " + to.strip();
            out.add(new ActiveFilter("Dates: " + label, Links.search(without)));
        }
        return out;
    }

    /** The same words, order and nothing else. */
    private static String clearAll(Map<String, List<String>> params) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String k : List.of("q", "sort")) if (params.containsKey(k)) kept.put(k, params.get(k));
        return Links.search(kept);
    }

    private static Map<String, List<String>> withoutPage(Map<String, List<String>> params) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.remove("page");
        return p;
    }

    /** The summary cut at a word near {@link #SUMMARY_CHARS}, with an ellipsis when cut; null when there is none. */
    static String shortened(String summary) {
        if (summary == null || summary.isBlank()) return null;
        String s = summary.strip().replaceAll("\\s+", " ");
        if (s.length() <= SUMMARY_CHARS) return s;
        int cut = s.lastIndexOf(' ', SUMMARY_CHARS);
        return s.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).strip() + "\u2026";
    }

    private static List<Choice> sorts(SortOrder chosen) {
        return List.of(new Choice("relevance", "best match", chosen == SortOrder.RELEVANCE),
                new Choice("date", "oldest first", chosen == SortOrder.DATE),
                new Choice("-date", "newest first", chosen == SortOrder.DATE_DESC));
    }

    private static String pageLink(Map<String, List<String>> params, int page) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.put("page", List.of(Integer.toString(page)));
        return Links.search(p);
    }

    private static int number(String s) {
        try {
            return s.isBlank() ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Map<Facet, String> labels() {
        Map<Facet, String> m = new LinkedHashMap<>();
        m.put(Facet.YEAR, "Year");
        m.put(Facet.MONTH, "Month");
        m.put(Facet.PERSON, "Person");
        m.put(Facet.REPOSITORY, "Repository");
        m.put(Facet.ARCHIVE, "Archive");
        m.put(Facet.FOND, "Fond");
        m.put(Facet.DELO, "Archival file (delo)");
        m.put(Facet.LANGUAGE, "Original language");
        m.put(Facet.KIND, "Kind of document");
        m.put(Facet.TYPE, "Type, by the title");
        m.put(Facet.WARNING, "Warning");
        return m;
    }
}
