package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.List;

/**
 * The chronology of every dated record ready to draw, in one of two forms. Listed ({@code listed}):
 * a row per record, its dot (or, for a record dated only by month or year, a bar over that month
 * or year) placed on the date axis and labelled with its date, kind and title. Counted: a bar per
 * day, month or year ({@code unit}) stacked by kind, each a link that zooms into its dates; the
 * records dated less finely than the bars are counted apart ({@code coarse}). {@code inRange}
 * records are dated within the dates asked for ({@code describe} says which in words), {@code
 * undated} carry no date; {@code unplaced} have a date that could not be read as a day.
 */
public record ChronologyView(String from, String to, String describe, boolean listed, String unit, String start, String end,
                             int inRange, int offset, int undated, int unplaced, List<Legend> legend, List<Tick> ticks, List<Row> rows,
                             List<Column> columns, List<Coarse> coarse, int width, int height, int plotLeft, int plotRight, int axisY) {
    public ChronologyView {
        legend = List.copyOf(legend);
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        coarse = List.copyOf(coarse);
    }

    public boolean isEmpty() {
        return rows.isEmpty() && columns.isEmpty() && coarse.isEmpty();
    }

    /** "day", "month" or "year", in the plural the page says. */
    public String units() {
        return unit + "s";
    }

    /** A kind of record drawn, with its colour class, and how many records of it the picture holds. */
    public record Legend(String css, String label, String members, int records) {}

    /** A label under (or over) the axis at {@code x}, and the height of its guide line. */
    public record Tick(int x, String label) {}

    /**
     * A record: its dot at {@code x} on the row at {@code y} (or a bar from {@code spanX}, {@code
     * spanW} wide, for a date of a month or a year), and its label from {@code labelX}, reading
     * away from the dot ({@code anchor} "start" or "end") so it stays inside the picture.
     */
    public record Row(String documentId, String date, String kind, String css, String title, String label, String url, int x, int y,
                      int spanX, int spanW, int labelX, String anchor) {
        public boolean span() {
            return spanW > 0;
        }

        public String tooltip() {
            return date + " · " + kind + ": " + title;
        }
    }

    /** A part of a bar: the records of one kind class in one step. */
    public record Segment(String css, String label, int records, int y, int h) {}

    /** One day, month or year: its bar (stacked segments), its total, and the address that zooms into it. */
    public record Column(String period, String url, int x, int w, int total, List<Segment> segments, List<Integer> byLegend, boolean
            showTotal, int totalY) {
        public Column {
            segments = List.copyOf(segments);
            byLegend = List.copyOf(byLegend);
        }

        public String tooltip() {
            StringBuilder s = new StringBuilder(period + ": " + total + (total == 1 ? " record" : " records"));
            List<String> parts = new ArrayList<>();
            for (Segment g : segments) parts.add(g.label().toLowerCase(java.util.Locale.ROOT) + " " + g.records());
            if (!parts.isEmpty()) s.append(" (").append(String.join(", ", parts)).append(")");
            return s.append(". Choose to zoom in.").toString();
        }

        public int textX() {
            return x + w / 2;
        }
    }

    /** Records dated less finely than the bars (only to the month or the year), by the date as written and kind. */
    public record Coarse(String date, String kind, int records, String url) {}

    /** The data drawn: listed, the records; counted, the records per step and kind, and the coarser dates as written. */
    public DataTable data() {
        List<List<String>> out = new ArrayList<>();
        if (listed) {
            for (Row r : rows) out.add(List.of(r.date(), r.kind(), r.documentId(), r.title()));
            return new DataTable("chronology of the dated records (" + describe + ")", List.of("date", "kind", "document", "title"), out);
        }
        for (Column c : columns) {
            for (int i = 0; i < legend.size(); i++) {
                if (c.byLegend().get(i) > 0) out.add(List.of(c.period(), legend.get(i).label(), Integer.toString(c.byLegend().get(i))));
            }
        }
        for (Coarse c : coarse) out.add(List.of(c.date(), c.kind(), Integer.toString(c.records())));
        return new DataTable("chronology of the dated records (" + describe + "), counted by " + unit + " and kind; records dated only"
                + " by a month or year when the steps are finer are counted under that date as written",
                List.of("period", "kind", "records"), out);
    }
}
