package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The heat map ready to draw: rows (people, with their label's place), columns (sessions), and the
 * filled cells with their place, link, tooltip and shade class. {@code peopleInRange} counts
 * everyone who took part in the range, of whom the rows are the first.
 */
public record HeatmapView(SessionRange range, int peopleInRange, List<Row> people, List<Column> sessions, List<HeatCell> cells,
                          int width, int height, int top, int columnWidth) {
    public HeatmapView {
        people = List.copyOf(people);
        sessions = List.copyOf(sessions);
        cells = List.copyOf(cells);
    }

    /** The tops of every other row, for the light bands that guide the eye along a row. */
    public List<Integer> stripes() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i += 2) out.add(top + i * Heatmap.ROW);
        return out;
    }

    public int plotLeft() {
        return Heatmap.LEFT;
    }

    public int plotWidth() {
        return sessions.size() * columnWidth;
    }

    public int rowHeight() {
        return Heatmap.ROW;
    }

    /**
     * The table view, for screen readers and for reading exactly: per row, per session, what the
     * attendance table says ("took part", "3 turns", or "" where the person did not take part).
     */
    public List<TableLine> table() {
        Map<String, Integer> col = new HashMap<>();
        for (Column c : sessions) col.put(c.documentId(), col.size());
        Map<String, String[]> byPerson = new HashMap<>();
        for (Row r : people) {
            String[] blank = new String[sessions.size()];
            java.util.Arrays.fill(blank, "");
            byPerson.put(r.personId(), blank);
        }
        for (HeatCell c : cells) {
            String said = c.turns() == 0 ? "took part" : Heatmap.turns(c.turns());
            byPerson.get(c.personId())[col.get(c.documentId())] = c.css().endsWith("partial") ? said + " (by " + c.accounts() + " accounts)" : said;
        }
        return people.stream().map(r -> new TableLine(r, List.of(byPerson.get(r.personId())))).toList();
    }

    /** A person's line of the table view. */
    public record TableLine(Row person, List<String> cells) {}

    /** A person's row: how often they took part in the range and the turns they opened. */
    public record Row(String personId, String name, String shortName, String url, int sessions, int turns, int x, int y) {}

    /**
     * A meeting's column (a session, or the {@code accounts} records of one meeting); its label (date,
     * protocol and point, distinct on the page) is drawn turned, from ({@code x}, {@code y}).
     */
    public record Column(String documentId, String date, String label, String title, String url, int x, int y, int accounts, int listing) {
        public String transform() {
            return "rotate(-60 " + x + " " + y + ")";
        }
    }

    /**
     * A filled cell: a person took part in a meeting, opening {@code turns} turns (the most any account
     * gives); {@code accounts}: how many of the meeting's accounts that list who took part have them ("1 of 2").
     */
    public record HeatCell(String personId, String documentId, int x, int y, int width, int height, String url, String title, String css,
                           int turns, String accounts) {}

    /** The data drawn: one line per cell. */
    public DataTable data() {
        Map<String, Row> byPerson = new HashMap<>();
        for (Row r : people) byPerson.put(r.personId(), r);
        Map<String, Column> bySession = new HashMap<>();
        for (Column c : sessions) bySession.put(c.documentId(), c);
        List<List<String>> out = new ArrayList<>(cells.size());
        for (HeatCell c : cells) {
            Column col = bySession.get(c.documentId());
            out.add(List.of(c.personId(), byPerson.get(c.personId()).name(), c.documentId(), col.date(), col.label(), Integer.toString(c.turns()),
                    c.accounts()));
        }
        return new DataTable("attendance heat map: " + people.size() + " people by " + sessions.size() + " meetings"
                + " (" + range.describe() + ")" + "; a line per cell, the most turns any account of the meeting gives, and how many"
                + " of its accounts that list who took part have the person", List.of("person", "name", "session", "date", "label", "turns", "accounts"), out);
    }
}
