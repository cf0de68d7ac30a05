package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fonds.deliberation.tables.TimelineEntry;

/**
 * The session timeline ready to draw: the axis ({@code unit} "day", "month" or "year", from
 * {@code start} to {@code end}), session marks, bars of dates mentioned, tick labels, and the
 * same as text, step by step ({@code bins}, only the steps with something in them). Dates
 * mentioned off the axis are counted in {@code before} and {@code after}; undated sessions in
 * {@code undated}. Marks stack up from the line at {@code sessionBase}, bars hang from {@code mentionBase}.
 */
public record TimelineView(SessionRange range, String unit, String start, String end, List<Mark> marks, List<Bar> bars,
                           List<Bin> bins, List<Tick> ticks, int undated, int before, int after, List<TimelineEntry> mentions,
                           int sessionBase, int mentionBase, int width, int height) {
    public TimelineView {
        marks = List.copyOf(marks);
        bars = List.copyOf(bars);
        bins = List.copyOf(bins);
        ticks = List.copyOf(ticks);
        mentions = List.copyOf(mentions);
    }

    static TimelineView empty(SessionRange range, int undated) {
        return new TimelineView(range, "day", "", "", List.of(), List.of(), List.of(), List.of(), undated, 0, 0, List.of(), 0, 0,
                SessionTimeline.WIDTH, 0);
    }

    public int left() {
        return SessionTimeline.LEFT;
    }

    public int right() {
        return SessionTimeline.LEFT + SessionTimeline.PLOT;
    }

    public boolean isEmpty() {
        return marks.isEmpty() && bars.isEmpty();
    }

    /** A session on the axis. */
    public record Mark(String documentId, String date, String title, int x, int y, int w, int h, String url) {
        public String tooltip() {
            return date + ": " + title;
        }
    }

    /** The dates mentioned in one step, as a bar down from the mentions' line. */
    public record Bar(int x, int y, int w, int h, String title) {}

    /** A tick label under the axis. */
    public record Tick(int x, String label) {}

    /** One step with something in it: its sessions, its dates mentioned, and the sessions not drawn for want of room. */
    public record Bin(String label, List<Mark> sessions, int mentions, int hidden, int x, int y) {
        public Bin {
            sessions = List.copyOf(sessions);
        }
    }

    /** The data drawn: the sessions shown and the dates mentioned on the axis, by date. */
    public DataTable data() {
        List<List<String>> rows = new ArrayList<>();
        for (Bin b : bins) {
            for (Mark m : b.sessions()) rows.add(List.of(m.date(), "session", m.documentId(), "", m.title()));
        }
        for (TimelineEntry e : mentions) rows.add(List.of(e.date(), "mention", e.documentId(), e.where(), e.text()));
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1).equals("session") ? 0 : 1));
        return new DataTable("session timeline (" + range.describe() + "), " + (start.isEmpty() ? "no axis" : start + " to " + end)
                + " by " + unit + ": the sessions shown and the dates the texts and notes mention on that axis",
                List.of("date", "kind", "document", "where", "text"), rows);
    }
}
