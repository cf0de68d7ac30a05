package org.fonds.deliberation.db;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fonds.deliberation.people.Role;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.Heading;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.read.PersonTotals;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.read.Together;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.tables.Citation;
import org.fonds.deliberation.tables.Csv;
import org.fonds.deliberation.tables.DateCount;
import org.fonds.deliberation.tables.DocumentEntry;
import org.fonds.deliberation.tables.Chronology;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Matrix;
import org.fonds.deliberation.tables.ReferenceGroup;
import org.fonds.deliberation.tables.References;
import org.fonds.deliberation.tables.ResolutionLog;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.Statements;
import org.fonds.deliberation.tables.Timeline;
import org.fonds.deliberation.tables.TimelineEntry;
import org.fonds.deliberation.tables.Work;
import org.fonds.deliberation.tables.Works;

/**
 * {@link Tables} read from the database file by query, a page at a time: nothing of the corpus is
 * held between calls. Read-only, it reads through a few connections side by side ({@link Connections}:
 * a server's readers no longer queue behind one another); opened to write, through one. A whole table
 * is written out on a connection of its own. Each query is a transaction of its own: a reader beside
 * a writer (WAL) sees every update once it is committed, without reopening.
 */
public final class DbTables implements Tables, AutoCloseable {
    /** Readers side by side on a read-only file: twice the cores, each with its own page cache. */
    static final int READERS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    /** Ids bound in one query of {@link #headings}: well under SQLite's limit of bound parameters. */
    private static final int HEADINGS_AT_ONCE = 500;
    private final Connections pool;
    /** Opens another connection to the same file: a whole table is written out on one of its own. */
    private final Connections.Opener opener;
    /** The answers that read a whole table, kept while the file is unchanged: only on a file opened to read (null otherwise). */
    private final KeptAnswers kept;

    private DbTables(Connection c, Connections.Opener opener, int connections) {
        this(c, opener, connections, null);
    }

    private DbTables(Connection c, Connections.Opener opener, int connections, KeptAnswers kept) {
        this.pool = new Connections(c, opener, connections);
        this.opener = opener;
        this.kept = kept;
    }

