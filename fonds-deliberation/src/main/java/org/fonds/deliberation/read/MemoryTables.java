package org.fonds.deliberation.read;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.people.Role;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.tables.Csv;
import org.fonds.deliberation.tables.DateCount;
import org.fonds.deliberation.tables.DocumentEntry;
import org.fonds.deliberation.tables.ReferenceGroup;
import org.fonds.deliberation.tables.Table;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.TimelineEntry;

/**
 * {@link Tables} over one {@link Deliberations} value held in memory, indexed by person and session
 * once. For corpora that fit in memory and for tests; the value's own order is every list's order.
 */
public final class MemoryTables implements Tables {
    private final Deliberations value;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, List<Statement>> statements = new HashMap<>();
    private final Map<String, List<LogEntry>> tasks = new HashMap<>();
    private final Map<String, List<String>> attendees = new HashMap<>();
    private final Map<String, Map<String, PersonSession>> byPerson = new HashMap<>();
    private final Map<String, Integer> turns = new HashMap<>();
    private final Map<String, List<String>> copies = new HashMap<>();
    private final Map<String, DocumentEntry> documents = new HashMap<>();
    /** The dated documents, in the chronology's order. */
    private final List<DocumentEntry> dated = new ArrayList<>();

    public MemoryTables(Deliberations value) {
        this.value = value;
        for (List<String> c : value.copies()) for (String id : c) copies.put(id, c);
        for (Person p : value.people()) people.put(p.id(), p);
        for (Session s : value.sessions()) {
            sessions.put(s.documentId(), s);
            order.put(s.documentId(), order.size());
        }
        for (Statement s : value.statements().statements()) group(statements, s.personId(), s);
        for (LogEntry e : value.log().tasks()) for (String id : e.personIds()) group(tasks, id, e);
        for (Cell c : value.attendance().cells()) {
            group(attendees, c.documentId(), c.personId());
            Session s = sessions.get(c.documentId());
            byPerson.computeIfAbsent(c.personId(), k -> new LinkedHashMap<>())
                    .put(c.documentId(), new PersonSession(s.documentId(), s.date(), s.title(), true, 0));
        }
        for (Cell c : value.speaking().cells()) {
            Session s = sessions.get(c.documentId());
            Map<String, PersonSession> mine = byPerson.computeIfAbsent(c.personId(), k -> new LinkedHashMap<>());
            mine.put(c.documentId(), new PersonSession(s.documentId(), s.date(), s.title(), mine.containsKey(c.documentId()), c.value()));
            turns.put(c.personId() + '\u0000' + c.documentId(), c.value());
        }
        for (DocumentEntry e : value.documents().entries()) {
            documents.put(e.documentId(), e);
            if (e.date() != null && !e.date().isEmpty()) dated.add(e);
        }
        // attended sessions were put in first: order each person's sessions as the sessions go
        byPerson.replaceAll((id, mine) -> {
            List<PersonSession> sorted = new ArrayList<>(mine.values());
            sorted.sort(java.util.Comparator.comparingInt(s -> order.get(s.documentId())));
            Map<String, PersonSession> out = new LinkedHashMap<>();
            for (PersonSession s : sorted) out.put(s.documentId(), s);
            return out;
        });
    }

    public Deliberations value() {
        return value;
    }

    @Override
    public int peopleCount() {
        return value.people().size();
    }

    @Override
    public List<Person> people(int offset, int limit) {
        return slice(value.people(), offset, limit).stream().map(Tables::entry).toList();
    }

