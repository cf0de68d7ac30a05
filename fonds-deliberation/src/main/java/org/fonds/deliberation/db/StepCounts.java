package org.fonds.deliberation.db;

import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.tables.MentionCount;

/**
 * The timeline's counts read from {@link TimelineSteps}: a step lying wholly within the dates asked
 * for is taken as counted; only a step the range cuts through is counted from its raw dates (at most
 * one month, or one year on a yearly axis, at each end). Dates are compared as text, as the raw
 * queries compare them: the dates of a key {@code k} of full width are exactly the texts from
 * {@code k} to {@code k + '\uffff'}, which is what lets a step be judged whole from its key.
 */
final class StepCounts {
    private static final char TOP = '\uffff';
    private static final int MONTH = 7;

    private StepCounts() {
    }

    /** The dates from {@code from} to {@code to} (both included) counted by their first {@code width} characters, every date read. */
    static List<MentionCount> raw(DbTables t, String from, String to, int width) {
        return t.list("SELECT substr(dated, 1, ?) AS k, COUNT(*), COUNT(DISTINCT doc_id) FROM timeline WHERE dated >= ? AND dated <= ?"
                + " GROUP BY k ORDER BY k", rs -> new MentionCount(rs.getString(1), rs.getInt(2), rs.getInt(3)), width, from, to);
    }

    /** As {@link #raw}, for a width of {@link TimelineSteps#WIDTHS}, from the counts kept by step. */
    static List<MentionCount> counts(DbTables t, String from, String to, int width) {
        // a key before `from` can hold dates within only when it begins `from` (the key of full width)
        List<MentionCount> kept = t.list("SELECT k, mentions, documents FROM timeline_steps WHERE width = ? AND k >= ? AND k <= ? ORDER BY k",
                rs -> new MentionCount(rs.getString(1), rs.getInt(2), rs.getInt(3)), width, TimelineSteps.key(from, width), to);
        List<MentionCount> out = new ArrayList<>();
        for (MentionCount c : kept) {
            String k = c.key();
            if (k.length() < width) {
                // a shorter date is a key of its own, holding that one text
                if (k.compareTo(from) >= 0 && k.compareTo(to) <= 0) out.add(c);
                continue;
            }
            boolean cutAtStart = k.compareTo(from) < 0 && any(t, "dated >= ? AND dated < ?", k, from);
            boolean cutAtEnd = to.startsWith(k) && any(t, "dated > ? AND dated < ?", to, k + TOP);
            if (!cutAtStart && !cutAtEnd) {
                out.add(c);
                continue;
            }
            String lo = k.compareTo(from) < 0 ? from : k;
            String hi = to.startsWith(k) ? to : k + TOP;
            raw(t, lo, hi, width).stream().filter(r -> r.key().equals(k)).forEach(out::add);
        }
        return out;
    }

    /** True when some date meets {@code where}. */
    private static boolean any(DbTables t, String where, String a, String b) {
        return !t.list("SELECT 1 FROM timeline WHERE " + where + " LIMIT 1", rs -> 1, a, b).isEmpty();
    }

    /** How many dates are earlier than {@code date}: every month wholly before it, and the dates of its own month up to it. */
    static int before(DbTables t, String date) {
        String own = date.length() > MONTH ? date.substring(0, MONTH) : date;
        int whole = t.count("SELECT COALESCE(SUM(mentions), 0) FROM timeline_steps WHERE width = ? AND k < ? AND k <> ?", MONTH, date, own);
        if (own.equals(date)) return whole;
        return whole + t.count("SELECT COUNT(*) FROM timeline WHERE dated >= ? AND dated < ?", own, date);
    }

    /** How many dates are later than {@code date}: every month wholly after it, and the dates of its own month after it. */
    static int after(DbTables t, String date) {
        int whole = t.count("SELECT COALESCE(SUM(mentions), 0) FROM timeline_steps WHERE width = ? AND k > ?", MONTH, date);
        if (date.length() < MONTH) return whole;
        String own = date.substring(0, MONTH);
        return whole + t.count("SELECT COUNT(*) FROM timeline WHERE dated > ? AND dated < ?", date, own + TOP);
    }
}
