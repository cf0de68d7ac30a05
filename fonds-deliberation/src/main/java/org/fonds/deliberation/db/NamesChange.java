package org.fonds.deliberation.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.NameForms;
import org.fonds.deliberation.people.Occurrence;

/**
 * The name forms whose reading one document's change can move: those of the occurrences, notes'
 * descriptions and pseudonyms it gained or lost, as they were ({@code before}) and as they are
 * ({@code now}). Who is who for a surname reads of each document only its occurrences of that
 * surname, their descriptions and pseudonyms, and the document's year; so where the year and the
 * order of the occurrences kept are as they were, a form the document names as it did cannot move
 * (an editor's sentence "Another view was put..." adds one word read as a name, not the seven members
 * the record names, each in most documents of a million: issue 14). Where the date, the lower-case
 * words or the order differ, every form of both is given, as for a document new or removed.
 */
record NamesChange(Set<String> before, Set<String> now) {
    /** The forms {@code before} (null: not there) and {@code now} (null: removed) name otherwise. */
    static NamesChange between(DocumentNames before, DocumentNames now) {
        if (before == null || now == null || !sameFrame(before, now)) return every(before, now);
        return new NamesChange(NameForms.formsOf(less(before, now)), NameForms.formsOf(less(now, before)));
    }

    /** Every form of both. */
    static NamesChange every(DocumentNames before, DocumentNames now) {
        return new NamesChange(before == null ? Set.of() : NameForms.formsOf(before), now == null ? Set.of() : NameForms.formsOf(now));
    }

    /** The same date and lower-case words, and the occurrences both hold in the same order. */
    private static boolean sameFrame(DocumentNames a, DocumentNames b) {
        return Objects.equals(a.date(), b.date()) && a.common().equals(b.common()) && kept(a, b).equals(kept(b, a));
    }

    /** The occurrences of {@code a} that {@code b} holds too, in {@code a}'s order. */
    private static List<Occurrence> kept(DocumentNames a, DocumentNames b) {
        Set<Occurrence> other = new HashSet<>(b.occurrences());
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : a.occurrences()) if (other.contains(o)) out.add(o);
        return out;
    }

    /** What {@code a} names that {@code b} does not: occurrences, and descriptions and pseudonyms given otherwise. */
    private static DocumentNames less(DocumentNames a, DocumentNames b) {
        Set<Occurrence> other = new HashSet<>(b.occurrences());
        List<Occurrence> only = new ArrayList<>();
        for (Occurrence o : a.occurrences()) if (!other.contains(o)) only.add(o);
        return new DocumentNames(a.documentId(), a.date(), only, List.of(), differing(a.descriptions(), b.descriptions()),
                differing(a.pseudonyms(), b.pseudonyms()));
    }

    private static Map<String, String> differing(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) out.put(k, v);
        });
        return out;
    }
}
