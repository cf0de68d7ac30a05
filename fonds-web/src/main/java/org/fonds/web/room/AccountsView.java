package org.fonds.web.room;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fonds.deliberation.sessions.Attendee;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;

/**
 * The accounts of one meeting side by side (Malin's notes and Horváth's of 3 November 1956): a column
 * per account, a row per person either names, and in each cell what that account says of them: took
 * part, spoke and how often, or nothing. Historians read the differences: who one note-taker saw speak
 * and the other did not.
 */
public record AccountsView(List<Column> columns, List<PersonRow> people) {

    /** One account: its title, its session page, the decisions and tasks it records; {@code here} is the page's own. */
    public record Column(String title, String url, boolean here, List<String> decisions, List<String> tasks) {}

    /** A person, and per column what the account says of them ("" for nothing). */
    public record PersonRow(String name, String url, List<String> cells) {}

    /** The comparison of {@code accounts} (in the order given), seen from {@code here}; empty for fewer than two. */
    static AccountsView of(List<Session> accounts, String here, Function<String, String> preferredName) {
        return of(accounts, here, preferredName, accounts.stream().map(Session::title).toList());
    }

    /** As {@link #of(List, String, Function)}, each column headed by {@code headings} (sessions compared: their names). */
    static AccountsView of(List<Session> accounts, String here, Function<String, String> preferredName, List<String> headings) {
        if (accounts.size() < 2) return new AccountsView(List.of(), List.of());
        List<Column> columns = new ArrayList<>();
        Map<String, String[]> cells = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            Session s = accounts.get(i);
            columns.add(new Column(headings.get(i), Links.session(s.documentId()), s.documentId().equals(here),
                    s.decisions().stream().map(d -> d.text()).toList(), s.tasks().stream().map(t -> t.text()).toList()));
            for (Attendee a : s.participants()) say(cells, names, key(a.personId(), a.name()), a.name(), i, accounts.size(), "took part");
            for (SpeakerCount c : s.speakers()) {
                String turns = spoke(c.turns());
                say(cells, names, key(c.personId(), c.name()), c.name(), i, accounts.size(), turns);
            }
        }
        List<PersonRow> rows = new ArrayList<>();
        for (var e : cells.entrySet()) {
            String key = e.getKey();
            boolean person = key.startsWith("id:");
            String id = key.substring(3);
            String name = person ? preferredName.apply(id) : null;
            rows.add(new PersonRow(name != null ? name : names.get(key), Links.person(id), List.of(e.getValue())));
        }
        rows.sort(Comparator.comparing(PersonRow::name));
        return new AccountsView(columns, rows);
    }

    /** A list of those who spoke (Malin's, in brackets) names a speaker without turns of their own: "spoke". */
    static String spoke(int turns) {
        return switch (turns) {
            case 0 -> "spoke";
            case 1 -> "spoke once";
            default -> "spoke " + turns + " times";
        };
    }

    private static String key(String personId, String written) {
        return personId != null ? "id:" + personId : "nm:" + written;
    }

    private static void say(Map<String, String[]> cells, Map<String, String> names, String key, String written, int column, int columns,
                            String what) {
        names.putIfAbsent(key, written);
        String[] row = cells.computeIfAbsent(key, k -> {
            String[] empty = new String[columns];
            Arrays.fill(empty, "");
            return empty;
        });
        row[column] = row[column].isEmpty() ? what : row[column] + ", " + what;
    }
}
