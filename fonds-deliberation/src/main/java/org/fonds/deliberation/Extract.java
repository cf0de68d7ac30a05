package org.fonds.deliberation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.fonds.deliberation.people.DocumentNames;
import org.fonds.deliberation.people.NameScan;
import org.fonds.deliberation.people.NameScanner;
import org.fonds.deliberation.sessions.Meetings;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SessionReader;
import org.fonds.deliberation.sessions.Sketch;
import org.fonds.deliberation.tables.Citation;
import org.fonds.deliberation.tables.TimelineEntry;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.DateMention;
import org.fonds.record.Note;
import org.fonds.record.Turn;

/**
 * What one record contributes, worked out when it is added: everything that does not depend on
 * other records. Names are resolved to people only when all records are in. {@code title} and
 * {@code kind}: the record's, for the pages that list documents by title without reading each from
 * the store, and for the chronology. {@code sketch}: of the body, to find the same text from another
 * publisher (null in extracts of old).
 */
record Extract(String documentId, String date, String title, String kind, Session session, List<Turn> turns, DocumentNames names,
               List<CitedReference> references, List<CitedWork> works, List<TimelineEntry> dates,
               Meetings.Account account, long[] sketch) {

    record CitedReference(ArchivalReference reference, Citation citation) {
    }

    record CitedWork(String title, String kind, Citation citation) {
    }


    /** This extract with {@code other} names (the same names, shared with other extracts: {@link DeliberationsBuilder}). */
    Extract withNames(DocumentNames other) {
        return new Extract(documentId, date, title, kind, session, turns, other, references, works, dates, account, sketch);
    }

    static Extract of(ArchiveRecord record) {
        return of(record, tasked -> NameScanner.scan(record, tasked));
    }

    /** As {@link #of(ArchiveRecord)}, from the record's name scan made already (an ingest shares it with the index). */
    static Extract of(ArchiveRecord record, NameScan names) {
        return of(record, names::with);
    }

    /** {@code names}: the record's names given a session's tasked names. */
    private static Extract of(ArchiveRecord record, Function<List<String>, DocumentNames> names) {
        Session session = SessionReader.isSession(record) ? SessionReader.read(record) : null;
        List<String> tasked = session == null ? List.of() : SessionReader.taskedNames(session);
        long[] sketch = Sketch.of(record.body());
        return new Extract(record.id(), record.date(), record.title(), record.kind(), session, session == null ? List.of() : record.turns(),
                names.apply(tasked), references(record), works(record), dates(record),
                session == null ? null : SessionReader.account(record, sketch), sketch);
    }

    private static List<CitedReference> references(ArchiveRecord record) {
        List<CitedReference> out = new ArrayList<>();
        for (Note n : record.notes()) {
            for (ArchivalReference r : n.archivalReferences()) {
                out.add(new CitedReference(r, new Citation(record.id(), "note " + n.n(), r.leaves(), r.text())));
            }
        }
        return out;
    }

    private static List<CitedWork> works(ArchiveRecord record) {
        List<CitedWork> out = new ArrayList<>();
        if (record.publishedIn() != null) {
            out.add(new CitedWork(record.publishedIn().title(), "publication",
                    new Citation(record.id(), "citation", null, record.citation())));
        }
        out.addAll(WorksCited.in(record));
        return out;
    }

    private static List<TimelineEntry> dates(ArchiveRecord record) {
        List<TimelineEntry> out = new ArrayList<>();
        for (DateMention d : record.dateMentions()) {
            if (d.date() != null) out.add(new TimelineEntry(d.date(), record.id(), d.where(), d.offset(), d.text()));
        }
        return out;
    }
}
