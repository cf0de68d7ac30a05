package org.fonds.deliberation.people;

import java.util.List;
import java.util.Objects;

/** The name occurrences of one document, distinct, in the order first seen. */
public record DocumentNames(String documentId, List<Occurrence> occurrences) {
    public DocumentNames {
        Objects.requireNonNull(documentId, "documentId");
        occurrences = List.copyOf(occurrences);
    }
}
