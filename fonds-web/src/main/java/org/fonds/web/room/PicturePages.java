package org.fonds.web.room;

import io.javalin.http.Context;
import org.fonds.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.fonds.deliberation.read.Tables;
import org.fonds.web.derived.Derived;
import org.fonds.web.pictures.ChronologyView;
import org.fonds.web.pictures.CoAttendance;
import org.fonds.web.pictures.RecordChronology;
import org.fonds.web.pictures.DataTable;
import org.fonds.web.pictures.Heatmap;
import org.fonds.web.pictures.HeatmapView;
import org.fonds.web.pictures.NetworkView;
import org.fonds.web.pictures.SessionRange;
import org.fonds.web.pictures.SessionTimeline;
import org.fonds.web.pictures.TimelineView;
import org.fonds.web.room.DocumentView.Link;

/**
 * {@code /pictures/attendance}, {@code /pictures/timeline}, {@code /pictures/network}, {@code
 * /pictures/chronology} (every dated record, not only the sessions): SVG drawn
 * here, so the pages need no script, and {@code NAME.csv} / {@code NAME.json}: the data each draws.
 * The heat map and the timeline draw {@link #SESSIONS} sessions at a time ({@code ?from=&to=} to
 * choose the dates, {@code &start=} to move on); who sat together ("network", its address kept)
 * takes every session of the dates, and {@code &min=} sessions shared for a pair to be drawn.
 * Heat map and who sat together draw at most {@link #PEOPLE} people, those who took part most often.
 */
final class PicturePages {
    /** The stable code of a date parameter that does not read, in a JSON answer. */
    static final String BAD_DATE = "bad-date-parameter";
    static final int SESSIONS = 60;
    static final int PEOPLE = 40;

    private final Derived derived;

    PicturePages(Derived derived) {
        this.derived = derived;
    }

    String index(Context ctx) {
        Tables t = derived.now();
        return Templates.render("pictures.jte", t.datedCount("", "") + " dated records, " + t.sessionCount() + " sessions, " + t.peopleCount()
                + " people");
    }

    /** The page or the data of a picture; false when there is no picture of that name. */
    boolean show(Context ctx) {
        String file = ctx.pathParam("picture");
        int dot = file.indexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "html" : file.substring(dot + 1);
        if (!List.of("attendance", "timeline", "network", "chronology").contains(name) || !List.of("html", "csv", "json").contains(format)) {
            return false;
        }
        Tables s = derived.now();
        if (name.equals("chronology")) return chronology(ctx, s, format);
        String from = value(ctx, "from");
        String to = value(ctx, "to");
        int min = together(ctx);
        if (format.equals("html")) {
            int start = name.equals("network") ? 0 : start(ctx);
            // who sat together takes every session of the dates and writes ~190 KB of HTML for 40 people: most of its
            // cost is that writing, so the page is kept as bytes while the tables are unchanged
            String key = "/pictures/network?from=" + Links.enc(from) + "&to=" + Links.enc(to) + "&min=" + min;
            Drawn page = name.equals("network") ? s.keptWhileUnchanged(key, () -> page(s, name, from, to, 0, min))
                    : page(s, name, from, to, start, min);
            ctx.status(page.status()).contentType("text/html; charset=utf-8").result(page.html());
            return true;
        }
        SessionRange range;
        try {
            range = range(s, name, from, to, name.equals("network") ? 0 : start(ctx));
        } catch (IllegalArgumentException e) {
            refusedRange(ctx, format, e);
            return true;
        }
        send(ctx, name, format, data(draw(name, s, range, min, true)));
        return true;
    }

    /** A picture's page as sent: 400 with the reason shown over the whole range when the dates do not read. */
    record Drawn(int status, byte[] html) {
    }

    /** The page of picture {@code name}, made from the tables alone (so who sat together's can be kept). */
    static Drawn page(Tables s, String name, String from, String to, int start, int min) {
        int limit = name.equals("network") ? Integer.MAX_VALUE : SESSIONS;
        SessionRange range;
        String error = null;
        try {
            range = range(s, name, from, to, start);
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
            range = range(s, name, "", "", 0);
        }
        Object view = draw(name, s, range, min, false);
        PictureFrame frame = new PictureFrame("/pictures/" + name, "Sessions", from, to, error, range.describe(),
                range.start() > 0 ? address("/pictures/" + name, range, Math.max(0, range.start() - limit)) : null,
                range.more() ? address("/pictures/" + name, range, range.start() + limit) : null,
                downloads(name, range, name.equals("network") && min > 1 ? "min=" + min : ""));
        return new Drawn(error == null ? 200 : 400, Templates.bytes(name + ".jte", Map.of("frame", frame, "view", view)));
    }

