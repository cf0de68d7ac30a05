package org.fonds.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.fonds.export.Bibliography;
import org.fonds.export.Citing;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.StoredVersion;
import org.fonds.archive.Archive;
import org.fonds.search.SearchJson;
import org.fonds.search.SearchParams;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.query.QueryError;
import org.fonds.search.query.QueryParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Search the archive.",
        "Words, \"phrases\", AND / OR / NOT, (groups), prefix*, fuzzy~, and fields:",
        "  title: summary: body: notes: person: speaker: participant: archive: fond: opis: delo:",
        "  language: repository: type: kind: id: year:1956 date:[1956-10-23 TO 1956-11-04]",
        "person:, speaker: and participant: also match other spellings of a name (Chruschtschow)."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    HomeOption home;
    @Mixin
    IndexOption index;
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the query (several words are joined)")
    List<String> words = new ArrayList<>();
    @Option(names = "--json", description = "print the JSON of GET /api/search")
    boolean json;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits per page (default: ${DEFAULT-VALUE}, at most 100)")
    int limit;
    @Option(names = "--page", paramLabel = "P", defaultValue = "1", description = "page of hits (default: 1)")
    int page;
    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", description = "relevance, date or -date")
    String sort;
    @Option(names = "--facet", paramLabel = "NAME=VALUE", description = "keep documents with this facet value (repeatable), e.g. --facet year=1956")
    List<String> facets = new ArrayList<>();
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "every hit (up to 10,000) as a bibliography: ris, bibtex, csl-json or csv, instead of a page of hits")
    String format;
    @Option(names = "--public-url", paramLabel = "URL",
            description = "with --format: the public address of the reading room, named in citations as where each document was accessed")
    String publicUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            request = SearchParams.read(params());
        } catch (IllegalArgumentException e) {
            err.println("fonds search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            new QueryParser().parse(request.query()); // a query that cannot be read is said first, whatever the home
        } catch (QueryError e) {
            err.println("fonds search: " + e.getMessage());
            err.println(e.pointer());
            return ExitCodes.USAGE;
        }
        Bibliography bibliography = null;
        if (format != null) {
            bibliography = Bibliography.named(format).orElse(null);
            if (bibliography == null) {
                err.println("fonds search: no format '" + format + "'; use ris, bibtex, csl-json or csv");
                return ExitCodes.USAGE;
            }
        }
        // a search of a SolrCloud collection needs no home here; an embedded one needs one that exists
        try (Archive archive = index.embedded() ? home.openForReading(index) : home.open(index)) {
            if (bibliography != null) return bibliography(archive, request, bibliography, out, err);
            SearchResult result = archive.searcher().search(request);
            if (json) out.println(SearchJson.of(result));
            else new SearchReport(out).print(request, result);
            out.flush();
            return ExitCodes.OK;
        } catch (QueryError e) {
            err.println("fonds search: " + e.getMessage());
            err.println(e.pointer());
            return ExitCodes.USAGE;
        }
    }

    /** Every hit's stored record in {@code b}, streamed to standard output; the count goes to standard error. */
    private int bibliography(Archive archive, SearchRequest request, Bibliography b, PrintWriter out, PrintWriter err) {
        LocalDate today = LocalDate.now();
        try (Stream<StoredVersion> hits = archive.storedHits(request)) {
            int n = b.write(hits.map(v -> new Bibliography.Cited(RecordJson.read(v.recordJson()),
                    Citing.at(publicUrl, v.id(), today, v.version()))).iterator(), out);
            out.flush();
            if (out.checkError()) throw new IOException("standard output was closed or failed");
            err.println(n + " documents");
            err.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("fonds search: cannot write the bibliography: " + e.getMessage());
            return ExitCodes.SOFTWARE;
        }
    }

    private Map<String, List<String>> params() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("q", List.of(String.join(" ", words)));
        p.put("size", List.of(Integer.toString(limit)));
        p.put("page", List.of(Integer.toString(page)));
        p.put("sort", List.of(sort));
        for (String f : facets) {
            int eq = f.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("--facet takes NAME=VALUE (got: " + f + ")");
            p.computeIfAbsent("facet." + f.substring(0, eq).strip(), k -> new ArrayList<>()).add(f.substring(eq + 1).strip());
        }
        return p;
    }
}
