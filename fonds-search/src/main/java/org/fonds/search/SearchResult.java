package org.fonds.search;

import java.util.List;
import java.util.Map;
import org.fonds.search.schema.Facet;

/**
 * What a search found: the number of matching documents, this page's hits, and the facet counts.
 * {@code total} is exact when {@code totalExact}; a search without facets stops counting at {@link
 * #EXACT_UP_TO} (counting every match of a common word in millions of documents would cost more
 * than the hits), and then {@code total} is a lower bound.
 */
public record SearchResult(long total, boolean totalExact, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {
    /** Matches are counted exactly up to this many when facets are left out. */
    public static final int EXACT_UP_TO = 10_000;

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** An exact result. */
    public SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {
        this(total, true, hits, facets);
    }

    /**
     * One matching document with the passages that show why it matched. {@code summary} is the
     * document's summary when passages were asked for and there are none to show (nothing but
     * filters was asked for, or the words matched only the title or a field that is not text), so a
     * reader still sees what the document is about; null otherwise. {@code copies} are the other
     * sources of the same work (the same text from another publisher) that match too, listed under
     * this one rather than as hits of their own; empty when the engine is asked directly.
     */
    public record Hit(String id, String title, String date, List<Snippet> snippets, String summary, List<String> copies) {
        public Hit {
            snippets = List.copyOf(snippets);
            if (summary != null && summary.isBlank()) summary = null;
            copies = List.copyOf(copies);
        }

        public Hit(String id, String title, String date, List<Snippet> snippets, String summary) {
            this(id, title, date, snippets, summary, List.of());
        }

        /** This hit with the other matching sources of its work. */
        public Hit withCopies(List<String> others) {
            return new Hit(id, title, date, snippets, summary, others);
        }

        public Hit(String id, String title, String date, List<Snippet> snippets) {
            this(id, title, date, snippets, null);
        }
    }

    /**
     * A passage with the matched words marked: {@code html} is escaped text with {@code <mark>} around
     * each match; {@code source} says where it came from ("body", "summary", "note 5").
     */
    public record Snippet(String source, String html) {}

    /** A facet value and how many matching documents have it. */
    public record FacetCount(String value, long count) {}
}