    /**
     * The chronology of every dated record: its own dates (not the sessions'), and {@code start}
     * only where a range too narrow to zoom further is listed a page at a time.
     */
    private static boolean chronology(Context ctx, Tables s, String format) {
        String from = value(ctx, "from");
        String to = value(ctx, "to");
        String error = null;
        String f = "";
        String t = "";
        try {
            f = DateParameter.checked("from", from);
            t = DateParameter.checked("to", to);
        } catch (IllegalArgumentException e) {
            if (refusedRange(ctx, format, e)) return true;
            error = e.getMessage();
            f = "";
            t = "";
        }
        ChronologyView view = RecordChronology.of(s, f, t, start(ctx));
        if (!format.equals("html")) {
            send(ctx, "chronology", format, view.data());
            return true;
        }
        String here = RecordChronology.zoom(f, t);
        int shown = view.rows().size();
        String earlier = view.listed() && view.offset() > 0 ? with(here, "start=" + Math.max(0, view.offset() - RecordChronology.LISTED)) : null;
        String later = view.listed() && view.offset() + shown < view.inRange() ? with(here, "start=" + (view.offset() + shown)) : null;
        String page = view.listed() && view.offset() > 0 ? "start=" + view.offset() : "";
        List<Link> downloads = new ArrayList<>();
        downloads.add(new Link("this picture's data as CSV", with(RecordChronology.zoom(f, t).replace("/chronology", "/chronology.csv"), page)));
        downloads.add(new Link("as JSON", with(RecordChronology.zoom(f, t).replace("/chronology", "/chronology.json"), page)));
        downloads.add(new Link("every document's date, kind and title as CSV", "/api/tables/documents.csv"));
        downloads.add(new Link("as JSON", "/api/tables/documents.json"));
        PictureFrame frame = new PictureFrame("/pictures/chronology", "Records", from, to, error, view.describe(), earlier, later, downloads);
        ctx.contentType("text/html; charset=utf-8").result(Templates.render("chronology.jte", Map.of("frame", frame, "view", view)));
        return true;
    }

    private static void send(Context ctx, String name, String format, DataTable data) {
        boolean csv = format.equals("csv");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"")
                .result(csv ? data.csv() : data.json());
    }

    /** The network counts the attendance of every session of the dates; the others draw a page of sessions, each read. */
    private static SessionRange range(Tables s, String name, String from, String to, int start) {
        return name.equals("network") ? SessionRange.counted(s, from, to) : SessionRange.of(s, from, to, start, SESSIONS);
    }

    /** The picture; {@code forData}: its data is what is asked for (CSV or JSON), so everything drawn is listed. */
    private static Object draw(String name, Tables s, SessionRange range, int min, boolean forData) {
        return switch (name) {
            case "attendance" -> Heatmap.of(s, range, PEOPLE);
            case "timeline" -> SessionTimeline.of(s, range, forData);
            default -> CoAttendance.of(s, range, PEOPLE, min);
        };
    }

    /** Who sat together draws the pairs who shared at least {@code ?min=} sessions (1 when not given or not a number). */
    private static int together(Context ctx) {
        try {
            return Math.max(1, Math.min(1_000_000, Integer.parseInt(value(ctx, "min"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static DataTable data(Object view) {
        return switch (view) {
            case HeatmapView h -> h.data();
            case TimelineView t -> t.data();
            case NetworkView n -> n.data();
            default -> throw new IllegalStateException("no data for " + view);
        };
    }

    /** The data drawn, then the whole tables behind the picture. */
    private static List<Link> downloads(String name, SessionRange range, String extra) {
        List<Link> out = new ArrayList<>();
        out.add(new Link("this picture's data as CSV", with(address("/pictures/" + name + ".csv", range, range.start()), extra)));
        out.add(new Link("as JSON", with(address("/pictures/" + name + ".json", range, range.start()), extra)));
        List<String> tables = switch (name) {
            case "attendance" -> List.of("attendance", "speaking");
            case "timeline" -> List.of("timeline");
            default -> List.of("attendance");
        };
        for (String t : tables) {
            out.add(new Link("the whole " + t + " table as CSV", "/api/tables/" + t + ".csv"));
            out.add(new Link("as JSON", "/api/tables/" + t + ".json"));
        }
        return out;
    }

    /** {@code address} with one more parameter ({@code "min=3"}), when there is one: the data of the picture as drawn. */
    private static String with(String address, String extra) {
        return extra.isEmpty() ? address : address + (address.contains("?") ? "&" : "?") + extra;
    }

    /** {@code path} with the range's dates and {@code start}, leaving out what is empty. */
    private static String address(String path, SessionRange range, int start) {
        StringJoiner q = new StringJoiner("&");
        if (!range.from().isEmpty()) q.add("from=" + Links.enc(range.from()));
        if (!range.to().isEmpty()) q.add("to=" + Links.enc(range.to()));
        if (start > 0) q.add("start=" + start);
        return q.length() == 0 ? path : path + "?" + q;
    }

    private static String value(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    private static int start(Context ctx) {
        try {
            return Math.max(0, Integer.parseInt(value(ctx, "start")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A date range that does not read is a 400: data formats get the reason as plain text and are
     * answered (true); a page is drawn over the whole range with the reason shown (false).
     */
    private static boolean refusedRange(Context ctx, String format, IllegalArgumentException e) {
        // JSON for a client that reads JSON, as every other failure is answered (the code is stable)
        if (format.equals("json") || String.valueOf(ctx.header("Accept")).startsWith("application/json")) {
            throw new InvalidRequestException(BAD_DATE, e.getMessage());
        }
        ctx.status(400);
        if (format.equals("html")) return false;
        ctx.contentType("text/plain; charset=utf-8").result(e.getMessage());
        return true;
    }
}
