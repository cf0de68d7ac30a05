package org.fonds.deliberation.people;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * The name occurrences of one document, distinct, in the order first seen; and {@code common}: the
 * capitalised words of those occurrences that the document also writes in lower case ("Report",
 * "Without"), folded and sorted. Across the corpus, such words are ordinary words, not names. The
 * date (ISO, may be null) tells which of two people of one surname a bare surname means.
 * {@code descriptions}: for a name form that a translator's note follows with who the person is
 * ("Imre Nagy, Hungarian prime minister"), that description. {@code pseudonyms}: for a name form the
 * text says stands for someone ("Filippov [Stalin]"), that someone's form.
 */
public record DocumentNames(String documentId, String date, List<Occurrence> occurrences, List<String> common,
                            Map<String, String> descriptions, Map<String, String> pseudonyms) {
    public DocumentNames {
        Objects.requireNonNull(documentId, "documentId");
        occurrences = List.copyOf(occurrences);
        common = common == null ? List.of() : List.copyOf(common);
        // most documents have neither: one empty map for all (two objects a document, 5 MB at 30,000, issue 14)
        descriptions = descriptions == null || descriptions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(descriptions));
        pseudonyms = pseudonyms == null || pseudonyms.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(pseudonyms));
    }

    public DocumentNames(String documentId, String date, List<Occurrence> occurrences, List<String> common,
                         Map<String, String> descriptions) {
        this(documentId, date, occurrences, common, descriptions, Map.of());
    }

    public DocumentNames(String documentId, List<Occurrence> occurrences) {
        this(documentId, null, occurrences, List.of(), Map.of());
    }

    /** The year of the document, or 0 when it has no date. */
    int year() {
        if (date == null || date.length() < 4) return 0;
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