    @Override
    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id)).map(Tables::entry);
    }

    @Override
    public Optional<Person> wholePerson(String id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public int documentCount(String personId) {
        Person p = people.get(personId);
        return p == null ? 0 : p.documents().size();
    }

    @Override
    public int workCount(String personId) {
        Person p = people.get(personId);
        if (p == null) return 0;
        Set<String> works = new HashSet<>();
        for (String d : p.documents()) works.add(workOf(d));
        return works.size();
    }

    @Override
    public List<String> copies(String documentId) {
        return copies.getOrDefault(documentId, List.of());
    }

    @Override
    public List<List<String>> copyGroups() {
        return value.copies();
    }

    private String workOf(String documentId) {
        List<String> c = copies.get(documentId);
        return c == null ? documentId : c.get(0);
    }

    @Override
    public List<String> documents(String personId, int offset, int limit) {
        Person p = people.get(personId);
        return slice(p == null ? List.of() : p.documents(), offset, limit);
    }

    @Override
    public Map<String, List<Role>> roles(String personId, int offset, int limit) {
        Person p = people.get(personId);
        Map<String, List<Role>> out = new LinkedHashMap<>();
        for (String id : documents(personId, offset, limit)) out.put(id, p.rolesByDocument().getOrDefault(id, List.of()));
        return out;
    }

    @Override
    public int sessionCount() {
        return value.sessions().size();
    }

    @Override
    public List<Session> sessions(int offset, int limit) {
        return slice(value.sessions(), offset, limit);
    }

    @Override
    public Optional<Session> session(String documentId) {
        return Optional.ofNullable(sessions.get(documentId));
    }

    @Override
    public int sessionCount(String from, String to) {
        return inRange(from, to).size();
    }

    @Override
    public List<Session> sessions(String from, String to, int offset, int limit) {
        return slice(inRange(from, to), offset, limit);
    }

    @Override
    public Map<String, Integer> attendanceCounts(String from, String to) {
        Map<String, Integer> out = new TreeMap<>();
        for (Session s : inRange(from, to)) for (String id : attendees(s.documentId())) out.merge(id, 1, Integer::sum);
        return out;
    }

    @Override
    public List<Together> together(String from, String to, Collection<String> chosen) {
        Set<String> wanted = new HashSet<>(chosen);
        List<List<String>> present = new ArrayList<>();
        for (Session s : inRange(from, to)) present.add(attendees(s.documentId()).stream().filter(wanted::contains).toList());
        return Together.count(present);
    }

    @Override
    public List<Cell> attendance(Collection<String> documentIds) {
        List<Cell> out = new ArrayList<>();
        for (String id : new HashSet<>(documentIds)) {
            for (String person : attendees(id)) out.add(new Cell(person, id, turns(person, id)));
        }
        out.sort(java.util.Comparator.comparing(Cell::personId).thenComparingInt(c -> order.get(c.documentId())));
        return out;
    }

    @Override
    public Map<String, Person> people(Collection<String> ids) {
        Map<String, Person> out = new TreeMap<>();
        for (String id : ids) {
            Person p = people.get(id);
            if (p != null) out.put(id, Tables.entry(p));
        }
        return out;
    }

    @Override
    public int datedCount(String from, String to) {
        return datedIn(from, to).size();
    }

    @Override
    public List<DocumentEntry> dated(String from, String to, int offset, int limit) {
        return slice(datedIn(from, to), offset, limit);
    }

    @Override
    public List<DateCount> datedCounts(String from, String to) {
        Map<List<String>, Integer> counts = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        for (DocumentEntry e : datedIn(from, to)) counts.merge(java.util.Arrays.asList(e.date(), e.kind()), 1, Integer::sum);
        List<DateCount> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new DateCount(k.get(0), k.get(1), n)));
        return out;
    }

    @Override
    public int undatedCount() {
        return documents.size() - dated.size();
    }

    private List<DocumentEntry> datedIn(String from, String to) {
        if (from.isEmpty() && to.isEmpty()) return dated;
        return dated.stream().filter(e -> Tables.within(e.date(), from, to)).toList();
    }

    /** A session's title and date as the session has them, any other document's as its record. */
    @Override
    public Map<String, Heading> headings(Collection<String> documentIds) {
        Map<String, Heading> out = new LinkedHashMap<>();
        for (String id : documentIds) {
            Session s = sessions.get(id);
            DocumentEntry e = documents.get(id);
            if (s != null) out.put(id, new Heading(id, s.title(), s.date()));
            else if (e != null) out.put(id, new Heading(id, e.title(), e.date()));
        }
        return out;
    }

    private List<Session> inRange(String from, String to) {
        if (from.isEmpty() && to.isEmpty()) return value.sessions();
        return value.sessions().stream().filter(s -> Tables.within(s.date(), from, to)).toList();
    }

    @Override
    public int sessionPosition(String documentId) {
        return order.getOrDefault(documentId, -1);
    }

    @Override
    public int statementCount(String personId) {
        return statements.getOrDefault(personId, List.of()).size();
    }

    @Override
    public List<Statement> statements(String personId, int offset, int limit) {
        return slice(statements.getOrDefault(personId, List.of()), offset, limit);
    }

    @Override
    public int taskCount(String personId) {
        return tasks.getOrDefault(personId, List.of()).size();
    }

    @Override
    public List<LogEntry> tasks(String personId, int offset, int limit) {
        return slice(tasks.getOrDefault(personId, List.of()), offset, limit);
    }

    @Override
    public List<String> attendees(String documentId) {
        return attendees.getOrDefault(documentId, List.of());
    }

    @Override
    public int turns(String personId, String documentId) {
        return turns.getOrDefault(personId + '\u0000' + documentId, 0);
    }

    @Override
    public int personSessionCount(String personId) {
        return byPerson.getOrDefault(personId, Map.of()).size();
    }

    @Override
    public List<PersonSession> personSessions(String personId, int offset, int limit) {
        return slice(List.copyOf(byPerson.getOrDefault(personId, Map.of()).values()), offset, limit);
    }

    @Override
    public PersonTotals totals(String personId) {
        Set<String> meetings = new HashSet<>();
        Map<String, Integer> turnsByWork = new HashMap<>();
        for (PersonSession s : byPerson.getOrDefault(personId, Map.of()).values()) {
            if (s.attended()) meetings.add(meetingOf(s.documentId()));
            turnsByWork.merge(workOf(s.documentId()), s.turns(), Math::max);
        }
        int turnCount = 0;
        for (int t : turnsByWork.values()) turnCount += t;
        return new PersonTotals(meetings.size(), turnCount);
    }

    /** A meeting is named by the first of its accounts; a session with no other account by its own id. */
    private String meetingOf(String documentId) {
        List<String> accounts = sessions.get(documentId).accounts();
        return accounts.isEmpty() ? documentId : accounts.get(0);
    }

    @Override
    public List<TimelineEntry> timeline(String from, String to) {
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry e : value.timeline().entries()) if (e.date().compareTo(from) >= 0 && e.date().compareTo(to) <= 0) out.add(e);
        return out;
    }

    @Override
    public List<org.fonds.deliberation.tables.MentionCount> timelineCounts(String from, String to, int keyLength) {
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        for (TimelineEntry e : timeline(from, to)) {
            String key = e.date().substring(0, Math.min(keyLength, e.date().length()));
            mentions.merge(key, 1, Integer::sum);
            documents.computeIfAbsent(key, k -> new HashSet<>()).add(e.documentId());
        }
        List<org.fonds.deliberation.tables.MentionCount> out = new ArrayList<>();
        mentions.forEach((k, n) -> out.add(new org.fonds.deliberation.tables.MentionCount(k, n, documents.get(k).size())));
        return out;
    }

    @Override
    public int timelineBefore(String date) {
        return (int) value.timeline().entries().stream().filter(e -> e.date().compareTo(date) < 0).count();
    }

    @Override
    public int timelineAfter(String date) {
        return (int) value.timeline().entries().stream().filter(e -> e.date().compareTo(date) > 0).count();
    }

    @Override
    public int referenceCount() {
        return value.references().groups().size();
    }

    @Override
    public List<ReferenceGroup> references(int offset, int limit) {
        return slice(value.references().groups(), offset, limit);
    }

    @Override
    public long csv(String name, Writer out) throws IOException {
        Table t = table(name);
        Csv.line(out, t.header());
        long rows = 0;
        for (List<String> row : t.rows()) {
            Csv.line(out, row);
            rows++;
        }
        return rows;
    }

    @Override
    public void json(String name, JsonGenerator out) throws IOException {
        out.writeObject(table(name));
    }

    private Table table(String name) {
        Tables.checkName(name);
        return value.tablesByName().get(name);
    }

    private static <T> List<T> slice(List<T> all, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        if (offset >= all.size()) return List.of();
        return List.copyOf(all.subList(offset, (int) Math.min(all.size(), (long) offset + limit)));
    }

    private static <T> void group(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
}
