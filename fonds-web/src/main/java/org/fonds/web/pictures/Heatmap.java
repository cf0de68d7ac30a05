package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.read.Tables;
import org.fonds.web.room.Links;
import org.fonds.web.room.SessionNames;
import org.fonds.web.pictures.HeatmapView.Column;
import org.fonds.web.pictures.HeatmapView.HeatCell;
import org.fonds.web.pictures.HeatmapView.Row;

/**
 * The attendance heat map: a row per person, a column per session, a cell where the attendance
 * table says the person took part, shaded by the turns they opened there. Rows are the people who
 * took part most often in the sessions of the range, at most {@code maxPeople} of them, so the
 * picture stays readable on a corpus of thousands of people. A speaker the participant list leaves
 * out has no cell: the picture draws the attendance table, and the turns only shade it.
 */
public final class Heatmap {
    /** The width of the reading room's page, which the picture fills; it never scales down, so its labels stay legible. */
    static final int WIDTH = 1160;
    static final int LEFT = 210;
    static final int RIGHT = 24;
    static final int ROW = 20;
    /** The narrowest column that keeps 12 px column labels, turned, apart, and the widest that still reads as a grid. */
    static final int MIN_COLUMN = 18;
    static final int MAX_COLUMN = 96;
    /** What a character of a 12 px column label takes, turned by 60 degrees, upwards. */
    static final double LABEL_RISE = 6.2 * 0.87;
    /** The longest name drawn whole at the left; longer ones are cut, and their row's title holds them. */
    static final int NAME = 28;

    private Heatmap() {
    }

    /**
     * Two queries of the tables whatever the range: the attendance of the page's sessions and the
     * people in it (one query per cell made the heat map's p99 several hundred ms, BENCHMARKS.md).
     * A meeting of which the range holds two accounts (Malin's and Horváth's notes of 3 November
     * 1956) is one column, not two: a historian counts the meeting once. Its cell says who took part
     * by any account, with the most turns any account gives, and is marked where the accounts disagree.
     */
    public static HeatmapView of(Tables tables, SessionRange range, int maxPeople) {
        Map<String, List<Cell>> attendees = new HashMap<>(); // session: its cells, by person
        for (Cell c : tables.attendance(range.sessions().stream().map(Session::documentId).toList())) {
            attendees.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
        }
        List<Meeting> meetings = Meeting.of(range.sessions(), attendees);
        Map<String, int[]> counts = new HashMap<>(); // person: meetings attended, turns, in the range
        for (Meeting m : meetings) {
            for (Map.Entry<String, int[]> e : m.byPerson().entrySet()) {
                int[] n = counts.computeIfAbsent(e.getKey(), k -> new int[2]);
                n[0]++;
                n[1] += e.getValue()[1];
            }
        }
        Map<String, Person> people = tables.people(counts.keySet());
        List<Person> chosen = counts.keySet().stream().map(people::get)
                .sorted(Comparator.comparingInt((Person p) -> -counts.get(p.id())[0])
                        .thenComparingInt(p -> -counts.get(p.id())[1])
                        .thenComparing(Person::preferredName).thenComparing(Person::id))
                .limit(maxPeople).toList();
        List<String> labels = SessionNames.distinct(meetings.stream().map(Meeting::shown).toList());
        int longest = labels.stream().mapToInt(String::length).max().orElse(10);
        int top = 16 + (int) Math.ceil(longest * LABEL_RISE);
        int column = column(meetings.size());
        Map<String, Integer> rowOf = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Person p : chosen) {
            int[] n = counts.get(p.id());
            rows.add(new Row(p.id(), p.preferredName(), shortName(p.preferredName()), Links.person(p.id()), n[0], n[1], LEFT - 8,
                    top + rowOf.size() * ROW + 14));
            rowOf.put(p.id(), rowOf.size());
        }
        List<Column> columns = new ArrayList<>();
        List<HeatCell> cells = new ArrayList<>();
        for (Meeting m : meetings) {
            int x = LEFT + columns.size() * column;
            String label = labels.get(columns.size());
            Session s = m.shown();
            columns.add(new Column(s.documentId(), dateOf(s), label, m.title(), Links.session(s.documentId()), x + column / 2 + 4, top - 6,
                    m.accounts().size(), m.listing()));
            for (Map.Entry<String, int[]> e : m.byPerson().entrySet()) {
                String id = e.getKey();
                Integer row = rowOf.get(id);
                if (row == null) continue;
                int naming = e.getValue()[0];
                int turns = e.getValue()[1];
                String name = chosen.get(row).preferredName();
                String by = m.agreeOn(naming) ? "" : " (by " + naming + " of the " + m.listing() + " accounts that list who took part)";
                cells.add(new HeatCell(id, s.documentId(), x, top + row * ROW, column - 1, ROW - 1, Links.session(s.documentId()),
                        name + ", " + label + ": took part" + by + ", " + turns(turns),
                        "heat t" + shade(turns) + (by.isEmpty() ? "" : " partial"), turns, naming + " of " + m.listing()));
            }
        }
        int width = Math.max(WIDTH, LEFT + columns.size() * column + RIGHT);
        int height = top + Math.max(1, rows.size()) * ROW + 8;
        return new HeatmapView(range, counts.size(), rows, columns, cells, width, height, top, column);
    }

    /** The column that fills the page with {@code sessions} columns, within the narrowest and widest. */
    static int column(int sessions) {
        int fill = (WIDTH - LEFT - RIGHT) / Math.max(1, sessions);
        return Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, fill));
    }

    static String shortName(String name) {
        return name.length() <= NAME ? name : name.substring(0, NAME - 1).strip() + "…";
    }

    /** Five shades: took part without a turn; 1; 2-3; 4-6; 7 or more turns. */
    static int shade(int turns) {
        return turns == 0 ? 0 : turns == 1 ? 1 : turns <= 3 ? 2 : turns <= 6 ? 3 : 4;
    }

    static String turns(int n) {
        return n == 0 ? "no turns" : n == 1 ? "1 turn" : n + " turns";
    }

    static String dateOf(Session s) {
        return s.date() == null || s.date().isEmpty() ? "undated" : s.date();
    }
}
