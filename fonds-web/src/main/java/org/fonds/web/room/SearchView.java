package org.fonds.web.room;

import org.fonds.record.stored.KeptProblem;
import java.util.List;

/** What the search page shows. {@code error} is set, and the rest empty, when the query did not parse. */
public record SearchView(String query, String from, String to, long total, String shown, int page, int pages,
                         List<HitView> hits, List<FacetView> facets, List<Choice> sorts, String previous, String next,
                         String error, String pointer, List<ActiveFilter> active, String clearAll,
                         List<DocumentView.Link> downloads, String problems) {

    /** This view with the home page's note of refused files and warned documents, if there are any. */
    SearchView withProblems(ProblemsPage.Counts counts) {
        if (!counts.any()) return this;
        String refused = counts.refused() == 0 ? "" : counts.refused() == 1 ? "1 file was refused" : counts.refused() + " files were refused";
        String warned = counts.warned() == 0 ? "" : counts.warned() == 1 ? "1 document has warnings"
                : counts.warned() + " documents have warnings";
        String note = refused.isEmpty() ? warned : warned.isEmpty() ? refused : refused + " and " + warned;
        return new SearchView(query, from, to, total, shown, page, pages, hits, facets, sorts, previous, next, error, pointer,
                active, clearAll, downloads, note);
    }

    /**
     * One hit: where it leads and why it matched; {@code summary} (or null) stands in for the
     * passages when there are none, as when nothing but filters was asked for; {@code copies} link the
     * same text from other publishers, grouped under this hit (issue 12).
     */
    public record HitView(String title, String url, String date, String id, List<SnippetView> snippets, String summary,
                          List<DocumentView.Link> copies) {}

    /** A filter in force ("Year: 1956"), with the address of the same search without it. */
    public record ActiveFilter(String label, String removeUrl) {}

    /** {@code html} is escaped text with {@code <mark>}s, made by the search's snippet formatter. */
    public record SnippetView(String source, String html) {}

    /**
     * A facet as a list of checkable values: the first ones (and every selected one) shown, the rest
     * behind "show all N", so no value is hidden in a scroll box without saying how many there are.
     */
    public record FacetView(String name, String label, List<FacetValue> values, List<FacetValue> more) {
        public String fieldName() {
            return "facet." + name;
        }

        public int all() {
            return values.size() + more.size();
        }
    }

    public record FacetValue(String value, long count, boolean selected, String inputId) {}

    /** An option of a select: value, label, whether chosen. */
    public record Choice(String value, String label, boolean selected) {}

    public boolean searched() {
        return error == null;
    }
}
