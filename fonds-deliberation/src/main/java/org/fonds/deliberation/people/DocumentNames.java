package org.fonds.deliberation.people;

import java.util.List;
import java.util.Objects;

/**
 * The name occurrences of one document, distinct, in the order first seen; and {@code common}: the
 * capitalised words of those occurrences that the document also writes in lower case ("Report",
 * "Without"), folded and sorted. Across the corpus, such words are ordinary words, not names.
 */
public record DocumentNames(String documentId, List<Occurrence> occurrences, List<String> common) {
    public DocumentNames {
        Objects.requireNonNull(documentId, "documentId");
        occurrences = List.copyOf(occurrences);
        common = common == null ? List.of() : List.copyOf(common);
    }

    public DocumentNames(String documentId, List<Occurrence> occurrences) {
        this(documentId, occurrences, List.of());
    }
}
