package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One object for each equal name occurrence and word of the documents' names held for a whole
 * corpus: the same members and forms are named in nearly every document, and an occurrence with
 * its form was about a third of the heap the extracts of 10,000 generated records held (800,000
 * occurrences, 81 a document, a few thousand of them distinct; issue 14). Values are immutable
 * records compared by value, so sharing them changes nothing a reader sees. Safe from many threads.
 */
public final class Canonical {
    private final ConcurrentHashMap<Object, Object> seen = new ConcurrentHashMap<>();

    /** The one instance equal to {@code value} (null for null). */
    @SuppressWarnings("unchecked")
    public <T> T of(T value) {
        if (value == null) return null;
        Object held = seen.putIfAbsent(value, value);
        return held == null ? value : (T) held;
    }

    /** {@code names} with each occurrence and each ordinary word the one instance of its value. */
    public DocumentNames names(DocumentNames names) {
        List<Occurrence> occurrences = new ArrayList<>(names.occurrences().size());
        for (Occurrence o : names.occurrences()) occurrences.add(occurrence(o));
        List<String> common = new ArrayList<>(names.common().size());
        for (String w : names.common()) common.add(of(w));
        return new DocumentNames(names.documentId(), of(names.date()), occurrences, common, names.descriptions(), names.pseudonyms());
    }

    private Occurrence occurrence(Occurrence o) {
        Occurrence held = (Occurrence) seen.get(o);
        if (held != null) return held;
        // a new one holds the words it shares with others once too ("Nagy" as a form and as a hint)
        return of(new Occurrence(of(o.form()), o.role(), of(o.hint()), o.stated(), o.list()));
    }
}
