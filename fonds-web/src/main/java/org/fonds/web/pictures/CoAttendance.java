package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.read.Together;
import org.fonds.web.pictures.NetworkView.Edge;
import org.fonds.web.pictures.NetworkView.Node;
import org.fonds.web.room.Links;

/**
 * Who sat together: the people who took part most often in the sessions of the range (at most
 * {@code maxPeople}) as nodes, sized by their sessions, and an edge between two of them weighted by
 * the sessions both took part in. The attendance table is the only source, as in the heat map.
 */
public final class CoAttendance {
    static final int WIDTH = 820;
    static final int HEIGHT = 640;

    private CoAttendance() {
    }

    public static NetworkView of(Tables tables, SessionRange range, int maxPeople) {
        Map<String, Integer> counts = tables.attendanceCounts(range.from(), range.to());
        Map<String, Person> people = new HashMap<>();
        for (String id : counts.keySet()) people.put(id, tables.person(id).orElseThrow());
        List<Person> chosen = counts.keySet().stream().map(people::get)
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
        double[][] at = ForceLayout.place(together);
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Person p = chosen.get(i);
            int n = counts.get(p.id());
            int x = 30 + (int) Math.round(at[i][0] * (WIDTH - 170)); // room on the right for the name
            int y = 30 + (int) Math.round(at[i][1] * (HEIGHT - 60));
            int r = 3 + (int) Math.round(9.0 * n / most);
            nodes.add(new Node(p.id(), p.preferredName(), Links.person(p.id()), n, x, y, r, partners(chosen, together[i])));
        }
        return new NetworkView(range, counts.size(), nodes, edges(nodes, together), WIDTH, HEIGHT);
    }

    /** Edges weakest first, so the strong ones are drawn on top. */
    private static List<Edge> edges(List<Node> nodes, int[][] together) {
        int max = 1;
        for (int[] row : together) for (int w : row) max = Math.max(max, w);
        List<Edge> edges = new ArrayList<>();
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = a + 1; b < nodes.size(); b++) {
                int w = together[a][b];
                if (w == 0) continue;
                Node na = nodes.get(a);
                Node nb = nodes.get(b);
                int band = (int) Math.ceil(4.0 * w / max);
                edges.add(new Edge(na.personId(), na.name(), nb.personId(), nb.name(), w, na.x(), na.y(), nb.x(), nb.y(),
                        "edge w" + band));
            }
        }
        edges.sort(Comparator.comparingInt(Edge::sessions));
        return edges;
    }

    /** The three people someone sat with most, in words: "Zhukov (4), Molotov (3), Saburov (3)". */
    private static String partners(List<Person> chosen, int[] together) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < together.length; j++) if (together[j] > 0) order.add(j);
        order.sort(Comparator.comparingInt((Integer j) -> -together[j]).thenComparing(j -> chosen.get(j).preferredName()));
        List<String> out = new ArrayList<>();
        for (int j : order.subList(0, Math.min(3, order.size()))) out.add(chosen.get(j).preferredName() + " (" + together[j] + ")");
        return String.join(", ", out);
    }
}
