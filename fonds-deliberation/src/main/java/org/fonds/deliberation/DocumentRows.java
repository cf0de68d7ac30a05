package org.fonds.deliberation;

import java.util.List;
import java.util.Objects;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Citation;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.TimelineEntry;
import org.fonds.record.ArchivalReference;

/**
 * What one document puts into the derived tables once everyone is known: its session (resolved,
 * with the other accounts of its meeting), its statements, its log entries, the archival files and
 * works its notes cite, and the dates it mentions. {@code forms} are the name forms whose person
 * these rows depend on: when one of them comes to mean someone else, the rows must be written again.
 * A database keeps the tables as these rows, so a change rewrites only the documents it touches.
 * {@code title} and {@code kind}: the record's (either may be null). {@code work}: the work it is a
 * source of, the first id of the copies of its text (its own id when no other publisher's copy is known).
 */
public record DocumentRows(String documentId, String date, String title, String kind, Session session, List<String> forms, List<Statement> statements,
                           List<LogEntry> log, List<FileCitation> references, List<WorkCitation> works,
                           List<TimelineEntry> dates, String work) {
    public DocumentRows {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(work, "work");
        forms = List.copyOf(forms);
        statements = List.copyOf(statements);
        log = List.copyOf(log);
        references = List.copyOf(references);
        works = List.copyOf(works);
        dates = List.copyOf(dates);
    }

    /** The date the tables sort by: undated documents come first. */
    public String sortDate() {
        return date == null ? "" : date;
    }

    /** An archival file cited in a note of the document. */
    public record FileCitation(ArchivalReference reference, Citation citation) {
    }

    /** A work cited by the document. */
    public record WorkCitation(String title, String kind, Citation citation) {
    }
}
