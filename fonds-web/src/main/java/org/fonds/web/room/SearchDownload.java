package org.fonds.web.room;

import org.fonds.record.stored.VersionRef;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.fonds.export.Bibliography;
import org.fonds.export.Bibliography.Cited;
import org.fonds.export.Citing;
import org.fonds.record.RecordJson;
import org.fonds.search.AllHits;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.Searcher;
import org.fonds.search.query.QueryError;
import org.fonds.archive.Documents;
import org.fonds.record.stored.StoredVersion;

/**
 * {@code /search/download?format=ris&q=...}: the bibliography of a search, every hit (up to
 * {@link SearchRequest#MAX_DEPTH}) in RIS, BibTeX, CSL-JSON or CSV, streamed as each record is read
 * from the archive. The parameters are the search page's, so its links download what it shows.
 */
final class SearchDownload {
    static final String PATH = "/search/download";
    static final Map<Bibliography, String> LABELS = Map.of(Bibliography.RIS, "RIS", Bibliography.BIBTEX, "BibTeX",
            Bibliography.CSL_JSON, "CSL-JSON", Bibliography.CSV, "CSV");

    private final Searcher searcher;
    private final Documents archive;

    SearchDownload(Searcher searcher, Documents archive) {
        this.searcher = searcher;
        this.archive = archive;
    }

    /** The file, or null (nothing written) when the format is unknown or the search does not parse. */
    String download(Context ctx) throws IOException {
        Map<String, List<String>> params = ctx.queryParamMap();
        Bibliography format = Bibliography.named(params.getOrDefault("format", List.of("")).getFirst()).orElse(null);
        if (format == null) return "Download as format=ris, bibtex, csl-json or csv";
        SearchRequest request;
        try {
            request = SearchPage.request(params, 1, SearchRequest.MAX_SIZE);
        } catch (QueryError | IllegalArgumentException e) {
            return e.getMessage();
        }
        ctx.contentType(format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"fonds-search." + format.extension() + "\"");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Iterator<Hit> hits = new AllHits(searcher, request);
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        format.write(new Records(hits, archive, today, SiteAddress.publicOrNull(ctx)), out);
        out.flush();
        return null;
    }

    /**
     * The stored records of the hits, read one at a time; a document removed since it was indexed is
     * skipped. Citations name Fonds only through its {@code --public-url}: see {@link Citing}.
     */
    private static final class Records implements Iterator<Cited> {
        private final Iterator<Hit> hits;
        private final Documents archive;
        private final LocalDate today;
        private final String publicUrl;
        private Cited ahead;

        Records(Iterator<Hit> hits, Documents archive, LocalDate today, String publicUrl) {
            this.hits = hits;
            this.archive = archive;
            this.today = today;
            this.publicUrl = publicUrl;
        }

        @Override
        public boolean hasNext() {
            while (ahead == null && hits.hasNext()) {
                String id = hits.next().id();
                StoredVersion v = archive.read(id, VersionRef.LATEST).orElse(null);
                if (v != null) ahead = new Cited(RecordJson.read(v.recordJson()), Citing.at(publicUrl, id, today, v.version()));
            }
            return ahead != null;
        }

        @Override
        public Cited next() {
            if (!hasNext()) throw new NoSuchElementException();
            Cited c = ahead;
            ahead = null;
            return c;
        }
    }
}
