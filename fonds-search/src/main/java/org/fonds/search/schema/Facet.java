package org.fonds.search.schema;

import java.util.Locale;
import java.util.Optional;

/**
 * The facets a search counts and filters by. Within one facet, selected values are alternatives
 * (1955 or 1956); across facets they all apply; each facet's counts are taken under every filter
 * but its own, so a reader can widen a selection from the counts shown.
 */
public enum Facet {
    YEAR("year", Order.VALUE),
    MONTH("month", Order.VALUE),
    PERSON("person", Order.COUNT),
    REPOSITORY("repository", Order.COUNT),
    ARCHIVE("archive", Order.COUNT),
    FOND("fond", Order.COUNT),
    DELO("delo", Order.COUNT),
    LANGUAGE("language", Order.COUNT),
    TYPE("type", Order.COUNT),
    KIND("kind", Order.COUNT),
    /** The codes of the parser's warnings ({@code no-citation}, ...): the documents the problems page lists. */
    WARNING("warning", Order.COUNT);

    /** How a facet's values are listed: most frequent first, or in their own (chronological) order. */
    public enum Order { COUNT, VALUE }

    /** At most this many values of a count-ordered facet are listed. */
    public static final int TOP = 50;

    private final String facetName;
    private final Order order;

    Facet(String facetName, Order order) {
        this.facetName = facetName;
        this.order = order;
    }

    /** The name in the API ({@code facet.person=Kadar}) and in results. */
    public String facetName() {
        return facetName;
    }

    /** The index field that holds this facet's values. */
    public String fieldName() {
        return "f_" + facetName;
    }

    public Order order() {
        return order;
    }

    public static Optional<Facet> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Facet f : values()) if (f.facetName.equals(n)) return Optional.of(f);
        return Optional.empty();
    }
}
