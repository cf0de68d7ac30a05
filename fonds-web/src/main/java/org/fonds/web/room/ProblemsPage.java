package org.fonds.web.room;

import org.fonds.record.stored.KeptProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.Searcher;
import org.fonds.search.schema.Facet;
import org.fonds.archive.Documents;
import org.fonds.record.stored.VersionRef;
import org.fonds.web.room.ProblemsView.RefusedFile;
import org.fonds.web.room.ProblemsView.WarnedDocument;
import org.fonds.web.room.ProblemsView.WarningCount;

/**
 * {@code /problems}: what ingest could not take in and what it took in with doubts, in the open.
 * Refusals come from the home's kept problems ({@code fonds problems}); warnings from the index's
 * warning facet, with the documents it lists read from the store: both kept per index commit
 * ({@link WarnedPages}).
 */
final class ProblemsPage {
    private final Searcher searcher;
    private final Documents archive;
    /** The documents with warnings, kept per index commit. */
    private final WarnedPages warned;

    ProblemsPage(Searcher searcher, Documents archive) {
        this.searcher = searcher;
        this.archive = archive;
        this.warned = new WarnedPages(searcher, archive);
    }

    String render(int page) {
        List<RefusedFile> refused = refused();
        WarnedPages.Warned w = warned.page(page);
        List<FacetCount> codes = w.codes();
        List<WarningCount> counts = codes.stream()
                .map(c -> new WarningCount(c.value(), c.count(), Links.search(Map.of("facet.warning", List.of(c.value()))))).toList();
        long warned = w.total();
        List<WarnedDocument> documents = w.documents();
        int last = w.last();
        if (!codes.isEmpty()) page = w.page();
        // in this order on every start (Map.of's order is not the same from one JVM to the next: the page's bytes were not)
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        params.put("facet.warning", codes.stream().map(FacetCount::value).toList());
        params.put("sort", List.of("date"));
        String all = codes.isEmpty() ? null : Links.search(params);
        String previous = page > 1 ? "/problems?page=" + (page - 1) : null;
        String next = page < last ? "/problems?page=" + (page + 1) : null;
        List<ProblemsView.SkippedDocument> skipped = archive.skipped().stream().map(p -> skipped(p.id(), p.code(), p.stage())).toList();
        return Templates.render("problems.jte", new ProblemsView(refused, skipped, counts, warned, documents, all, previous, next));
    }

    /**
     * How many files were refused and documents have warnings: the home page's counts, from the
     * warning codes its own search (of every document) counted.
     */
    Counts counts(SearchResult everything) {
        List<FacetCount> codes = everything.facets().getOrDefault(Facet.WARNING, List.of());
        long warned = codes.isEmpty() ? 0 : searcher.search(WarnedPages.warnedSearch(codes, 1, 1)).total();
        return new Counts(archive.problems().size(), warned);
    }

    record Counts(int refused, long warned) {
        boolean any() {
            return refused > 0 || warned > 0;
        }
    }

    private List<RefusedFile> refused() {
        List<RefusedFile> out = new ArrayList<>();
        for (KeptProblem p : archive.problems()) {
            out.add(new RefusedFile(name(p.sourcePath()), p.code(), p.line(), p.message(), p.keptAt()));
        }
        return out;
    }

    /** The file's name alone: a public page never shows a path of the machine that ingested it. */
    static String name(String sourcePath) {
        if (sourcePath == null || sourcePath.isBlank()) return "(no name)";
        String[] parts = sourcePath.split("[/\\\\]");
        return Arrays.stream(parts).filter(s -> !s.isBlank()).reduce((a, b) -> b).orElse(sourcePath);
    }

    /**
     * A document a stage went on without, by its title and date as stored: the tables may hold no row
     * of it. One that cannot be read keeps its id, the only name left.
     */
    private ProblemsView.SkippedDocument skipped(String id, String code, String stage) {
        ArchiveRecord r = null;
        try {
            r = archive.read(id, VersionRef.LATEST).map(v -> RecordJson.read(v.recordJson())).orElse(null);
        } catch (RuntimeException e) {
            // damaged or unreadable: why it was skipped, most likely
        }
        String title = r == null || r.title() == null || r.title().isBlank() ? id : r.title();
        return new ProblemsView.SkippedDocument(id, title, r == null ? null : r.date(), Links.document(id), code, stage);
    }
}
