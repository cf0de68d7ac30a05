package org.fonds.deliberation.read;

import java.util.List;
import java.util.Optional;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.TimelineEntry;

/**
 * The derived tables as the web reads them: one person or session at a time, and every list that can
 * grow with the corpus (people, sessions, a person's turns, tasks and sessions) a slice at a time,
 * {@code offset} from the start, at most {@code limit} items, with a count beside it. Orders are
 * those of {@link org.fonds.deliberation.Deliberations}: people by id; sessions by date (undated
 * first), then document id; a person's turns, tasks and sessions in the order of their sessions, then
 * of the text. Ids are anyone's input: an unknown one gives empty answers, never an error.
 */
public interface Tables {
    int peopleCount();

    /** People's entries ({@link #entry}), in id order. */
    List<Person> people(int offset, int limit);

    /** The person's entry ({@link #entry}); their documents come through {@link #documents}. */
    Optional<Person> person(String id);

    /** How many documents name the person. */
    int documentCount(String personId);

    /** The documents that name the person, in id order. */
    List<String> documents(String personId, int offset, int limit);

    int sessionCount();

    List<Session> sessions(int offset, int limit);

    Optional<Session> session(String documentId);

    /** The position of a session in date order, from 0; -1 for a document that is no session. */
    int sessionPosition(String documentId);

    int statementCount(String personId);

    /** The person's turns, in the order of their sessions, then of the text. */
    List<Statement> statements(String personId, int offset, int limit);

    int taskCount(String personId);

    /** The tasks that name the person, in session order. */
    List<LogEntry> tasks(String personId, int offset, int limit);

    /** The people a session lists as taking part, by id. */
    List<String> attendees(String documentId);

    /** The turns a person opens in a session, 0 when none. */
    int turns(String personId, String documentId);

    int personSessionCount(String personId);

    /** The sessions a person took part in or spoke at, in session order. */
    List<PersonSession> personSessions(String personId, int offset, int limit);

    PersonTotals totals(String personId);

    /** The dates mentioned from {@code from} to {@code to} (both ISO, compared as text, both ends included), in timeline order. */
    List<TimelineEntry> timeline(String from, String to);

    /**
     * A person without their documents and the roles in each: a member of a standing body is named
     * in a large part of the corpus, and reading that list to show their name cost a third of a
     * second at 20,000 records (BENCHMARKS.md).
     */
    static Person entry(Person p) {
        return new Person(p.id(), p.preferredName(), p.forms(), p.roles(), List.of(), p.ambiguous(), p.note(), java.util.Map.of(),
                p.description());
    }

    static void checkSlice(int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0 (got: " + offset + ")");
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0 (got: " + limit + ")");
    }
}
