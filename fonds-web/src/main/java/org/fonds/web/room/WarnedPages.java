package org.fonds.web.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fonds.archive.Documents;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.VersionRef;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.Searcher;
import org.fonds.search.SortOrder;
import org.fonds.search.schema.Facet;
import org.fonds.web.room.ProblemsView.WarnedDocument;
import org.fonds.web.room.ProblemsView.WarningLine;

/**
 * The problems page's documents with warnings, a page at a time, kept while the index is on the
 * same commit. Each page cost two searches (the warning codes of every document, then the warned
 * documents in date order) and 25 records read from the store for their warnings' lines: at
 * 100,000 records 11-18 ms at the median and 83-106 ms at p99 (BENCHMARKS.md, web22). Which
 * documents are listed, and with what warnings, changes only with what is indexed: every write
 * (ingest, reparse, reindex, a correction) stores the record first and then commits the index, so
 * the commit's name ({@link Searcher#state()}) names the answer. An engine that names no state
 * (SolrCloud) is asked every time. A page is kept only when the state was the same before and
 * after it was made, so an answer made across a commit is never taken for the new one.
 */
final class WarnedPages {
    /** Documents with warnings listed on a page. */
    static final int LISTED = 25;
    /** The deepest page a search reaches: the pages kept for one commit are at most this many. */
    static final int LAST = SearchRequest.MAX_DEPTH / LISTED;

    /** One page: the warning codes counted over every document, the documents in date order, and the pages there are. */
    record Warned(List<FacetCount> codes, long total, int page, int last, List<WarnedDocument> documents) {
    }

    /** What is kept for one commit: its warning codes and the pages made so far. */
    private record Kept(String state, List<FacetCount> codes, Map<Integer, Warned> pages) {
    }

    private final Searcher searcher;
    private final Documents archive;
    private volatile Kept kept;

    WarnedPages(Searcher searcher, Documents archive) {
        this.searcher = searcher;
        this.archive = archive;
    }

    /** Page {@code page} (1 for the first; past the last the last reachable), from what is kept while the commit is the same. */
    Warned page(int page) {
        int shown = Math.max(1, Math.min(page, LAST));
        Optional<String> state = searcher.state();
        if (state.isEmpty()) return make(warningCodes(), shown);
        Kept k = kept;
        if (k == null || !k.state().equals(state.get())) {
            List<FacetCount> codes = warningCodes();
            if (!state.equals(searcher.state())) return make(codes, shown);
            k = new Kept(state.get(), codes, new ConcurrentHashMap<>());
            kept = k;
        }
        Warned known = k.pages().get(shown);
        if (known != null) return known;
        Warned made = make(k.codes(), shown);
        if (state.equals(searcher.state())) k.pages().put(shown, made);
        return made;
    }

    private Warned make(List<FacetCount> codes, int shown) {
        if (codes.isEmpty()) return new Warned(codes, 0, shown, 1, List.of());
        SearchResult r = searcher.search(warnedSearch(codes, shown, LISTED));
        int last = (int) Math.min((r.total() + LISTED - 1) / LISTED, LAST);
        List<WarnedDocument> documents = new ArrayList<>();
        for (SearchResult.Hit h : r.hits()) {
            ArchiveRecord record = archive.read(h.id(), VersionRef.LATEST).map(v -> RecordJson.read(v.recordJson())).orElse(null);
            if (record == null) continue;
            List<WarningLine> lines = record.warnings().stream().map(w -> new WarningLine(w.code(), w.line(), w.message())).toList();
            documents.add(new WarnedDocument(record.title(), Links.document(record.id()), record.date(), lines));
        }
        return new Warned(codes, r.total(), shown, last, List.copyOf(documents));
    }

    private List<FacetCount> warningCodes() {
        SearchResult all = searcher.search(new SearchRequest("", Map.of(), SortOrder.DATE, 1, 1, true, false));
        return List.copyOf(all.facets().getOrDefault(Facet.WARNING, List.of()));
    }

    /** Documents with any of the warnings, oldest first. */
    static SearchRequest warnedSearch(List<FacetCount> codes, int page, int size) {
        Map<Facet, Set<String>> filter = new LinkedHashMap<>();
        filter.put(Facet.WARNING, Set.copyOf(codes.stream().map(FacetCount::value).toList()));
        return new SearchRequest("", filter, SortOrder.DATE, page, size, false, false);
    }
}