    public static DbTables open(Path file, Dialect dialect) throws SQLException {
        Connection c = DriverManager.getConnection(dialect.url(file));
        try {
            dialect.configure(c);
            Schema.create(c, dialect);
            return new DbTables(c, () -> DriverManager.getConnection(dialect.url(file)), 1);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public static DbTables open(Path file) throws SQLException {
        return open(file, Dialect.SQLITE);
    }

    /**
     * A reader of {@code file} when it holds tables of this version (empty when there is no file, or
     * tables an older Fonds wrote, which a server rebuilds from the store first).
     */
    public static java.util.Optional<DbTables> openIfCurrent(Path file) throws SQLException {
        if (!java.nio.file.Files.isRegularFile(file)) return java.util.Optional.empty();
        DbTables db = openReadOnly(file);
        if (db.current()) return java.util.Optional.of(db);
        db.close();
        return java.util.Optional.empty();
    }

    /**
     * Opens the SQLite file to read only: nothing is created or changed (a server reads the tables
     * an ingest beside it writes).
     */
    public static DbTables openReadOnly(Path file) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(60_000);
        // 32 MB of pages, outside the Java heap: a busy person's turns and sessions stay in memory between pages
        config.setCacheSize(-32_768);
        Connections.Opener opener = () -> DriverManager.getConnection(Dialect.SQLITE.url(file), config.toProperties());
        return new DbTables(opener.open(), opener, READERS, new KeptAnswers(opener.open()));
    }

    /**
     * The same tables on a connection of its own, for one long reading (a whole table written out
     * takes seconds at 100,000 records; the pages asked meanwhile must not wait for it).
     */
    private DbTables another() {
        try {
            return new DbTables(opener.open(), opener, 1);
        } catch (SQLException e) {
            throw new IllegalStateException("the tables database could not be opened again", e);
        }
    }

    /** True when the file holds tables of this version of the schema (an empty, older or foreign file does not). */
    public boolean current() {
        try {
            return pool.with(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT val FROM meta WHERE name = 'version'"); ResultSet rs = ps.executeQuery()) {
                    return rs.next() && Schema.readable(rs.getString(1));
                }
            });
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public int peopleCount() {
        return count("SELECT COUNT(*) FROM people");
    }

    @Override
    public List<Person> people(int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT doc FROM people ORDER BY id LIMIT ? OFFSET ?", rs -> read(rs.getString(1), Person.class), limit, offset);
    }

    @Override
    public Optional<Person> person(String id) {
        return list("SELECT doc FROM people WHERE id = ?", rs -> read(rs.getString(1), Person.class), id).stream().findFirst();
    }

    @Override
    public Optional<Person> wholePerson(String id) {
        Optional<Person> entry = person(id);
        if (entry.isEmpty()) return entry;
        List<String> documents = new ArrayList<>();
        Map<String, List<Role>> roles = new TreeMap<>();
        each("SELECT doc_id, roles FROM person_documents WHERE person_id = ? ORDER BY doc_id", rs -> {
            documents.add(rs.getString(1));
            List<Role> here = List.of(read(rs.getString(2), Role[].class));
            if (!here.isEmpty()) roles.put(rs.getString(1), here);
        }, id);
        Person p = entry.get();
        return Optional.of(p.withDocuments(documents, roles));
    }

    @Override
    public int documentCount(String personId) {
        return count("SELECT COALESCE((SELECT documents FROM people WHERE id = ?), 0)", personId);
    }

    /**
     * The person's documents less the later copies among them of a text they have another copy of: the
     * groups of copies are few (documents_copies holds their later members), so this reads a few rows
     * where counting the works of a person named in 200,000 documents took a second.
     */
    @Override
    public int workCount(String personId) {
        int copies = count("SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM documents d"
                + " WHERE d.work_id IN (SELECT work_id FROM documents WHERE work_id <> doc_id)"
                + " AND EXISTS (SELECT 1 FROM person_documents p WHERE p.person_id = ? AND p.doc_id = d.doc_id) GROUP BY d.work_id) g", personId);
        return documentCount(personId) - copies;
    }

    @Override
    public List<String> copies(String documentId) {
        List<String> all = list("SELECT doc_id FROM documents WHERE work_id = (SELECT work_id FROM documents WHERE doc_id = ?) ORDER BY doc_id",
                rs -> rs.getString(1), documentId);
        return all.size() > 1 ? all : List.of();
    }

    @Override
    public List<List<String>> copyGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        each("SELECT work_id, doc_id FROM documents WHERE work_id IN (SELECT work_id FROM documents GROUP BY work_id HAVING COUNT(*) > 1)"
                + " ORDER BY work_id, doc_id", rs -> groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return groups.values().stream().map(List::copyOf).toList();
    }

    @Override
    public List<String> documents(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT doc_id FROM person_documents WHERE person_id = ? ORDER BY doc_id LIMIT ? OFFSET ?", rs -> rs.getString(1),
                personId, limit, offset);
    }

    @Override
    public Map<String, List<Role>> roles(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        Map<String, List<Role>> out = new LinkedHashMap<>();
        each("SELECT doc_id, roles FROM person_documents WHERE person_id = ? ORDER BY doc_id LIMIT ? OFFSET ?",
                rs -> out.put(rs.getString(1), List.of(read(rs.getString(2), Role[].class))), personId, limit, offset);
        return out;
    }

    @Override
    public int sessionCount() {
        return count("SELECT COUNT(*) FROM sessions");
    }

