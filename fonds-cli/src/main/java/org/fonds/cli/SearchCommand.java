package org.fonds.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fonds.search.SearchJson;
import org.fonds.search.SearchParams;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.Searcher;
import org.fonds.search.query.QueryError;
import org.fonds.search.query.QueryParser;
import org.fonds.store.ArchiveHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Search the archive.",
        "Words, \"phrases\", AND / OR / NOT, (groups), prefix*, fuzzy~, and fields:",
        "  title: summary: body: notes: person: speaker: participant: archive: fond: opis: delo:",
        "  language: repository: type: id: year:1956 date:[1956-10-23 TO 1956-11-04]",
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
        try (Searcher searcher = index.openSearcher(new ArchiveHome(index.solrNodes().isEmpty() ? home.existing() : home.home()))) {
            SearchResult result = searcher.search(request);
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
