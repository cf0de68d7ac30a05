package org.fonds.web.derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;

/**
 * One {@link Deliberations} value with lookups by person and by session, built once. The tables
 * keep their own order (sessions by date, then id; a person's statements by date), and every list
 * handed out here keeps it.
 */
public final class Snapshot {
    private final Deliberations value;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Integer> sessionOrder = new HashMap<>();
    private final Map<String, List<Statement>> statements = new HashMap<>();
    private final Map<String, List<LogEntry>> tasks = new HashMap<>();
    private final Map<String, List<Cell>> attendedByPerson = new HashMap<>();
    private final Map<String, List<Cell>> attendedBySession = new HashMap<>();
    private final Map<String, List<Cell>> turnsByPerson = new HashMap<>();
    private final Map<String, Integer> turns = new HashMap<>();

    public Snapshot(Deliberations value) {
        this.value = value;
        for (Person p : value.people()) people.put(p.id(), p);
        for (Session s : value.sessions()) {
            sessions.put(s.documentId(), s);
            sessionOrder.put(s.documentId(), sessionOrder.size());
        }
        for (Statement s : value.statements().statements()) group(statements, s.personId(), s);
        for (LogEntry e : value.log().tasks()) for (String id : e.personIds()) group(tasks, id, e);
        for (Cell c : value.attendance().cells()) {
            group(attendedByPerson, c.personId(), c);
            group(attendedBySession, c.documentId(), c);
        }
        for (Cell c : value.speaking().cells()) {
            group(turnsByPerson, c.personId(), c);
            turns.put(key(c.personId(), c.documentId()), c.value());
        }
    }

    public Deliberations value() {
        return value;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public Optional<Session> session(String documentId) {
        return Optional.ofNullable(sessions.get(documentId));
    }

    /** The person's turns across sessions, in date order. */
    public List<Statement> statements(String personId) {
        return statements.getOrDefault(personId, List.of());
    }

    /** The tasks that name the person, in date order. */
    public List<LogEntry> tasks(String personId) {
        return tasks.getOrDefault(personId, List.of());
    }

    /** The attendance cells of one session: who took part. */
    public List<Cell> attendance(String documentId) {
        return attendedBySession.getOrDefault(documentId, List.of());
    }

    /** The turns a person opens in a session, 0 when none. */
    public int turns(String personId, String documentId) {
        return turns.getOrDefault(key(personId, documentId), 0);
    }

    /** The position of a session in date order, for sorting; -1 for a document that is no session. */
    public int order(String documentId) {
        return sessionOrder.getOrDefault(documentId, -1);
    }

    /** The sessions a person took part in or spoke at, in date order. */
    public List<PersonSession> sessionsOf(String personId) {
        Map<String, PersonSession> out = new LinkedHashMap<>();
        for (Cell c : attendedByPerson.getOrDefault(personId, List.of())) out.put(c.documentId(), personSession(c.documentId(), true, 0));
        for (Cell c : turnsByPerson.getOrDefault(personId, List.of())) {
            boolean attended = out.containsKey(c.documentId());
            out.put(c.documentId(), personSession(c.documentId(), attended, c.value()));
        }
        List<PersonSession> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparingInt(s -> order(s.documentId())));
        return sorted;
    }

    public PersonSummary summary(Person p) {
        int sessionsAttended = attendedByPerson.getOrDefault(p.id(), List.of()).size();
        int turnsTotal = turnsByPerson.getOrDefault(p.id(), List.of()).stream().mapToInt(Cell::value).sum();
        return new PersonSummary(p.id(), p.preferredName(), p.forms(), p.roles(), p.documents().size(), sessionsAttended,
                turnsTotal, p.ambiguous(), p.note());
    }

    /** The person with page {@code page} (from 1) of their turns, {@code size} a page. */
    public PersonDetail detail(Person p, int page, int size) {
        return new PersonDetail(p, sessionsOf(p.id()), Page.of(statements(p.id()), page, size, t -> t), tasks(p.id()));
    }

    public static SessionSummary summary(Session s) {
        int turnsTotal = s.speakers().stream().mapToInt(SpeakerCount::turns).sum();
        return new SessionSummary(s.documentId(), s.date(), s.title(), s.participants().size(), s.speakers().size(), turnsTotal,
                s.decisions().size(), s.tasks().size());
    }

    private PersonSession personSession(String documentId, boolean attended, int turnCount) {
        Session s = sessions.get(documentId);
        return new PersonSession(documentId, s.date(), s.title(), attended, turnCount);
    }

    private static <T> void group(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static String key(String personId, String documentId) {
        return personId + '\u0000' + documentId;
    }
}