    @Override
    public List<Session> sessions(int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT doc FROM sessions ORDER BY sort_day, doc_id LIMIT ? OFFSET ?", DbTables::sessionOf,
                limit, offset);
    }

    @Override
    public Optional<Session> session(String documentId) {
        return list("SELECT doc FROM sessions WHERE doc_id = ?", DbTables::sessionOf, documentId).stream().findFirst();
    }

    @Override
    public int sessionCount(String from, String to) {
        List<Object> params = new ArrayList<>();
        return count("SELECT COUNT(*) FROM sessions WHERE " + range("sort_day", from, to, params), params.toArray());
    }

    @Override
    public List<Session> sessions(String from, String to, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        List<Object> params = new ArrayList<>();
        String where = range("sort_day", from, to, params);
        params.add(limit);
        params.add(offset);
        return list("SELECT doc FROM sessions WHERE " + where + " ORDER BY sort_day, doc_id LIMIT ? OFFSET ?",
                DbTables::sessionOf, params.toArray());
    }

    @Override
    public Map<String, Integer> attendanceCounts(String from, String to) {
        Map<String, Integer> out = new TreeMap<>();
        if (!stepsKept()) {
            List<Object> params = new ArrayList<>();
            each("SELECT person_id, COUNT(*) FROM person_sessions WHERE attended = 1 AND " + range("sort_day", from, to, params)
                    + " GROUP BY person_id", rs -> out.put(rs.getString(1), rs.getInt(2)), params.toArray());
            return out;
        }
        AttendanceMonths.Split split = months(from, to).split();
        for (List<String> keys : chunks(split.whole())) {
            each("SELECT person_id, SUM(sessions) FROM person_months WHERE k IN (" + marks(keys.size()) + ") GROUP BY person_id",
                    rs -> out.merge(rs.getString(1), rs.getInt(2), Integer::sum), keys.toArray());
        }
        for (AttendanceMonths.Split.Cut cut : split.cut()) {
            each("SELECT person_id, COUNT(*) FROM person_sessions WHERE attended = 1 AND sort_day <> '' AND sort_day >= ? AND sort_day <= ?"
                    + " GROUP BY person_id", rs -> out.merge(rs.getString(1), rs.getInt(2), Integer::sum), cut.lo(), cut.hi());
        }
        out.values().removeIf(n -> n == 0);
        return out;
    }

    /**
     * The chosen people's pairs within the dates: the months wholly within read counted, the days of
     * a month the dates cut through paired here, from the chosen people's sessions read by session.
     * (Pairing every session of a year one by one took 90-170 ms at 100,000 records, BENCHMARKS.md.)
     */
    @Override
    public List<Together> together(String from, String to, Collection<String> people) {
        List<String> chosen = List.copyOf(new java.util.TreeSet<>(people));
        if (chosen.isEmpty()) return List.of(); // a picture asks for its 40 people: well within SQLite's bound parameters
        if (!stepsKept()) {
            List<Object> params = new ArrayList<>(chosen);
            return Together.count(present(chosen, range("sort_day", from, to, params), params).values());
        }
        Months months = months(from, to);
        AttendanceMonths.Split split = months.split();
        Map<String, Map<String, Integer>> pairs = new TreeMap<>();
        String who = marks(chosen.size());
        // How SQLite finds the pairs. Given "b IN", it seeks every (month, a, b): 12 x 40 x 40 seeks for a year. Given
        // "+b IN" (the unary plus keeps b off the index), it seeks each (month, a) and reads that person's partners of the
        // month in order, checking each against the chosen: half the CPU where a month's people are few beside the
        // chosen (at 100,000 generated records, 50 a month for 40 chosen: 14-17 against 8 ms a year, most of the page;
        // BENCHMARKS.md, web23), but many times more where a month has hundreds of people. So by the busiest month.
        String second = months.busiest() <= 2 * chosen.size() ? "+b" : "b";
        for (List<String> keys : chunks(split.whole())) {
            List<Object> params = new ArrayList<>(keys);
            params.addAll(chosen);
            params.addAll(chosen);
            each("SELECT a, b, SUM(shared) FROM pair_months WHERE k IN (" + marks(keys.size()) + ") AND a IN (" + who + ") AND " + second + " IN (" + who + ")"
                    + " GROUP BY a, b", rs -> pairs.computeIfAbsent(rs.getString(1), x -> new TreeMap<>()).merge(rs.getString(2), rs.getInt(3), Integer::sum),
                    params.toArray());
        }
        for (AttendanceMonths.Split.Cut cut : split.cut()) {
            List<Object> params = new ArrayList<>(chosen);
            params.add(cut.lo());
            params.add(cut.hi());
            for (Together t : Together.count(present(chosen, "sort_day <> '' AND sort_day >= ? AND sort_day <= ?", params).values())) {
                pairs.computeIfAbsent(t.first(), x -> new TreeMap<>()).merge(t.second(), t.sessions(), Integer::sum);
            }
        }
        List<Together> out = new ArrayList<>();
        pairs.forEach((a, withA) -> withA.forEach((b, n) -> {
            if (n > 0) out.add(new Together(a, b, n));
        }));
        return out;
    }

    /** The chosen people present at each session meeting {@code where}, by session ({@code params}: the chosen, then where's). */
    private Map<String, List<String>> present(List<String> chosen, String where, List<Object> params) {
        Map<String, List<String>> bySession = new java.util.HashMap<>();
        each("SELECT doc_id, person_id FROM person_sessions WHERE person_id IN (" + marks(chosen.size()) + ") AND attended = 1 AND " + where,
                rs -> bySession.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)), params.toArray());
        return bySession;
    }

    /** The months the dates reach, split into those wholly within and those they cut through; the most people any of them saw. */
    private record Months(AttendanceMonths.Split split, int busiest) {
    }

    private Months months(String from, String to) {
        List<Object> params = new ArrayList<>(List.of(AttendanceMonths.key(from)));
        String upTo = "";
        if (!to.isEmpty()) {
            upTo = " AND k <= ?";
            params.add(to + '\uffff');
        }
        // the same rows DISTINCT k read: the table is in (k, person_id) order, so counting them by month costs nothing more
        List<String> keys = new ArrayList<>();
        int[] busiest = {0};
        each("SELECT k, COUNT(*) FROM person_months WHERE k >= ?" + upTo + " GROUP BY k ORDER BY k", rs -> {
            keys.add(rs.getString(1));
            busiest[0] = Math.max(busiest[0], rs.getInt(2));
        }, params.toArray());
        return new Months(AttendanceMonths.Split.of(keys, from, to), busiest[0]);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Keys a few hundred at a time: well within SQLite's bound parameters. */
    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += 400) out.add(keys.subList(i, Math.min(keys.size(), i + 400)));
        return out;
    }

    @Override
    public List<Cell> attendance(Collection<String> documentIds) {
        record Row(String day, Cell cell) {
        }
        List<Row> rows = new ArrayList<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(documentIds));
        for (int from = 0; from < ids.size(); from += HEADINGS_AT_ONCE) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + HEADINGS_AT_ONCE));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            each("SELECT person_id, doc_id, turns, sort_day FROM person_sessions WHERE attended = 1 AND doc_id IN (" + marks + ")",
                    rs -> rows.add(new Row(rs.getString(4), new Cell(rs.getString(1), rs.getString(2), rs.getInt(3)))), part.toArray());
        }
        // by person, then in session order (day, then id), whatever parts the ids were asked in
        rows.sort(java.util.Comparator.comparing((Row r) -> r.cell().personId()).thenComparing(Row::day)
                .thenComparing(r -> r.cell().documentId()));
        return rows.stream().map(Row::cell).toList();
    }

    @Override
    public Map<String, Person> people(Collection<String> ids) {
        Map<String, Person> out = new TreeMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += HEADINGS_AT_ONCE) {
            List<String> part = all.subList(from, Math.min(all.size(), from + HEADINGS_AT_ONCE));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            each("SELECT id, doc FROM people WHERE id IN (" + marks + ")", rs -> out.put(rs.getString(1), read(rs.getString(2), Person.class)),
                    part.toArray());
        }
        return out;
    }

    @Override
    public int datedCount(String from, String to) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM documents WHERE " + dated(from, to, params);
        return wholeTable(from, to, "datedCount", () -> count(sql, params.toArray()));
    }

    @Override
    public List<DocumentEntry> dated(String from, String to, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        List<Object> params = new ArrayList<>();
        String where = dated(from, to, params);
        params.add(limit);
        params.add(offset);
        return list("SELECT doc_id, dated, kind, title FROM documents WHERE " + where + " ORDER BY sort_day, doc_id LIMIT ? OFFSET ?",
                rs -> new DocumentEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), params.toArray());
    }

    @Override
    public List<DateCount> datedCounts(String from, String to) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT sort_day, kind, COUNT(*) FROM documents WHERE " + dated(from, to, params) + " GROUP BY sort_day, kind"
                + " ORDER BY sort_day, kind";
        return wholeTable(from, to, "datedCounts", () -> List.copyOf(list(sql, rs -> new DateCount(rs.getString(1), rs.getString(2),
                rs.getInt(3)), params.toArray())));
    }

    @Override
    public int undatedCount() {
        return count("SELECT COUNT(*) FROM documents WHERE sort_day = ''");
    }

    /**
     * An answer over every dated document ({@code from} and {@code to} empty: the chronology of all
     * dates, which reads every row of the documents' index), kept while the file is unchanged; a
     * narrower range reads only its rows and is asked each time.
     */
    private <T> T wholeTable(String from, String to, String key, java.util.function.Supplier<T> make) {
        return kept == null || !from.isEmpty() || !to.isEmpty() ? make.get() : kept.get("tables:" + key, make);
    }

    /** Kept beside the whole-table answers, under keys of their own, while the file is unchanged (a file opened to read only). */
    @Override
    public <T> T keptWhileUnchanged(String key, java.util.function.Supplier<T> make) {
        return kept == null ? make.get() : kept.get("asked:" + key, make);
    }

    /** Dated documents within the dates: with none given, every dated one (undated documents are in no range). */
    private static String dated(String from, String to, List<Object> params) {
        return from.isEmpty() && to.isEmpty() ? "sort_day <> ''" : range("sort_day", from, to, params);
    }

    /**
     * The condition that a session's day is within {@code from}..{@code to} ({@link Tables#within}),
     * its values added to {@code params}. Days are ISO text: "to" with the highest character after it
     * takes in every day it begins ("1956-11" takes "1956-11-30"), which the index can answer.
     */
    private static String range(String column, String from, String to, List<Object> params) {
        if (from.isEmpty() && to.isEmpty()) return "1 = 1";
        StringBuilder sql = new StringBuilder(column + " <> ''");
        if (!from.isEmpty()) {
            sql.append(" AND ").append(column).append(" >= ?");
            params.add(from);
        }
        if (!to.isEmpty()) {
            sql.append(" AND ").append(column).append(" <= ?");
            params.add(to + '\uffff');
        }
        return sql.toString();
    }

    @Override
    public int sessionPosition(String documentId) {
        List<String> day = list("SELECT sort_day FROM sessions WHERE doc_id = ?", rs -> rs.getString(1), documentId);
        if (day.isEmpty()) return -1;
        return count("SELECT COUNT(*) FROM sessions WHERE sort_day < ? OR (sort_day = ? AND doc_id < ?)", day.get(0), day.get(0), documentId);
    }

    @Override
    public int statementCount(String personId) {
        return personCount(personId, "statements");
    }

    /** One of the person's counts kept as the rows were written ({@link PersonCounts}); 0 for one not counted. */
    private int personCount(String personId, String column) {
        return count("SELECT COALESCE((SELECT " + column + " FROM person_counts WHERE person_id = ?), 0)", personId);
    }

    @Override
    public List<Statement> statements(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        // the page is cut from the person's index first: the date and text are joined to its rows only
        Texts texts = new Texts();
        return list("SELECT s.person_id, s.doc_id, d.dated, s.turn, t.texts FROM (SELECT person_id, doc_id, sort_day, seq, turn FROM statements"
                        + " WHERE person_id = ? ORDER BY sort_day, doc_id, seq LIMIT ? OFFSET ?) s JOIN documents d ON d.doc_id = s.doc_id"
                        + " JOIN turns t ON t.doc_id = s.doc_id ORDER BY s.sort_day, s.doc_id, s.seq",
                texts::statement, personId, limit, offset);
    }

    @Override
    public int taskCount(String personId) {
        return personCount(personId, "tasks");
    }

    @Override
    public List<LogEntry> tasks(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT l.dated, l.doc_id, l.kind, l.body, l.person_ids FROM task_people t JOIN log l ON l.doc_id = t.doc_id AND l.seq = t.seq"
                        + " WHERE t.person_id = ? ORDER BY t.sort_day, t.doc_id, t.seq LIMIT ? OFFSET ?",
                rs -> new LogEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), ids(rs.getString(5))),
                personId, limit, offset);
    }

    @Override
    public List<String> attendees(String documentId) {
        return list("SELECT person_id FROM person_sessions WHERE doc_id = ? AND attended = 1 ORDER BY person_id", rs -> rs.getString(1), documentId);
    }

    @Override
    public int turns(String personId, String documentId) {
        return count("SELECT COALESCE(SUM(turns), 0) FROM person_sessions WHERE person_id = ? AND doc_id = ?", personId, documentId);
    }

    @Override
    public int personSessionCount(String personId) {
        return personCount(personId, "sessions");
    }

    @Override
    public List<PersonSession> personSessions(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT p.doc_id, s.dated, s.title, p.attended, p.turns FROM person_sessions p JOIN sessions s ON s.doc_id = p.doc_id"
                        + " WHERE p.person_id = ? ORDER BY p.sort_day, p.doc_id LIMIT ? OFFSET ?",
                rs -> new PersonSession(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getInt(5)),
                personId, limit, offset);
    }

    @Override
    public PersonTotals totals(String personId) {
        // kept by the writer (MeetingCounts): a meeting in several accounts and a text in several copies counted once
        long[] kept = list("SELECT meetings, kept_turns FROM person_counts WHERE person_id = ?", rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                personId).stream().findFirst().orElse(new long[2]);
        return new PersonTotals((int) kept[0], (int) kept[1]);
    }

    @Override
    public List<TimelineEntry> timeline(String from, String to) {
        return list("SELECT dated, doc_id, place, pos, body FROM timeline WHERE dated >= ? AND dated <= ? ORDER BY dated, doc_id, note, pos",
                rs -> new TimelineEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)), from, to);
    }

    @Override
    public List<org.fonds.deliberation.tables.MentionCount> timelineCounts(String from, String to, int keyLength) {
        if (TimelineSteps.WIDTHS.contains(keyLength) && stepsKept()) return StepCounts.counts(this, from, to, keyLength);
        return StepCounts.raw(this, from, to, keyLength);
    }

    @Override
    public int timelineBefore(String date) {
        return stepsKept() ? StepCounts.before(this, date) : count("SELECT COUNT(*) FROM timeline WHERE dated < ?", date);
    }

    @Override
    public int timelineAfter(String date) {
        return stepsKept() ? StepCounts.after(this, date) : count("SELECT COUNT(*) FROM timeline WHERE dated > ?", date);
    }

    /**
     * True when the file keeps the counts by step: every file of this version. No server reads a file of
     * another ({@link #current}); asked anyway, the raw dates answer.
     */
    private boolean stepsKept() {
        return list("SELECT val FROM meta WHERE name = 'version'", rs -> rs.getString(1)).stream().anyMatch(Schema::readable);
    }

    @Override
    public int referenceCount() {
        List<String> kept = list("SELECT val FROM meta WHERE name = ?", rs -> rs.getString(1), ReferenceFiles.META);
        return kept.isEmpty() ? count("SELECT COUNT(DISTINCT file_key) FROM file_citations") : Integer.parseInt(kept.get(0));
    }

    @Override
    public List<ReferenceGroup> references(int offset, int limit) {
        Tables.checkSlice(offset, limit);
        List<String> keys = list("SELECT DISTINCT file_key FROM file_citations ORDER BY file_key LIMIT ? OFFSET ?", rs -> rs.getString(1),
                limit, offset);
        List<ReferenceGroup> out = new ArrayList<>();
        for (String key : keys) {
            ReferenceGroups groups = new ReferenceGroups(out::add);
            each(ReferenceGroups.SELECT + " WHERE file_key = ? ORDER BY doc_id, note, seq", groups::add, key);
            groups.finish();
        }
        return out;
    }

    /** One query for a page's documents: a session's title and date from its row, any other's from the record's. */
    @Override
    public Map<String, Heading> headings(Collection<String> documentIds) {
        Map<String, Heading> out = new LinkedHashMap<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(documentIds));
        for (int from = 0; from < ids.size(); from += HEADINGS_AT_ONCE) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + HEADINGS_AT_ONCE));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            each("SELECT d.doc_id, CASE WHEN s.doc_id IS NULL THEN d.title ELSE s.title END, CASE WHEN s.doc_id IS NULL THEN d.dated ELSE s.dated END"
                    + " FROM documents d LEFT JOIN sessions s ON s.doc_id = d.doc_id WHERE d.doc_id IN (" + marks + ")",
                    rs -> out.put(rs.getString(1), new Heading(rs.getString(1), rs.getString(2), rs.getString(3))), part.toArray());
        }
        return out;
    }

    @Override
    public long csv(String name, Writer out) {
        Tables.checkName(name);
        try (DbTables own = another()) {
            return own.writeCsv(name, out);
        }
    }

    @Override
    public void json(String name, JsonGenerator out) throws IOException {
        Tables.checkName(name);
        try (DbTables own = another()) {
            own.writeJson(name, out);
        }
    }

    private long writeCsv(String name, Writer out) {
        long[] rows = {0};
        switch (name) {
            case "attendance", "speaking" -> {
                Csv.line(out, new Matrix(measure(name), List.of(), List.of(), List.of()).header());
                cells(name, c -> Csv.line(out, List.of(c.personId(), c.documentId(), Integer.toString(c.value()))), rows);
            }
            case "statements" -> {
                Csv.line(out, new Statements(List.of()).header());
                statements(s -> Csv.line(out, List.of(s.personId(), s.documentId(), nz(s.date()), Integer.toString(s.turn()), s.text())), rows);
            }
            case "decisions-and-tasks" -> {
                Csv.line(out, new ResolutionLog(List.of()).header());
                log(e -> Csv.line(out, List.of(nz(e.date()), e.documentId(), e.kind(), e.text(), String.join(" ", e.personIds()))), rows);
            }
            case "references" -> {
                Csv.line(out, new References(List.of()).header());
                referenceGroups(g -> {
                    for (Citation c : g.citations()) {
                        Csv.line(out, List.of(g.archive(), nz(g.fond()), nz(g.opis()), nz(g.papka()), nz(g.delo()), nz(c.leaves()),
                                c.documentId(), c.where(), c.text()));
                        rows[0]++;
                    }
                });
            }
            case "works" -> {
                Csv.line(out, new Works(List.of()).header());
                works(w -> {
                    for (Citation c : w.citations()) {
                        Csv.line(out, List.of(w.title(), w.kind(), c.documentId(), c.where()));
                        rows[0]++;
                    }
                });
            }
            case "documents" -> {
                Csv.line(out, new Chronology(List.of()).header());
                documents(e -> Csv.line(out, List.of(nz(e.date()), e.documentId(), nz(e.kind()), nz(e.title()))), rows);
            }
            default -> {
                Csv.line(out, new Timeline(List.of()).header());
                timeline(e -> Csv.line(out, List.of(e.date(), e.documentId(), e.where(), Integer.toString(e.offset()), e.text())), rows);
            }
        }
        return rows[0];
    }

    /**
     * Writes the table as its record in memory would be written (the same fields in the same order,
     * each row by the tables' own mapper), without holding it: the bytes are those of {@code Table.json()}.
     */
    private void writeJson(String name, JsonGenerator out) throws IOException {
        long[] rows = {0};
        out.writeStartObject();
        switch (name) {
            case "attendance", "speaking" -> {
                out.writeStringField("measure", measure(name));
                out.writeArrayFieldStart("people");
                each("SELECT DISTINCT person_id FROM person_sessions WHERE " + flag(name) + " = 1 ORDER BY person_id",
                        rs -> write(out, rs.getString(1)));
                out.writeEndArray();
                out.writeArrayFieldStart("sessions");
                each("SELECT doc_id FROM sessions ORDER BY sort_day, doc_id", rs -> write(out, rs.getString(1)));
                out.writeEndArray();
                out.writeArrayFieldStart("cells");
                cells(name, c -> write(out, c), rows);
            }
            case "statements" -> {
                out.writeArrayFieldStart("statements");
                statements(s -> write(out, s), rows);
            }
            case "decisions-and-tasks" -> {
                out.writeArrayFieldStart("entries");
                log(e -> write(out, e), rows);
            }
            case "references" -> {
                out.writeArrayFieldStart("groups");
                referenceGroups(g -> write(out, g));
            }
            case "works" -> {
                out.writeArrayFieldStart("works");
                works(w -> write(out, w));
            }
            case "documents" -> {
                out.writeArrayFieldStart("entries");
                documents(e -> write(out, e), rows);
            }
            default -> {
                out.writeArrayFieldStart("entries");
                timeline(e -> write(out, e), rows);
            }
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static String measure(String matrix) {
        return matrix.equals("attendance") ? "attended" : "turns";
    }

    private static String flag(String matrix) {
        return matrix.equals("attendance") ? "attended" : "spoke";
    }

    /** The matrix's cells by person, then in session order. */
    private void cells(String matrix, java.util.function.Consumer<Cell> sink, long[] rows) {
        boolean attendance = matrix.equals("attendance");
        each("SELECT person_id, doc_id, turns FROM person_sessions WHERE " + flag(matrix) + " = 1 ORDER BY person_id, sort_day, doc_id", rs -> {
            sink.accept(new Cell(rs.getString(1), rs.getString(2), attendance ? 1 : rs.getInt(3)));
            rows[0]++;
        });
    }

    private void statements(java.util.function.Consumer<Statement> sink, long[] rows) {
        Texts texts = new Texts();
        each("SELECT s.person_id, s.doc_id, d.dated, s.turn, t.texts FROM statements s JOIN documents d ON d.doc_id = s.doc_id"
                + " JOIN turns t ON t.doc_id = s.doc_id ORDER BY s.person_id, s.sort_day, s.doc_id, s.seq", rs -> {
            sink.accept(texts.statement(rs));
            rows[0]++;
        });
    }

    private void log(java.util.function.Consumer<LogEntry> sink, long[] rows) {
        each("SELECT dated, doc_id, kind, body, person_ids FROM log ORDER BY sort_day, doc_id, seq", rs -> {
            sink.accept(new LogEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), ids(rs.getString(5))));
            rows[0]++;
        });
    }

    private void timeline(java.util.function.Consumer<TimelineEntry> sink, long[] rows) {
        each("SELECT dated, doc_id, place, pos, body FROM timeline ORDER BY dated, doc_id, note, pos, seq", rs -> {
            sink.accept(new TimelineEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
            rows[0]++;
        });
    }

    private void documents(java.util.function.Consumer<DocumentEntry> sink, long[] rows) {
        each("SELECT doc_id, dated, kind, title FROM documents ORDER BY sort_day, doc_id", rs -> {
            sink.accept(new DocumentEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            rows[0]++;
        });
    }

    /** Every archival file with its citations, one file held at a time. */
    private void referenceGroups(java.util.function.Consumer<ReferenceGroup> sink) {
        ReferenceGroups groups = new ReferenceGroups(sink);
        each(ReferenceGroups.SELECT + " ORDER BY file_key, doc_id, note, seq", groups::add);
        groups.finish();
    }

    /** Every work with the places citing it, one work held at a time. */
    private void works(java.util.function.Consumer<Work> sink) {
        String[] key = {null};
        String[] title = {null};
        String[] kind = {null};
        List<Citation> citations = new ArrayList<>();
        Runnable flush = () -> {
            if (key[0] != null) sink.accept(new Work(title[0], kind[0], citations));
            citations.clear();
        };
        each("SELECT work_key, title, kind, doc_id, place, leaves, body FROM work_citations ORDER BY work_key, doc_id, note, seq", rs -> {
            String k = rs.getString(1);
            if (!k.equals(key[0])) {
                flush.run();
                key[0] = k;
                title[0] = rs.getString(2);
                kind[0] = rs.getString(3);
            } else if (rs.getString(2).compareTo(title[0]) < 0) {
                title[0] = rs.getString(2); // the group's title is the first of its spellings, as in memory
            }
            // a work's citation names only the document and the place, as the extract made it
            citations.add(new Citation(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
        });
        flush.run();
    }

    private static void write(JsonGenerator out, Object value) {
        try {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        try {
            if (kept != null) kept.close();
            pool.close();
        } catch (SQLException e) {
            throw new IllegalStateException("the tables database did not close", e);
        }
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, RowReader<T> reader, Object... params) {
        try {
            return pool.with(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, params);
                    List<T> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(reader.read(rs));
                    }
                    return out;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the tables database could not answer: " + sql, e);
        }
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Hands each row to {@code sink} as it is read: nothing is collected. */
    private void each(String sql, RowSink sink, Object... params) {
        try {
            pool.with(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) sink.accept(rs);
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the tables database could not answer: " + sql, e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Integer n) ps.setInt(i + 1, n);
            else ps.setString(i + 1, (String) params[i]);
        }
    }

    int count(String sql, Object... params) {
        return list(sql, rs -> rs.getInt(1), params).get(0);
    }

    private static Session sessionOf(ResultSet rs) throws SQLException {
        return read(Packed.unpack(rs.getBytes(1)), Session.class);
    }

    /**
     * Statements read with their document's turns (person, document, date, turn, packed texts): a
     * document's texts unpacked once however many of its rows follow one another.
     */
    private static final class Texts {
        private String document;
        private List<String> turns;

        Statement statement(ResultSet rs) throws SQLException {
            String id = rs.getString(2);
            if (!id.equals(document)) {
                document = id;
                turns = Packed.turns(rs.getBytes(5));
            }
            int turn = rs.getInt(4);
            return new Statement(rs.getString(1), id, rs.getString(3), turn, turns.get(turn - 1));
        }
    }

    private static List<String> ids(String json) {
        return List.of(read(json, String[].class));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a row of the tables database is no " + type.getSimpleName(), e);
        }
    }
}
