package org.fonds.deliberation.read;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.Role;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.tables.DateCount;
import org.fonds.deliberation.tables.DocumentEntry;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.ReferenceGroup;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.TimelineEntry;

/**
 * The derived tables as the web reads them: one person or session at a time, and every list that can
 * grow with the corpus (people, sessions, a person's turns, tasks and sessions) a slice at a time,
 * {@code offset} from the start, at most {@code limit} items, with a count beside it. Orders are
 * those of {@link org.fonds.deliberation.Deliberations}: people by id; sessions by date (undated
 * first), then document id; a person's turns, tasks and sessions in the order of their sessions, then
 * of the text. Ids are anyone's input: an unknown one gives empty answers, never an error. The
 * whole tables are only ever written out row by row ({@link #csv}, {@link #json}), never handed out.
 * Close it when done (a database holds a connection).
 */
public interface Tables extends AutoCloseable {
    /** The tables to download, by the names their files take ({@code fonds tables}, {@code /api/tables/NAME.csv}), in order. */
    List<String> NAMES = List.of("attendance", "speaking", "statements", "decisions-and-tasks", "references", "works", "timeline",
            "documents");

    int peopleCount();

    /** People's entries ({@link #entry}), in id order. */
    List<Person> people(int offset, int limit);

    /** The person's entry ({@link #entry}); their documents come through {@link #documents}. */
    Optional<Person> person(String id);

    /** The whole person, every document and their roles in each: for writing the tables out, one person at a time. */
    Optional<Person> wholePerson(String id);

    /** How many documents (files, each source of a work) name the person: what {@link #documents} pages through. */
    int documentCount(String personId);

    /**
     * How many works name the person, the count a reader sees: the same text from two publishers (the
     * archive's and the National Security Archive's copy) is one work with two sources, counted once.
     */
    int workCount(String personId);

    /** Every copy of the text of {@code documentId} from any publisher, itself included, sorted; empty when it has none. */
    List<String> copies(String documentId);

    /** Every set of copies of one text ({@link #copies}), each once, in the order of their first ids. */
    List<List<String>> copyGroups();

    /** The documents that name the person, in id order. */
    List<String> documents(String personId, int offset, int limit);

    /** The documents that name the person, in id order, each with the person's roles there (empty where none is recorded). */
    Map<String, List<Role>> roles(String personId, int offset, int limit);

    int sessionCount();

    List<Session> sessions(int offset, int limit);

    Optional<Session> session(String documentId);

    /**
     * How many sessions are dated within {@code from}..{@code to} ({@link #within}); with both empty,
     * every session, the undated ones too.
     */
    int sessionCount(String from, String to);

    /** The sessions {@link #sessionCount(String, String)} counts, in date order, a slice at a time. */
    List<Session> sessions(String from, String to, int offset, int limit);

    /** How many of the sessions within {@code from}..{@code to} each person is listed as taking part in; those in none are left out. */
    Map<String, Integer> attendanceCounts(String from, String to);

    /** For each two of {@code people} who took part in one session within {@code from}..{@code to}, how many such sessions. */
    List<Together> together(String from, String to, Collection<String> people);

    /**
     * The attendance of the sessions {@code documentIds} in one query (a picture's page of sessions):
     * a cell for each person listed as taking part, its value the turns they opened there, by
     * person id, then in session order. Ids of no session give nothing.
     */
    List<Cell> attendance(Collection<String> documentIds);

    /** The entries ({@link #entry}) of the people {@code ids}, by id, in one query; unknown ids are left out. */
    Map<String, Person> people(Collection<String> ids);

    /**
     * How many documents, of any kind, are dated within {@code from}..{@code to} ({@link #within});
     * with both empty, every dated document. Undated documents are in no range: {@link #undatedCount}.
     */
    int datedCount(String from, String to);

    /** The documents {@link #datedCount} counts, in date order, then by id, a slice at a time. */
    List<DocumentEntry> dated(String from, String to, int offset, int limit);

    /**
     * The documents {@link #datedCount} counts, counted by date as written and kind, in that order
     * (an unknown kind first): what a chronology draws when its range holds too many to list.
     */
    List<DateCount> datedCounts(String from, String to);

    /** How many documents carry no date. */
    int undatedCount();

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

    /**
     * The meetings the person attended (the accounts of one meeting count once) and the turns they
     * opened (each work's once: of copies of one text, the one that reads most).
     */
    PersonTotals totals(String personId);

    /** The dates mentioned from {@code from} to {@code to} (both ISO, compared as text, both ends included), in timeline order. */
    List<TimelineEntry> timeline(String from, String to);

    /**
     * The dates mentioned from {@code from} to {@code to} (as {@link #timeline}), counted by their first
     * {@code keyLength} characters (a date written shorter is its own key), in key order.
     */
    List<org.fonds.deliberation.tables.MentionCount> timelineCounts(String from, String to, int keyLength);

    /** How many dates mentioned come before {@code date}, compared as text. */
    int timelineBefore(String date);

    /** How many dates mentioned come after {@code date}, compared as text. */
    int timelineAfter(String date);

    /** How many archival files the notes cite (the groups of the references table). */
    int referenceCount();

    /** The archival files cited, in the references table's order, each with every note citing it. */
    List<ReferenceGroup> references(int offset, int limit);

    /**
     * Writes table {@code name} (one of {@link #NAMES}) as CSV, row by row, as {@link
     * org.fonds.deliberation.tables.Table#csv} writes it; returns the number of rows.
     *
     * @throws IllegalArgumentException when there is no table of that name
     */
    long csv(String name, Writer out) throws IOException;

    /** Writes table {@code name} as the JSON value {@link org.fonds.deliberation.tables.Table#json} writes, element by element. */
    void json(String name, JsonGenerator out) throws IOException;

    /**
     * The title and date of each of {@code documentIds} these tables know, by id (a few hundred at
     * most: one page's). Tables that keep no titles know none: the caller reads those from the store.
     */
    default Map<String, Heading> headings(Collection<String> documentIds) {
        return Map.of();
    }

    /**
     * What {@code make} builds from these tables alone (a page drawn from them, say), kept under
     * {@code key} while the tables are unchanged where they can tell (a database opened to read:
     * until anything commits to it), else made each time. {@code make} must read nothing but these
     * tables and {@code key} must name everything else the answer depends on.
     */
    default <T> T keptWhileUnchanged(String key, java.util.function.Supplier<T> make) {
        return make.get();
    }

    @Override
    default void close() {
    }

    /**
     * Whether a session of {@code date} is within {@code from}..{@code to} (ISO, either empty for no
     * bound; a year or a month stands for all its days). An undated session is within no dates.
     */
    static boolean within(String date, String from, String to) {
        if (date == null || date.isEmpty()) return false;
        if (!from.isEmpty() && date.compareTo(from) < 0) return false;
        // "1956-11-30" is within to=1956-11: compare no more of the date than "to" says
        return to.isEmpty() || date.substring(0, Math.min(date.length(), to.length())).compareTo(to) <= 0;
    }

    static void checkName(String name) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("no table '" + name + "'; the tables are " + String.join(", ", NAMES));
    }

    /**
     * A person without their documents and the roles in each: a member of a standing body is named
     * in a large part of the corpus, and reading that list to show their name cost a third of a
     * second at 20,000 records (BENCHMARKS.md).
     */
    static Person entry(Person p) {
        return p.withDocuments(List.of(), java.util.Map.of());
    }

    static void checkSlice(int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0 (got: " + offset + ")");
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0 (got: " + limit + ")");
    }
}
