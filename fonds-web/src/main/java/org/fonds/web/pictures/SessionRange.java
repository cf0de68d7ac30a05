package org.fonds.web.pictures;

import java.util.List;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.sessions.Session;
import org.fonds.web.room.DateParameter;

/**
 * The sessions a picture draws: those dated within {@code from}..{@code to} (either may be empty;
 * a year or a month stands for all its days), in date order, {@code limit} of them from position
 * {@code start}; {@code shown} of them are drawn, and {@code sessions} holds them when the picture
 * needs each one (the heat map, the timeline; the network counts attendance alone). Without dates
 * every session is in range, undated ones too (they come first); with dates, undated sessions are
 * left out, since no one can say where they fall ({@link Tables#within}).
 */
public record SessionRange(String from, String to, int start, int limit, int inRange, int shown, List<Session> sessions) {
    public SessionRange {
        sessions = List.copyOf(sessions);
    }

    /**
     * The sessions from {@code start}, {@code limit} of them, read from the tables.
     *
     * @throws IllegalArgumentException when a date is not written 1956, 1956-11 or 1956-11-04, or does not exist
     */
    public static SessionRange of(Tables tables, String from, String to, int start, int limit) {
        String f = DateParameter.checked("from", from);
        String t = DateParameter.checked("to", to);
        if (limit < 1) throw new IllegalArgumentException("limit must be >= 1 (got: " + limit + ")");
        int in = tables.sessionCount(f, t);
        int first = Math.max(0, Math.min(start, in));
        List<Session> shown = tables.sessions(f, t, first, limit);
        return new SessionRange(f, t, first, limit, in, shown.size(), shown);
    }

    /**
     * Every session of the dates, counted and not read.
     *
     * @throws IllegalArgumentException when a date is not written 1956, 1956-11 or 1956-11-04, or does not exist
     */
    public static SessionRange counted(Tables tables, String from, String to) {
        String f = DateParameter.checked("from", from);
        String t = DateParameter.checked("to", to);
        int in = tables.sessionCount(f, t);
        return new SessionRange(f, t, 0, Integer.MAX_VALUE, in, in, List.of());
    }

    /** True when some sessions of the range come after the ones shown. */
    public boolean more() {
        return start + shown < inRange;
    }

    /** True when the range holds more sessions than are shown. */
    public boolean partial() {
        return start > 0 || more();
    }

    /** In words, for the page and the downloads: "sessions 1-60 of 65, all dates". */
    public String describe() {
        String dates = from.isEmpty() && to.isEmpty() ? "all dates"
                : from.isEmpty() ? "dated up to " + to : to.isEmpty() ? "dated from " + from : "dated " + from + " to " + to;
        if (shown == 0) return "no sessions, " + dates;
        return "sessions " + (start + 1) + "-" + (start + shown) + " of " + inRange + ", " + dates;
    }
}
