package org.fonds.web.derived;

import java.util.Objects;
import java.util.function.Supplier;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.read.PersonTotals;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;

/**
 * The derived tables of the archive, asked for on every request because a rebuild can replace them
 * while the server runs, and what the API and pages make of them: each answer reads the people,
 * turns or sessions it shows, a page at a time, and nothing more.
 */
public final class Derived {
    private final Supplier<? extends Tables> source;

    public Derived(Supplier<? extends Tables> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public Tables now() {
        return Objects.requireNonNull(source.get(), "the tables supplier gave null");
    }

    /** A line of the index of people. */
    public static PersonSummary summary(Tables t, Person p) {
        PersonTotals totals = t.totals(p.id());
        return new PersonSummary(p.id(), p.preferredName(), p.forms(), p.roles(), t.workCount(p.id()), totals.sessionsAttended(),
                totals.turns(), p.ambiguous(), p.note());
    }

    /** The person with page {@code page} (from 1), {@code size} a page, of their sessions, turns and tasks. */
    public static PersonDetail detail(Tables t, Person p, int page, int size) {
        String id = p.id();
        Page<PersonSession> sessions = Page.of(t.personSessionCount(id), page, size, (offset, limit) -> t.personSessions(id, offset, limit));
        Page<Statement> statements = Page.of(t.statementCount(id), page, size, (offset, limit) -> t.statements(id, offset, limit));
        Page<LogEntry> tasks = Page.of(t.taskCount(id), page, size, (offset, limit) -> t.tasks(id, offset, limit));
        Page<String> documents = Page.of(t.documentCount(id), page, size, (offset, limit) -> t.documents(id, offset, limit));
        Page<PersonDetail.DocumentRoles> roles = Page.of(t.documentCount(id), page, size, (offset, limit) -> t.roles(id, offset, limit)
                .entrySet().stream().map(e -> new PersonDetail.DocumentRoles(e.getKey(), e.getValue())).toList());
        return new PersonDetail(p, documents, roles, sessions, statements, tasks);
    }

    /** A line of the list of sessions. */
    public static SessionSummary summary(Session s) {
        int turnsTotal = s.speakers().stream().mapToInt(SpeakerCount::turns).sum();
        return new SessionSummary(s.documentId(), s.date(), s.title(), s.participants().size(), s.speakers().size(), turnsTotal,
                s.decisions().size(), s.tasks().size());
    }
}
