package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fonds.record.ArchiveRecord;

/**
 * The people one record names, read from that record alone: what a search index can know of a
 * record without the rest of the corpus ("person:Rakosi" finds the notes that list "Rakosi, Gero").
 * The same rules as {@link People}, with the record itself as the corpus.
 */
public final class DocumentPeople {
    private DocumentPeople() {
    }

    /** The name forms, titles dropped, in the order first seen. */
    public static List<String> names(ArchiveRecord record) {
        return names(record, false);
    }

    /**
     * As {@link #names(ArchiveRecord)}; with {@code searchable}, also every one-word form that may be
     * a surname though the record alone does not show it is one ("Rakosi" in "Rakosi, Gero, + others"):
     * a search for a person should find every record that may name them, and no one searches a
     * person's field for a word that is no one's name.
     */
    public static List<String> names(ArchiveRecord record, boolean searchable) {
        return names(NameScanner.scan(record), searchable);
    }

    /** As {@link #names(ArchiveRecord, boolean)}, from the record's scan made already (an ingest shares it with the tables). */
    public static List<String> names(NameScan scan, boolean searchable) {
        DocumentNames doc = scan.names();
        Gazetteer gazetteer = new Gazetteer(List.of(doc), Set.of());
        Set<String> out = new LinkedHashSet<>();
        for (Occurrence o : doc.occurrences()) {
            List<PersonName> names = gazetteer.names(o);
            for (PersonName n : names) out.add(n.form());
            if (names.isEmpty() && searchable && gazetteer.mayBeSurname(o)) out.add(gazetteer.stripped(o.form()).form());
        }
        return new ArrayList<>(out);
    }
}
