package org.fonds.web.pictures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.tables.DateCount;
import org.fonds.deliberation.tables.DocumentEntry;
import org.fonds.web.pictures.ChronologyView.Coarse;
import org.fonds.web.pictures.ChronologyView.Column;
import org.fonds.web.pictures.ChronologyView.Legend;
import org.fonds.web.pictures.ChronologyView.Row;
import org.fonds.web.pictures.ChronologyView.Segment;
import org.fonds.web.pictures.ChronologyView.Tick;
import org.fonds.web.room.Links;

/**
 * The chronology of every dated record (sessions, telegrams, reports, letters: whatever the
 * record's kind), drawn from the documents table in at most three queries (the counts by date and
 * kind, the undated, and a listed range's records). A range of up to {@link
 * #LISTED} records is drawn record by record, each labelled; a wider one as bars of counts per day,
 * month or year (at most {@link #MAX_BARS}), each a link to its own dates, so a reader zooms from
 * decades to a single day. A range that is one day and still holds more is listed a page at a time.
 */
public final class RecordChronology {
    public static final int LISTED = 40;
    static final int MAX_BARS = 60;
    static final int WIDTH = Heatmap.WIDTH;
    static final int LEFT = 40;
    static final int RIGHT = 40;
    static final int PLOT = WIDTH - LEFT - RIGHT;
    static final int ROW = 26;
    static final int ROWS_TOP = 58;
    static final int BARS_TOP = 28;
    static final int BARS = 240;
    /** What a character of a 12-13 px label takes, to keep labels apart and inside the picture. */
    static final double CHAR = 7.0;
    /** The longest title drawn whole on a row (where the row has room); its tooltip and the table hold the rest. */
    static final int TITLE = 80;

    private RecordChronology() {
    }

    /**
     * The chronology of the records dated {@code from}..{@code to} (checked already), listed from
     * {@code offset} when listed.
     */
    public static ChronologyView of(Tables tables, String from, String to, int offset) {
        // the records in range are the counts' sum: one reading of the range's rows where a count first read them twice
        List<DateCount> counts = tables.datedCounts(from, to);
        int inRange = 0;
        for (DateCount c : counts) inRange += c.documents();
        int undated = tables.undatedCount();
        if (inRange <= LISTED) return listed(tables, from, to, 0, inRange, undated);
        LocalDate[] span = span(from, to, counts);
        if (span == null || !span[0].isBefore(span[1])) return listed(tables, from, to, offset, inRange, undated);
        return counted(from, to, counts, span, inRange, undated);
    }

    // ---- listed: a row per record

