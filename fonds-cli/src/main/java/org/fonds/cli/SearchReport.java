package org.fonds.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.SearchResult.Snippet;
import org.fonds.search.schema.Facet;

/** Search results for people on a terminal: hits with their snippets (matches in «»), then the facets. */
final class SearchReport {
    private static final int FACET_VALUES_SHOWN = 8;
    private final PrintWriter out;

    SearchReport(PrintWriter out) {
        this.out = out;
    }

    void print(SearchRequest request, SearchResult result) {
        if (result.total() == 0) {
            out.println("No documents match. Try fewer words, a prefix (Khrush*), or person: to match other spellings.");
            return;
        }
        int first = request.offset() + 1;
        int last = request.offset() + result.hits().size();
        boolean all = result.totalExact() && first == 1 && last == result.total();
        out.println((result.totalExact() ? "" : "at least ") + result.total() + (result.total() == 1 ? " document matches" : " documents match")
                + (all || result.hits().isEmpty() ? "" : "; " + first + "-" + last + " shown") + ".");
        int rank = first;
        for (Hit h : result.hits()) {
            out.println();
            out.println(rank++ + ". " + h.title());
            out.println("   " + h.id() + (h.date() == null ? "" : "  " + h.date()));
            for (Snippet s : h.snippets()) out.println("   " + s.source() + ": " + plain(s.html()));
        }
        out.println();
        facets(result.facets());
    }

    private void facets(Map<Facet, List<FacetCount>> facets) {
        for (Facet f : Facet.values()) {
            List<FacetCount> counts = facets.getOrDefault(f, List.of());
            if (counts.isEmpty()) continue;
            StringBuilder line = new StringBuilder(f.facetName()).append(": ");
            for (int i = 0; i < counts.size() && i < FACET_VALUES_SHOWN; i++) {
                if (i > 0) line.append(", ");
                line.append(counts.get(i).value()).append(" (").append(counts.get(i).count()).append(')');
            }
            if (counts.size() > FACET_VALUES_SHOWN) line.append(", ...");
            out.println(line);
        }
    }

    /** The snippet's HTML as text: marks become «», entities their characters. */
    static String plain(String html) {
        return html.replace("<mark>", "«").replace("</mark>", "»").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
