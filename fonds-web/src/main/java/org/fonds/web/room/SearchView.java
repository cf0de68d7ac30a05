package org.fonds.web.room;

import java.util.List;

/** What the search page shows. {@code error} is set, and the rest empty, when the query did not parse. */
public record SearchView(String query, String from, String to, long total, String shown, int page, int pages,
                         List<HitView> hits, List<FacetView> facets, List<Choice> sorts, String previous, String next,
                         String error, String pointer) {

    /** One hit: where it leads and why it matched. */
    public record HitView(String title, String url, String date, String id, List<SnippetView> snippets) {}

    /** {@code html} is escaped text with {@code <mark>}s, made by the search's snippet formatter. */
    public record SnippetView(String source, String html) {}

    /** A facet as a list of checkable values. */
    public record FacetView(String name, String label, List<FacetValue> values) {
        public String fieldName() {
            return "facet." + name;
        }
    }

    public record FacetValue(String value, long count, boolean selected, String inputId) {}

    /** An option of a select: value, label, whether chosen. */
    public record Choice(String value, String label, boolean selected) {}

    public boolean searched() {
        return error == null;
    }
}