    private static ChronologyView listed(Tables tables, String from, String to, int offset, int inRange, int undated) {
        int first = Math.max(0, Math.min(offset, Math.max(0, inRange - 1)));
        List<DocumentEntry> records = tables.dated(from, to, first, LISTED);
        LocalDate start = from.isEmpty() ? null : day(from, false);
        LocalDate end = to.isEmpty() ? null : day(to, true);
        for (DocumentEntry e : records) {
            LocalDate a = day(e.date(), false);
            LocalDate b = day(e.date(), true);
            if (a == null) continue;
            if (from.isEmpty() && (start == null || a.isBefore(start))) start = a;
            if (to.isEmpty() && (end == null || b.isAfter(end))) end = b;
        }
        String describe = describe(from, to, inRange, first, records.size());
        if (start == null || end == null || end.isBefore(start)) {
            return new ChronologyView(from, to, describe, true, "day", "", "", inRange, first, undated, records.size(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), WIDTH, 0, LEFT, LEFT + PLOT, 0);
        }
        if (ChronoUnit.DAYS.between(start, end) < 6) {
            start = start.minusDays(3);
            end = end.plusDays(3);
        }
        Scale scale = new Scale(start, end);
        Map<KindClass, Integer> legendCounts = new EnumMap<>(KindClass.class);
        List<Row> rows = new ArrayList<>();
        int unplaced = 0;
        for (DocumentEntry e : records) {
            LocalDate a = day(e.date(), false);
            if (a == null) {
                unplaced++;
                continue;
            }
            LocalDate b = day(e.date(), true);
            KindClass k = KindClass.of(e.kind());
            legendCounts.merge(k, 1, Integer::sum);
            int x = scale.x(a);
            int y = ROWS_TOP + rows.size() * ROW;
            boolean exact = e.date().length() >= 10;
            int spanW = exact ? 0 : Math.max(4, scale.x(b.plusDays(1)) - x);
            String kind = e.kind() == null ? "kind not told" : e.kind();
            String title = e.title() == null || e.title().isBlank() ? "(untitled)" : e.title().strip();
            int right = exact ? x : x + spanW;
            // the label reads away from the dot, on the side with more room, and is cut to that room
            boolean after = x - LEFT < LEFT + PLOT - right;
            int room = after ? WIDTH - 8 - (right + 10) : x - 10 - 8;
            String label = cut(e.date() + " · " + kind + " · " + title, Math.min(TITLE + 40, (int) (room / CHAR)));
            rows.add(new Row(e.documentId(), e.date(), kind, k.css(), title, label, Links.document(e.documentId()), x, y, x, spanW,
                    after ? right + 10 : x - 10, after ? "start" : "end"));
        }
        int height = ROWS_TOP + Math.max(1, rows.size()) * ROW + 8;
        return new ChronologyView(from, to, describe, true, "day", start.toString(), end.toString(), inRange, first, undated, unplaced,
                legend(legendCounts), scale.ticks(), rows, List.of(), List.of(), WIDTH, height, LEFT, LEFT + PLOT, ROWS_TOP - 22);
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, Math.max(1, most - 1)).strip() + "…";
    }

    /** Days on a line from {@code start} to the end of {@code end}, and the labels of its years, months or days. */
    record Scale(LocalDate start, LocalDate end) {
        int x(LocalDate d) {
            double days = ChronoUnit.DAYS.between(start, end.plusDays(1));
            int x = LEFT + (int) Math.round(ChronoUnit.DAYS.between(start, d) / days * PLOT);
            return Math.max(LEFT, Math.min(LEFT + PLOT, x));
        }

        List<Tick> ticks() {
            Axis axis = Axis.over(start, end, 24);
            List<Tick> out = new ArrayList<>();
            int last = -WIDTH; // no label yet: the first fits wherever it falls
            for (String bin : axis.bins()) {
                LocalDate d = day(bin, false);
                if (d.isBefore(start)) continue; // a month or year begun before the axis: its label would stand for the wrong day
                int x = x(d);
                int width = (int) Math.ceil(bin.length() * CHAR) + 12;
                if (x - last < width || x + width / 2 > LEFT + PLOT + RIGHT) continue;
                out.add(new Tick(x, bin));
                last = x;
            }
            return out;
        }
    }

    // ---- counted: bars per step, stacked by kind

    /** The first and last day the bars cover: the dates asked for, else the records' own. Null when no date can be read. */
    private static LocalDate[] span(String from, String to, List<DateCount> counts) {
        LocalDate start = from.isEmpty() ? null : day(from, false);
        LocalDate end = to.isEmpty() ? null : day(to, true);
        for (DateCount c : counts) {
            LocalDate a = day(c.date(), false);
            LocalDate b = day(c.date(), true);
            if (a == null) continue;
            if (from.isEmpty() && (start == null || a.isBefore(start))) start = a;
            if (to.isEmpty() && (end == null || b.isAfter(end))) end = b;
        }
        return start == null || end == null ? null : new LocalDate[] {start, end};
    }

    private static ChronologyView counted(String from, String to, List<DateCount> counts, LocalDate[] span, int inRange, int undated) {
        Axis axis = Axis.over(span[0], span[1], MAX_BARS);
        int precision = axis.unit().equals("day") ? 10 : axis.unit().equals("month") ? 7 : 4;
        List<Map<KindClass, Integer>> bins = new ArrayList<>();
        for (int i = 0; i < axis.bins().size(); i++) bins.add(new EnumMap<>(KindClass.class));
        Map<KindClass, Integer> legendCounts = new EnumMap<>(KindClass.class);
        Map<String, Integer> coarse = new LinkedHashMap<>();
        int unplaced = 0;
        for (DateCount c : counts) {
            LocalDate d = day(c.date(), false);
            KindClass k = KindClass.of(c.kind());
            if (d == null) {
                unplaced += c.documents();
                continue;
            }
            legendCounts.merge(k, c.documents(), Integer::sum);
            int bin = axis.bin(d);
            if (c.date().length() < precision || bin < 0) {
                coarse.merge(c.date() + "\u0000" + k.name(), c.documents(), Integer::sum);
                continue;
            }
            bins.get(bin).merge(k, c.documents(), Integer::sum);
        }
        List<Legend> legend = legend(legendCounts);
        int most = 1;
        for (Map<KindClass, Integer> b : bins) most = Math.max(most, b.values().stream().mapToInt(Integer::intValue).sum());
        double step = (double) PLOT / bins.size();
        int w = Math.max(2, (int) Math.floor(step) - 2);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            Map<KindClass, Integer> here = bins.get(i);
            int total = here.values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) continue;
            int x = LEFT + (int) Math.round(i * step) + 1;
            int h = Math.max(2, (int) Math.round((double) total / most * BARS));
            int y = BARS_TOP + BARS;
            List<Segment> segments = new ArrayList<>();
            List<Integer> byLegend = new ArrayList<>();
            int drawn = 0;
            for (KindClass k : legendCounts.keySet()) {
                int n = here.getOrDefault(k, 0);
                byLegend.add(n);
                if (n == 0) continue;
                drawn += n;
                int top = BARS_TOP + BARS - (int) Math.round((double) drawn / total * h);
                segments.add(new Segment(k.css(), k.label(), n, top, Math.max(1, y - top)));
                y = top;
            }
            String period = axis.bins().get(i);
            boolean showTotal = step >= Integer.toString(total).length() * CHAR + 2;
            columns.add(new Column(period, zoom(period, period), x, w, total, segments, byLegend, showTotal, y - 4));
        }
        List<Coarse> coarseList = new ArrayList<>();
        coarse.forEach((key, n) -> {
            String date = key.substring(0, key.indexOf('\u0000'));
            KindClass k = KindClass.valueOf(key.substring(key.indexOf('\u0000') + 1));
            coarseList.add(new Coarse(date, k.label(), n, zoom(date, date)));
        });
        List<Tick> ticks = ticks(axis, step);
        int axisY = BARS_TOP + BARS;
        return new ChronologyView(from, to, describe(from, to, inRange, 0, inRange), false, axis.unit(), span[0].toString(),
                span[1].toString(), inRange, 0, undated, unplaced, legend, ticks, List.of(), columns, coarseList, WIDTH, axisY + 34, LEFT,
                LEFT + PLOT, axisY);
    }

    /** A label under every step, or under every few where the steps are narrower than their labels. */
    private static List<Tick> ticks(Axis axis, double step) {
        int label = (int) Math.ceil(axis.bins().getFirst().length() * CHAR) + 8;
        int every = Math.max(1, (int) Math.ceil(label / step));
        List<Tick> out = new ArrayList<>();
        for (int i = 0; i < axis.bins().size(); i += every) out.add(new Tick(LEFT + (int) Math.round((i + 0.5) * step), axis.bins().get(i)));
        return out;
    }

    private static List<Legend> legend(Map<KindClass, Integer> counts) {
        List<Legend> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Legend(k.css(), k.label(), k.members(), n)));
        return out;
    }

    /** The chronology's own address for the dates {@code from}..{@code to}. */
    public static String zoom(String from, String to) {
        StringJoiner q = new StringJoiner("&");
        if (!from.isEmpty()) q.add("from=" + Links.enc(from));
        if (!to.isEmpty()) q.add("to=" + Links.enc(to));
        return q.length() == 0 ? "/pictures/chronology" : "/pictures/chronology?" + q;
    }

    /** In words: "records 1-40 of 65, dated 1956". */
    static String describe(String from, String to, int inRange, int first, int shown) {
        String dates = from.isEmpty() && to.isEmpty() ? "all dates" : from.equals(to) ? "dated " + from
                : from.isEmpty() ? "dated up to " + to : to.isEmpty() ? "dated from " + from : "dated " + from + " to " + to;
        if (inRange == 0) return "no records, " + dates;
        if (shown >= inRange) return inRange + (inRange == 1 ? " record, " : " records, ") + dates;
        return "records " + (first + 1) + "-" + (first + shown) + " of " + inRange + ", " + dates;
    }

    /** The first (or last) day a date as written may mean; null when it is not a date. */
    static LocalDate day(String date, boolean last) {
        if (date == null || date.length() < 4) return null;
        try {
            return SessionTimeline.day(date, last);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
