package org.fonds.web.pictures;

import java.util.ArrayList;
import java.util.List;

/**
 * Who sat together, ready to draw as a matrix ({@link CoAttendance}): the people, each with the
 * place of their row's and column's label, and the pairs who shared at least {@code min} sessions,
 * each a cell with its share and shade class.
 */
public record NetworkView(SessionRange range, int peopleInRange, int min, List<Node> nodes, List<Pair> pairs, int left, int top, int grid,
                          int width, int height) {
    public NetworkView {
        nodes = List.copyOf(nodes);
        pairs = List.copyOf(pairs);
    }

    /** A person: sessions taken part in (in the range), the places of their labels, and whom they sat with most. */
    public record Node(String personId, String name, String shortName, String url, int sessions, int x, int y, int colX, int colY,
                       String partners) {
        public String title() {
            return name + ": took part in " + sessions + (sessions == 1 ? " session" : " sessions")
                    + (partners.isEmpty() ? "" : "; most often with " + partners);
        }

        public String transform() {
            return "rotate(-60 " + colX + " " + colY + ")";
        }
    }

    /** A cell: {@code a}'s row, {@code b}'s column (for the data, the two in id order); the sessions both took part in and that as a share of the rarer one's. */
    public record Pair(String a, String aName, String b, String bName, int sessions, int share, int x, int y, int size, String css) {
        public String title() {
            return aName + " and " + bName + ": together in " + sessions + (sessions == 1 ? " session" : " sessions") + ", " + share
                    + "% of the sessions of the one who came less often";
        }
    }

    /** The data drawn: one line per pair of people (each pair once) who took part together, the most sessions first. */
    public DataTable data() {
        List<Pair> once = new ArrayList<>(pairs.stream().map(p -> p.a().compareTo(p.b()) < 0 ? p
                : new Pair(p.b(), p.bName(), p.a(), p.aName(), p.sessions(), p.share(), p.x(), p.y(), p.size(), p.css())).toList());
        once.sort(java.util.Comparator.comparingInt((Pair p) -> -p.sessions()).thenComparing(Pair::a).thenComparing(Pair::b));
        List<List<String>> rows = new ArrayList<>(once.size());
        for (Pair p : once) {
            rows.add(List.of(p.a(), p.aName(), p.b(), p.bName(), Integer.toString(p.sessions()), Integer.toString(p.share())));
        }
        return new DataTable("who sat together: " + nodes.size() + " people (" + range.describe() + "), pairs who shared at least " + min
                + (min == 1 ? " session" : " sessions") + "; a line per pair, the sessions both took part in, and those as a percentage"
                + " of the sessions of the one who came less often",
                List.of("person", "name", "with", "with_name", "sessions", "share_percent"), rows);
    }
}
