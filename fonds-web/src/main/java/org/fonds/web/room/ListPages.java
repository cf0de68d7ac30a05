package org.fonds.web.room;

import org.fonds.error.InvalidRequestException;

import org.fonds.record.stored.VersionRef;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.Searcher;
import org.fonds.search.SortOrder;
import org.fonds.search.doc.ArchivalFiles;
import org.fonds.search.schema.Facet;
import org.fonds.archive.Documents;
import org.fonds.web.room.ListView.Group;
import org.fonds.web.room.ListView.Row;

/** The pages that list documents: an archival file in leaf order, a person's documents, browsing by date. */
final class ListPages {
    static final int PAGE = 100;
    private final Searcher searcher;
    private final Documents archive;

    ListPages(Searcher searcher, Documents archive) {
        this.searcher = searcher;
        this.archive = archive;
    }

    /** Every document of one archival file, in leaf order, with the leaves no document covers. */
    String file(Context ctx) {
        String label = ctx.queryParam("delo");
        if (label == null || label.isBlank()) return null;
        List<Hit> hits = all(SearchRequest.of("").withFilter(Facet.DELO, label));
        record Entry(Hit hit, Leaves leaves) {}
        List<Entry> entries = new ArrayList<>();
        for (Hit h : hits) entries.add(new Entry(h, leaves(h.id(), label)));
        entries.sort(Comparator.comparingInt((Entry e) -> e.leaves().first()).thenComparing(e -> e.hit().id()));
        List<Row> rows = new ArrayList<>();
        Leaves before = null;
        for (Entry e : entries) {
            String gap = before == null ? null : before.gapBefore(e.leaves());
            if (gap != null) rows.add(new Row(gap + ": no document in this archive", null, null, null));
            String detail = e.leaves().text().isEmpty() ? "leaves not given" : "Ll. " + e.leaves().text();
            rows.add(new Row(e.hit().title(), Links.document(e.hit().id()), e.hit().date(), detail));
            if (e.leaves().known()) before = e.leaves();
        }
        String intro = hits.size() + (hits.size() == 1 ? " document" : " documents") + " of this file, in the order of their leaves.";
        ListView v = new ListView(label, label, intro, List.of(), rows, hits.size(), null, null,
                Links.search(Map.of("facet.delo", List.of(label))));
        return Templates.render("list.jte", v);
    }

    /** The documents a person takes part or speaks in, oldest first. */
    String person(Context ctx, String name) {
        int page = page(ctx);
        SearchResult r = searcher.search(new SearchRequest("", Map.of(Facet.PERSON, java.util.Set.of(name)), SortOrder.DATE, page, PAGE)
                .withParts(false, false));
        if (r.total() == 0) return null;
        List<Row> rows = r.hits().stream().map(h -> new Row(h.title(), Links.document(h.id()), h.date(), Links.readableId(h.id()))).toList();
        String intro = name + " takes part or speaks in " + r.total() + (r.total() == 1 ? " document." : " documents.");
        ListView v = new ListView(name, name, intro, List.of(), rows, r.total(), pageUrl(ctx, page - 1, r.total()),
                pageUrl(ctx, page + 1, r.total()), Links.search(Map.of("q", List.of("person:\"" + name.replace("\"", "") + "\""))));
        return Templates.render("list.jte", v);
    }

    /** The years of the archive; or, for {@code ?year=}, its months and its documents in date order. */
    String dates(Context ctx) {
        String year = ctx.queryParam("year");
        if (year == null || year.isBlank()) {
            SearchResult r = searcher.search(SearchRequest.of("").withParts(true, false).withPage(1, 1));
            List<Group> years = groups(r, Facet.YEAR, v -> Links.year(v));
            return Templates.render("list.jte", new ListView("Browse by date", "Browse by date",
                    r.total() + " documents; choose a year.", years, List.of(), r.total(), null, null, null));
        }
        try {
            year = DateParameter.year("year", year);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(PicturePages.BAD_DATE, e.getMessage());
        }
        int page = page(ctx);
        SearchResult r = searcher.search(new SearchRequest("", Map.of(Facet.YEAR, java.util.Set.of(year)), SortOrder.DATE, page, PAGE)
                .withParts(true, false));
        List<Group> months = groups(r, Facet.MONTH, v -> Links.search(Map.of("facet.month", List.of(v), "sort", List.of("date"))));
        List<Row> rows = r.hits().stream().map(h -> new Row(h.title(), Links.document(h.id()), h.date(), Links.readableId(h.id()))).toList();
        return Templates.render("list.jte", new ListView(year, "Documents of " + year, r.total() + " documents, oldest first.",
                months, rows, r.total(), pageUrl(ctx, page - 1, r.total()), pageUrl(ctx, page + 1, r.total()),
                Links.search(Map.of("facet.year", List.of(year)))));
    }

    private static List<Group> groups(SearchResult r, Facet facet, java.util.function.Function<String, String> link) {
        List<Group> out = new ArrayList<>();
        for (FacetCount c : r.facets().getOrDefault(facet, List.of())) out.add(new Group(c.value(), c.count(), link.apply(c.value())));
        return out;
    }

    /** All hits of {@code request}, page by page, up to the deepest page a search serves. */
    private List<Hit> all(SearchRequest request) {
        List<Hit> out = new ArrayList<>();
        for (int page = 1; page * PAGE <= SearchRequest.MAX_DEPTH; page++) {
            SearchResult r = searcher.search(new SearchRequest(request.query(), request.filters(), SortOrder.DATE, page, PAGE)
                    .withParts(false, false));
            out.addAll(r.hits());
            if (out.size() >= r.total() || r.hits().isEmpty()) break;
        }
        return out;
    }

    private Leaves leaves(String id, String fileLabel) {
        ArchiveRecord r = archive.read(id, VersionRef.LATEST).map(v -> RecordJson.read(v.recordJson())).orElse(null);
        if (r == null) return Leaves.of(null);
        for (ArchivalReference a : r.archivalReferences()) if (fileLabel.equals(ArchivalFiles.file(a))) return Leaves.of(a.leaves());
        return Leaves.of(null);
    }

    private static int page(Context ctx) {
        try {
            int page = Math.max(1, Integer.parseInt(ctx.queryParam("page") == null ? "1" : ctx.queryParam("page")));
            return Math.min(page, SearchRequest.MAX_DEPTH / PAGE); // past the deepest page a search serves: the last one, not a 500
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String pageUrl(Context ctx, int page, long total) {
        if (page < 1 || (long) (page - 1) * PAGE >= total || page * PAGE > SearchRequest.MAX_DEPTH) return null;
        String year = ctx.queryParam("year");
        return ctx.path() + "?" + (year == null ? "" : "year=" + Links.enc(year) + "&") + "page=" + page;
    }
}
