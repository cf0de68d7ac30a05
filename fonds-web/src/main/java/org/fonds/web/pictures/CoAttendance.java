package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.read.Together;
import org.fonds.web.pictures.NetworkView.Node;
import org.fonds.web.pictures.NetworkView.Pair;
import org.fonds.web.room.Links;

/**
 * Who sat together, as a matrix in place of the network that drew a standing body as a hairball
 * (everyone joined to everyone). The question it answers: when the less frequent of two people
 * was there, how often was the other there too? A row per person, the most frequent first, and
 * in each cell below the diagonal the share of the rarer one's sessions that the two shared; only pairs who shared at
 * least {@code min} sessions are drawn. The core of a body shows as a dark block at the top left;
 * a guest's row shows whom they came with, and a gap between two members shows who kept apart.
 * The attendance table is the only source, as in the heat map.
 */
public final class CoAttendance {
    static final int LEFT = 190;
    static final int CELL = 20;
    /** Room above the grid for the turned names of the columns. */
    static final int TOP = 150;

    private CoAttendance() {
    }

    public static NetworkView of(Tables tables, SessionRange range, int maxPeople, int min) {
        Map<String, Integer> counts = tables.attendanceCounts(range.from(), range.to());
        java.util.Set<String> contenders = contenders(counts, maxPeople);
        Map<String, Person> people = tables.people(contenders);
        List<Person> chosen = contenders.stream().map(people::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt((Person p) -> -counts.get(p.id())).thenComparing(Person::preferredName)
                        .thenComparing(Person::id))
                .limit(maxPeople).toList();
        Map<String, Integer> index = new HashMap<>();
        for (Person p : chosen) index.put(p.id(), index.size());
        int[][] together = new int[chosen.size()][chosen.size()];
        for (Together t : tables.together(range.from(), range.to(), index.keySet())) {
            int a = index.get(t.first());
            int b = index.get(t.second());
            together[a][b] = t.sessions();
            together[b][a] = t.sessions();
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Person p = chosen.get(i);
            int at = TOP + i * CELL;
            nodes.add(new Node(p.id(), p.preferredName(), Heatmap.shortName(p.preferredName()), Links.person(p.id()), counts.get(p.id()),
                    LEFT - 8, at + 14, LEFT + i * CELL + 14, TOP - 8, partners(chosen, counts, together[i], min)));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = 0; b < a; b++) { // below the diagonal only: the matrix is symmetric, and half the cells load faster
                int w = together[a][b];
                if (w < Math.max(1, min)) continue;
                Node na = nodes.get(a);
                Node nb = nodes.get(b);
                int share = share(w, na.sessions(), nb.sessions());
                pairs.add(new Pair(na.personId(), na.name(), nb.personId(), nb.name(), w, share, LEFT + b * CELL, TOP + a * CELL, CELL - 1,
                        "share s" + band(share)));
            }
        }
        int width = Math.max(Heatmap.WIDTH, LEFT + nodes.size() * CELL + 24);
        int height = TOP + Math.max(1, nodes.size()) * CELL + 8;
        return new NetworkView(range, counts.size(), Math.max(1, min), nodes, pairs, LEFT, TOP, nodes.size() * CELL, width, height);
    }

    /**
     * The people who may be among the {@code maxPeople} drawn: all who came at least as often as the
     * one in place {@code maxPeople}, so ties at the cut are still broken by name. Reading only these,
     * not every attendee of the dates (thousands over a year of a large archive), is what keeps the
     * page fast; the choice is the same.
     */
    static java.util.Set<String> contenders(Map<String, Integer> counts, int maxPeople) {
        if (counts.size() <= maxPeople) return counts.keySet();
        int cut = counts.values().stream().sorted(Comparator.reverseOrder()).skip(maxPeople - 1L).findFirst().orElse(0);
        java.util.Set<String> out = new java.util.HashSet<>();
        counts.forEach((id, n) -> {
            if (n >= cut) out.add(id);
        });
        return out;
    }

    /** Of the sessions of the one who came less often, the percentage the two shared. */
    static int share(int shared, int a, int b) {
        return (int) Math.round(100.0 * shared / Math.max(1, Math.min(a, b)));
    }

    /** Four shades: under 25%, 25-49%, 50-74%, 75% and more. */
    static int band(int share) {
        return share < 25 ? 1 : share < 50 ? 2 : share < 75 ? 3 : 4;
    }

    /** The three people someone sat with most, in words: "Zhukov (4 of 5), Molotov (3 of 5)". */
    private static String partners(List<Person> chosen, Map<String, Integer> counts, int[] together, int min) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < together.length; j++) if (together[j] >= Math.max(1, min)) order.add(j);
        order.sort(Comparator.comparingInt((Integer j) -> -together[j]).thenComparing(j -> chosen.get(j).preferredName()));
        List<String> out = new ArrayList<>();
        for (int j : order.subList(0, Math.min(3, order.size()))) out.add(chosen.get(j).preferredName() + " (" + together[j] + ")");
        return String.join(", ", out);
    }
}
