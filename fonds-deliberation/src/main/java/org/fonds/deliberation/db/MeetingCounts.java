package org.fonds.deliberation.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonds.deliberation.DocumentRows;
import org.fonds.deliberation.sessions.Session;

/**
 * Each person's meetings attended and turns with a meeting told in several accounts, and a text in
 * several copies, counted once ({@code person_counts.meetings}, {@code person_counts.kept_turns}):
 * what the index of people shows of every person. The sums of the rows ({@link PersonCounts}) count
 * such a meeting or text once per record, and correcting them at every view from the rows that are
 * later accounts or copies took 20-50 ms a person at a million generated records (2.5 million later
 * accounts), six seconds for a page of 200 people and fifteen for the whole index (BENCHMARKS.md).
 *
 * <p>A person's row in {@code person_sessions} belongs to the meeting {@code COALESCE(meeting,
 * doc_id)} and to the text {@code COALESCE(work, doc_id)}. The meetings counted are the meetings with
 * a row attended; the turns kept are, per text, the most turns of its copies. A rebuild counts them
 * from the rows; an update works out again only the (person, meeting) and (person, text) pairs of
 * the rows it deletes and writes, before and after, and moves the counts by the difference: every
 * other pair keeps its rows, and so what it adds.
 */
final class MeetingCounts {
    static final String MEETINGS = "meetings";
    static final String KEPT_TURNS = "kept_turns";

    private MeetingCounts() {
    }

    /** After a rebuild's rows and indexes: each person's two counts from their rows. */
    static void fill(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM person_counts"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE person_counts SET meetings = attended - ?, kept_turns = turns - ? WHERE person_id = ?")) {
            for (String id : ids) {
                up.setLong(1, count(c, EXTRA_ACCOUNTS, id));
                up.setLong(2, count(c, EXTRA_COPY_TURNS, id));
                up.setString(3, id);
                up.executeUpdate();
            }
        }
    }

    /**
     * The attended rows counted more than once: of each meeting's rows, all but one. Its later accounts
     * name the first as their meeting (a null meeting is the session's own). One statement over the
     * person's later accounts (the partial index), grouped in the database.
     */
    private static final String EXTRA_ACCOUNTS = "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM ("
            + " SELECT meeting AS g FROM person_sessions WHERE person_id = ? AND meeting IS NOT NULL AND attended = 1"
            + " UNION ALL SELECT f.doc_id AS g FROM person_sessions f WHERE f.person_id = ? AND f.meeting IS NULL AND f.attended = 1"
            + " AND f.doc_id IN (SELECT meeting FROM person_sessions WHERE person_id = ? AND meeting IS NOT NULL AND attended = 1)"
            + ") a GROUP BY g) m";

    /** The turns counted more than once: of each text's copies, all but the one with the most turns. */
    private static final String EXTRA_COPY_TURNS = "SELECT COALESCE(SUM(total - most), 0) FROM (SELECT SUM(t) AS total, MAX(t) AS most FROM ("
            + " SELECT work AS g, turns AS t FROM person_sessions WHERE person_id = ? AND work IS NOT NULL"
            + " UNION ALL SELECT f.doc_id AS g, f.turns AS t FROM person_sessions f WHERE f.person_id = ? AND f.work IS NULL"
            + " AND f.doc_id IN (SELECT work FROM person_sessions WHERE person_id = ? AND work IS NOT NULL)"
            + ") c GROUP BY g) w";

    private static long count(Connection c, String sql, String personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            // the person's id for each of the statement's three parts
            for (int i = 1; i <= 3; i++) ps.setString(i, personId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The pairs an update's rows reach, and what each added to its person's counts before the update. */
    static final class Touched {
        private final Set<List<String>> meetings = new LinkedHashSet<>();
        private final Set<List<String>> works = new LinkedHashSet<>();
        private final Map<List<String>, Long> attendedBefore = new HashMap<>();
        private final Map<List<String>, Long> mostBefore = new HashMap<>();

        /**
         * Before {@code rewrite}'s rows are deleted and {@code written} inserted: the pairs of both, and
         * their counts as the tables hold them now.
         */
        static Touched before(Connection c, Collection<String> rewrite, List<DocumentRows> written) throws SQLException {
            Touched t = new Touched();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT person_id, COALESCE(meeting, doc_id), COALESCE(work, doc_id) FROM person_sessions WHERE doc_id = ?")) {
                for (String id : rewrite) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) t.reach(rs.getString(1), rs.getString(2), rs.getString(3));
                    }
                }
            }
            for (DocumentRows r : written) {
                Session s = r.session();
                if (s == null) continue;
                String meeting = s.accounts().isEmpty() ? r.documentId() : s.accounts().get(0);
                for (String person : TablesDb.Rows.personSessions(s).keySet()) t.reach(person, meeting, r.work());
            }
            try (PairCounts counts = new PairCounts(c)) {
                for (List<String> pair : t.meetings) t.attendedBefore.put(pair, counts.attended(pair));
                for (List<String> pair : t.works) t.mostBefore.put(pair, counts.most(pair));
            }
            return t;
        }

        private void reach(String person, String meeting, String work) {
            meetings.add(List.of(person, meeting));
            works.add(List.of(person, work));
        }

        /** After the rows are written: moves each person's counts by what their pairs add now less what they added before. */
        void apply(Connection c) throws SQLException {
            PersonCounts.Deltas deltas = new PersonCounts.Deltas();
            try (PairCounts counts = new PairCounts(c)) {
                for (List<String> pair : meetings) deltas.add(pair.get(0), PersonCounts.MEETINGS, counts.attended(pair) - attendedBefore.get(pair));
                for (List<String> pair : works) deltas.add(pair.get(0), PersonCounts.KEPT_TURNS, counts.most(pair) - mostBefore.get(pair));
            }
            deltas.apply(c);
        }
    }

    /** What one (person, meeting) or (person, text) pair adds to the person's counts: four statements, prepared once for every pair. */
    private static final class PairCounts implements AutoCloseable {
        private final PreparedStatement laterAccount;
        private final PreparedStatement ownAccount;
        private final PreparedStatement mostInCopies;
        private final PreparedStatement ownText;

        PairCounts(Connection c) throws SQLException {
            laterAccount = c.prepareStatement("SELECT 1 FROM person_sessions WHERE person_id = ? AND meeting = ? AND attended = 1 LIMIT 1");
            ownAccount = c.prepareStatement("SELECT attended FROM person_sessions WHERE doc_id = ? AND person_id = ? AND meeting IS NULL");
            mostInCopies = c.prepareStatement("SELECT COALESCE(MAX(turns), 0) FROM person_sessions WHERE person_id = ? AND work = ?");
            ownText = c.prepareStatement("SELECT turns FROM person_sessions WHERE doc_id = ? AND person_id = ? AND work IS NULL");
        }

        /** 1 when the person attended the meeting in any of its accounts, else 0. */
        long attended(List<String> pair) throws SQLException {
            if (first(laterAccount, pair.get(0), pair.get(1)) > 0) return 1;
            return first(ownAccount, pair.get(1), pair.get(0));
        }

        /** The most turns the person has in one copy of the text. */
        long most(List<String> pair) throws SQLException {
            return Math.max(first(mostInCopies, pair.get(0), pair.get(1)), first(ownText, pair.get(1), pair.get(0)));
        }

        private static long first(PreparedStatement ps, String a, String b) throws SQLException {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(laterAccount, ownAccount, mostInCopies, ownText)) ps.close();
        }
    }
}
