package org.fonds.search.doc;

import java.util.List;
import java.util.Map;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.Field;

/**
 * What one stored document gives the search index, before either engine turns it into its own
 * document: the values of each field and of each facet, as strings (numbers in decimal).
 */
public record IndexDocument(String id, Map<Field, List<String>> fields, Map<Facet, List<String>> facets) {
    public IndexDocument {
        fields = Map.copyOf(fields);
        facets = Map.copyOf(facets);
    }

    /** The values of {@code field}, in order; empty when it has none. */
    public List<String> values(Field field) {
        return fields.getOrDefault(field, List.of());
    }

    public List<String> values(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
