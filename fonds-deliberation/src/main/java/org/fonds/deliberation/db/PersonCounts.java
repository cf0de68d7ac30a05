package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person page and the index of people count of each person, kept as the rows are written
 * instead of counted over a person's rows at every view: the busiest member of a generated corpus of
 * a million records sits in 188,000 sessions, and counting a page's totals took over a second a view
 * (BENCHMARKS.md, issue 14). Each count is a sum over the per-document rows (sessions, those attended,
 * turns, statements, tasks), so a rebuild adds every document's and an update takes the rewritten
 * documents' old rows away and adds their new ones, as {@link AttendanceMonths} does; the incremental
 * test holds the two equal. What a sum cannot say (a meeting told in several accounts, a text in
 * several copies, each counted once) is kept beside them by {@link MeetingCounts}.
 */
final class PersonCounts {
    static final String DDL = "CREATE TABLE IF NOT EXISTS person_counts (person_id VARCHAR NOT NULL PRIMARY KEY, sessions INTEGER,"
            + " attended INTEGER, turns INTEGER, statements INTEGER, tasks INTEGER, meetings INTEGER, kept_turns INTEGER)%s";
    /** The columns in the order of a delta's values. */
    private static final List<String> COLUMNS = List.of("sessions", "attended", "turns", "statements", "tasks", MeetingCounts.MEETINGS,
            MeetingCounts.KEPT_TURNS);
    static final int SESSIONS = 0;
    static final int ATTENDED = 1;
    static final int TURNS = 2;
    static final int STATEMENTS = 3;
    static final int TASKS = 4;
    /** Meetings attended, each once however many accounts tell it ({@link MeetingCounts}). */
    static final int MEETINGS = 5;
    /** Turns, a text in several copies counted once, in its copy with the most ({@link MeetingCounts}). */
    static final int KEPT_TURNS = 6;

    private PersonCounts() {
    }

    /** What the rows written and deleted add to and take from each person's counts. */
    static final class Deltas {
        private final Map<List<String>, long[]> byPerson = new TreeMap<>(java.util.Comparator.comparing(k -> k.get(0)));

        void add(String personId, int column, long n) {
            if (personId == null || n == 0) return;
            byPerson.computeIfAbsent(List.of(personId), k -> new long[COLUMNS.size()])[column] += n;
        }

        /** Writes the changes, in person order; a person left with nothing counted loses their row. */
        void apply(Connection c) throws SQLException {
            CountRows.add(c, "person_counts", List.of("person_id"), COLUMNS, byPerson);
        }
    }
}
