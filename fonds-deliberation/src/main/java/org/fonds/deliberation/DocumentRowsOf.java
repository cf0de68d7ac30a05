package org.fonds.deliberation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fonds.deliberation.people.People;
import org.fonds.deliberation.sessions.Attendee;
import org.fonds.deliberation.sessions.Decision;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.deliberation.sessions.Task;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;
import org.fonds.record.Turn;

/** One extract made into its {@link DocumentRows}, by the same rules as {@link Assembly} applies to the whole corpus. */
final class DocumentRowsOf {
    private DocumentRowsOf() {
    }

    /** The forms whose person the rows of {@code e} depend on: every name its session and its turns hold. */
    static TreeSet<String> forms(Extract e) {
        TreeSet<String> forms = new TreeSet<>();
        if (e.session() != null) {
            for (Attendee a : e.session().participants()) forms.add(a.name());
            for (SpeakerCount c : e.session().speakers()) forms.add(c.name());
            for (Task t : e.session().tasks()) forms.addAll(t.names());
            for (Decision d : e.session().decisions()) forms.addAll(d.names());
        }
        for (Turn turn : e.turns()) forms.addAll(turn.speakers());
        return forms;
    }

    static DocumentRows of(Extract e, Resolved resolved) {
        People people = resolved.people();
        TreeSet<String> forms = new TreeSet<>();
        Session session = null;
        List<LogEntry> log = new ArrayList<>();
        if (e.session() != null) {
            // every name the unresolved session holds is a form the resolved one depends on
            for (Attendee a : e.session().participants()) forms.add(a.name());
            for (SpeakerCount c : e.session().speakers()) forms.add(c.name());
            for (Task t : e.session().tasks()) forms.addAll(t.names());
            for (Decision d : e.session().decisions()) forms.addAll(d.names());
            session = e.session().resolve(people).withAccounts(resolved.accounts(e.documentId()));
            for (Decision d : session.decisions()) log.add(new LogEntry(d.date(), d.documentId(), "decision", d.text(), d.personIds()));
            for (Task t : session.tasks()) log.add(new LogEntry(t.date(), t.documentId(), "task", t.text(), t.personIds()));
        }
        List<Statement> statements = new ArrayList<>();
        for (int t = 0; t < e.turns().size(); t++) {
            Turn turn = e.turns().get(t);
            for (String speaker : turn.speakers()) {
                forms.add(speaker);
                String id = people.idIn(e.documentId(), speaker);
                if (id != null) statements.add(new Statement(id, e.documentId(), e.date(), t + 1, turn.text()));
            }
        }
        List<DocumentRows.FileCitation> references = new ArrayList<>();
        for (Extract.CitedReference c : e.references()) references.add(new DocumentRows.FileCitation(c.reference(), c.citation()));
        List<DocumentRows.WorkCitation> works = new ArrayList<>();
        for (Extract.CitedWork w : e.works()) works.add(new DocumentRows.WorkCitation(w.title(), w.kind(), w.citation()));
        return new DocumentRows(e.documentId(), e.date(), e.title(), e.kind(), session, List.copyOf(forms), statements, log, references, works, e.dates(),
                resolved.workOf(e.documentId()));
    }
}
