package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.List;

/** The co-attendance network ready to draw: nodes with their place and size, edges with their weight class. */
public record NetworkView(SessionRange range, int peopleInRange, List<Node> nodes, List<Edge> edges, int width, int height) {
    public NetworkView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A person: sessions taken part in (in the range), place, radius, and whom they sat with most. */
    public record Node(String personId, String name, String url, int sessions, int x, int y, int r, String partners) {
        public String title() {
            return name + ": took part in " + sessions + (sessions == 1 ? " session" : " sessions")
                    + (partners.isEmpty() ? "" : "; most often with " + partners);
        }
    }

    /** Two people and the sessions they took part in together. */
    public record Edge(String a, String aName, String b, String bName, int sessions, int x1, int y1, int x2, int y2, String css) {
        public String title() {
            return aName + " and " + bName + ": together in " + sessions + (sessions == 1 ? " session" : " sessions");
        }
    }

    /** The data drawn: one line per pair of people who took part together, the most sessions first. */
    public DataTable data() {
        List<List<String>> rows = new ArrayList<>(edges.size());
        for (Edge e : edges.reversed()) rows.add(List.of(e.a(), e.aName(), e.b(), e.bName(), Integer.toString(e.sessions())));
        return new DataTable("co-attendance of " + nodes.size() + " people (" + range.describe()
                + "); a line per pair, the sessions both took part in", List.of("person", "name", "with", "with_name", "sessions"), rows);
    }
}
