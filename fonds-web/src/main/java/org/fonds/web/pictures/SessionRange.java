package org.fonds.web.pictures;

import java.util.List;
import java.util.regex.Pattern;
import org.fonds.deliberation.sessions.Session;

/**
 * The sessions a picture draws: those dated within {@code from}..{@code to} (either may be empty;
 * a year or a month stands for all its days), in date order, {@code limit} of them from position
 * {@code start}. Without dates every session is in range, undated ones too (they come first);
 * with dates, undated sessions are left out, since no one can say where they fall.
 */
public record SessionRange(String from, String to, int start, int limit, int inRange, List<Session> sessions) {
    private static final Pattern DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public SessionRange {
        sessions = List.copyOf(sessions);
    }

    /** @throws IllegalArgumentException when a date is not written 1956, 1956-11 or 1956-11-04 */
    public static SessionRange of(List<Session> all, String from, String to, int start, int limit) {
        String f = checked(from);
        String t = checked(to);
        if (limit < 1) throw new IllegalArgumentException("limit must be >= 1 (got: " + limit + ")");
        List<Session> in = f.isEmpty() && t.isEmpty() ? all : all.stream().filter(s -> within(s.date(), f, t)).toList();
        int first = Math.max(0, Math.min(start, in.size()));
        return new SessionRange(f, t, first, limit, in.size(), in.subList(first, Math.min(in.size(), first + limit)));
    }

    /** True when some sessions of the range come after the ones shown. */
    public boolean more() {
        return start + sessions.size() < inRange;
    }

    /** True when the range holds more sessions than are shown. */
    public boolean partial() {
        return start > 0 || more();
    }

    /** In words, for the page and the downloads: "sessions 1-60 of 65, all dates". */
    public String describe() {
        String dates = from.isEmpty() && to.isEmpty() ? "all dates"
                : from.isEmpty() ? "dated up to " + to : to.isEmpty() ? "dated from " + from : "dated " + from + " to " + to;
        if (sessions.isEmpty()) return "no sessions, " + dates;
        return "sessions " + (start + 1) + "-" + (start + sessions.size()) + " of " + inRange + ", " + dates;
    }

    private static boolean within(String date, String from, String to) {
        if (date == null || date.isEmpty()) return false;
        if (!from.isEmpty() && date.compareTo(from) < 0) return false;
        // "1956-11-30" is within to=1956-11: compare no more of the date than "to" says
        return to.isEmpty() || date.substring(0, Math.min(date.length(), to.length())).compareTo(to) <= 0;
    }

    private static String checked(String date) {
        String d = date == null ? "" : date.strip();
        if (!d.isEmpty() && !DAY.matcher(d).matches()) {
            throw new IllegalArgumentException("dates are written 1956, 1956-11 or 1956-11-04 (got: " + date + ")");
        }
        return d;
    }
}
