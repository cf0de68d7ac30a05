package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;

/**
 * One meeting as the heat map draws it: the accounts of it that the range holds (one session, or
 * several records of one meeting, as the tables' {@code accounts} say), and per person how many of
 * those accounts have them take part and the most turns any of them gives.
 *
 * @param shown the account the column links to: the meeting's first account when the range holds it
 * @param byPerson person id: {accounts naming them, turns}
 * @param listing how many of the accounts list anyone as taking part: an account without such a list
 *     (Horváth's notes of 3 November 1956 have none) is silent on attendance, not in disagreement
 */
record Meeting(Session shown, List<Session> accounts, Map<String, int[]> byPerson, int listing) {

    /** The meetings of {@code sessions}, in the order their first account comes. */
    static List<Meeting> of(List<Session> sessions, Map<String, List<Cell>> attendees) {
        Map<String, List<Session>> grouped = new LinkedHashMap<>();
        for (Session s : sessions) grouped.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
        List<Meeting> out = new ArrayList<>();
        for (Map.Entry<String, List<Session>> e : grouped.entrySet()) {
            List<Session> accounts = e.getValue();
            Session shown = accounts.stream().filter(s -> s.documentId().equals(e.getKey())).findFirst().orElse(accounts.getFirst());
            Map<String, int[]> byPerson = new TreeMap<>();
            int listing = 0;
            for (Session s : accounts) {
                List<Cell> cells = attendees.getOrDefault(s.documentId(), List.of());
                if (!cells.isEmpty()) listing++;
                for (Cell c : cells) {
                    int[] n = byPerson.computeIfAbsent(c.personId(), k -> new int[2]);
                    n[0]++;
                    n[1] = Math.max(n[1], c.value());
                }
            }
            out.add(new Meeting(shown, List.copyOf(accounts), byPerson, listing));
        }
        return out;
    }

    /** The meeting a session records: the first of its accounts, or itself when it is the only record of it. */
    static String key(Session s) {
        return s.accounts().isEmpty() ? s.documentId() : s.accounts().getFirst();
    }

    /** True when every account that lists who took part agrees that someone named by {@code naming} of them did. */
    boolean agreeOn(int naming) {
        return naming == listing;
    }

    /** The column's title: the session's, and how many accounts of it are drawn together. */
    String title() {
        if (accounts.size() == 1) return shown.title();
        return shown.title() + " (" + accounts.size() + " accounts of this meeting drawn as one column: "
                + String.join("; ", accounts.stream().map(Session::title).toList()) + ")";
    }
}
