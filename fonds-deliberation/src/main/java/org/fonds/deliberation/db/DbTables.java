package org.fonds.deliberation.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.read.PersonTotals;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.TimelineEntry;

/**
 * {@link Tables} read from the database file by query, a page at a time: nothing of the corpus is
 * held between calls. One connection, used by one caller at a time (the methods are synchronized;
 * each query is a lookup in an index, so callers wait microseconds).
 */
public final class DbTables implements Tables, AutoCloseable {
    private final Connection c;

    private DbTables(Connection c) {
        this.c = c;
    }

    public static DbTables open(Path file, Dialect dialect) throws SQLException {
        Connection c = DriverManager.getConnection(dialect.url(file));
        try {
            dialect.configure(c);
            Schema.create(c, dialect);
            return new DbTables(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public static DbTables open(Path file) throws SQLException {
        return open(file, Dialect.SQLITE);
    }

    @Override
    public synchronized int peopleCount() {
        return count("SELECT COUNT(*) FROM people");
    }

    @Override
    public synchronized List<Person> people(int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT doc FROM people ORDER BY id LIMIT ? OFFSET ?", rs -> read(rs.getString(1), Person.class), limit, offset);
    }

    @Override
    public synchronized Optional<Person> person(String id) {
        return list("SELECT doc FROM people WHERE id = ?", rs -> read(rs.getString(1), Person.class), id).stream().findFirst();
    }

    @Override
    public synchronized int documentCount(String personId) {
        return count("SELECT COUNT(*) FROM person_documents WHERE person_id = ?", personId);
    }

    @Override
    public synchronized List<String> documents(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT doc_id FROM person_documents WHERE person_id = ? ORDER BY doc_id LIMIT ? OFFSET ?", rs -> rs.getString(1),
                personId, limit, offset);
    }

    @Override
    public synchronized int sessionCount() {
        return count("SELECT COUNT(*) FROM sessions");
    }

    @Override
    public synchronized List<Session> sessions(int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT doc FROM sessions ORDER BY sort_day, doc_id LIMIT ? OFFSET ?", rs -> read(rs.getString(1), Session.class),
                limit, offset);
    }

    @Override
    public synchronized Optional<Session> session(String documentId) {
        return list("SELECT doc FROM sessions WHERE doc_id = ?", rs -> read(rs.getString(1), Session.class), documentId).stream().findFirst();
    }

    @Override
    public synchronized int sessionPosition(String documentId) {
        List<String> day = list("SELECT sort_day FROM sessions WHERE doc_id = ?", rs -> rs.getString(1), documentId);
        if (day.isEmpty()) return -1;
        return count("SELECT COUNT(*) FROM sessions WHERE sort_day < ? OR (sort_day = ? AND doc_id < ?)", day.get(0), day.get(0), documentId);
    }

    @Override
    public synchronized int statementCount(String personId) {
        return count("SELECT COUNT(*) FROM statements WHERE person_id = ?", personId);
    }

    @Override
    public synchronized List<Statement> statements(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT person_id, doc_id, dated, turn, body FROM statements WHERE person_id = ? ORDER BY sort_day, doc_id, seq LIMIT ? OFFSET ?",
                rs -> new Statement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)), personId, limit, offset);
    }

    @Override
    public synchronized int taskCount(String personId) {
        return count("SELECT COUNT(*) FROM task_people WHERE person_id = ?", personId);
    }

    @Override
    public synchronized List<LogEntry> tasks(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT l.dated, l.doc_id, l.kind, l.body, l.person_ids FROM task_people t JOIN log l ON l.doc_id = t.doc_id AND l.seq = t.seq"
                        + " WHERE t.person_id = ? ORDER BY t.sort_day, t.doc_id, t.seq LIMIT ? OFFSET ?",
                rs -> new LogEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), ids(rs.getString(5))),
                personId, limit, offset);
    }

    @Override
    public synchronized List<String> attendees(String documentId) {
        return list("SELECT person_id FROM person_sessions WHERE doc_id = ? AND attended = 1 ORDER BY person_id", rs -> rs.getString(1), documentId);
    }

    @Override
    public synchronized int turns(String personId, String documentId) {
        return count("SELECT COALESCE(SUM(turns), 0) FROM person_sessions WHERE person_id = ? AND doc_id = ?", personId, documentId);
    }

    @Override
    public synchronized int personSessionCount(String personId) {
        return count("SELECT COUNT(*) FROM person_sessions WHERE person_id = ?", personId);
    }

    @Override
    public synchronized List<PersonSession> personSessions(String personId, int offset, int limit) {
        Tables.checkSlice(offset, limit);
        return list("SELECT p.doc_id, s.dated, s.title, p.attended, p.turns FROM person_sessions p JOIN sessions s ON s.doc_id = p.doc_id"
                        + " WHERE p.person_id = ? ORDER BY p.sort_day, p.doc_id LIMIT ? OFFSET ?",
                rs -> new PersonSession(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getInt(5)),
                personId, limit, offset);
    }

    @Override
    public synchronized PersonTotals totals(String personId) {
        return list("SELECT COALESCE(SUM(attended), 0), COALESCE(SUM(turns), 0) FROM person_sessions WHERE person_id = ?",
                rs -> new PersonTotals(rs.getInt(1), rs.getInt(2)), personId).get(0);
    }

    @Override
    public synchronized List<TimelineEntry> timeline(String from, String to) {
        return list("SELECT dated, doc_id, place, pos, body FROM timeline WHERE dated >= ? AND dated <= ? ORDER BY dated, doc_id, note, pos",
                rs -> new TimelineEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)), from, to);
    }

    @Override
    public synchronized void close() throws SQLException {
        c.close();
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> list(String sql, RowReader<T> reader, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Integer n) ps.setInt(i + 1, n);
                else ps.setString(i + 1, (String) params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(reader.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("the tables database could not answer: " + sql, e);
        }
    }

    private int count(String sql, Object... params) {
        return list(sql, rs -> rs.getInt(1), params).get(0);
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
