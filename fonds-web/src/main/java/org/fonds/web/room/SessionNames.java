package org.fonds.web.room;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fonds.deliberation.sessions.Session;
import org.fonds.record.ProtocolRef;

/**
 * Names that tell sessions apart. Two records of one day often share a title ("Working notes from
 * the session of the CC CPSU Presidium"), so a session is named by its date and its protocol and
 * point ("1956-11-02 · No. 49, point I"); where even that is shared or missing, by the position
 * among the sessions named alike ("1956-11-02 (2)"), so no two labels of one picture or list look alike.
 */
public final class SessionNames {
    private SessionNames() {
    }

    /** "1956-11-02 · No. 49, point I"; the date alone without a protocol; "undated" without a date. */
    public static String of(Session s) {
        String date = s.date() == null || s.date().isEmpty() ? "undated" : s.date();
        String protocol = protocol(s.protocolRefs());
        return protocol.isEmpty() ? date : date + " · " + protocol;
    }

    /** The protocols of a session, shortly: "No. 49, point I; No. 50". */
    public static String protocol(List<ProtocolRef> refs) {
        List<String> out = new ArrayList<>();
        for (ProtocolRef p : refs) out.add("No. " + p.number() + (p.point() == null ? "" : ", point " + p.point()));
        return String.join("; ", out);
    }

    /** A name per session, in order, where names {@link #of} gives twice get "(1)", "(2)" in the order given. */
    public static List<String> distinct(List<Session> sessions) {
        Map<String, Integer> total = new HashMap<>();
        for (Session s : sessions) total.merge(of(s), 1, Integer::sum);
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(sessions.size());
        for (Session s : sessions) {
            String name = of(s);
            if (total.get(name) > 1) name = name + " (" + seen.merge(name, 1, Integer::sum) + ")";
            out.add(name);
        }
        return out;
    }

    /** What a list that shows the date already adds to tell the session apart: "No. 49, point I", "(2)", or "". */
    public static String beyondDate(String name, Session s) {
        String date = s.date() == null || s.date().isEmpty() ? "undated" : s.date();
        return name.startsWith(date) ? name.substring(date.length()).replaceFirst("^ · ", "").strip() : name;
    }

    /**
     * What tells each session of a list apart beyond its date: its protocol ("No. 50, point IV") as
     * {@link #of} gives; and where sessions of one day share a title, each also gets the archival file
     * its record cites ({@code fileOf}, by document id: "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 23-29"),
     * "no protocol cited" for one without, and "(1)", "(2)" only where even that is the same. The
     * seeds' two Presidium sessions of 2 November 1956 read "No. 50, point IV · … L. 30" and
     * "no protocol cited · … Ll. 23-29", so a reader sees which is which before opening either.
     */
    public static List<String> apart(List<Session> sessions, Function<String, String> fileOf) {
        Map<String, Integer> sameDay = new HashMap<>();
        for (Session s : sessions) sameDay.merge(day(s), 1, Integer::sum);
        List<String> facts = new ArrayList<>(sessions.size());
        for (Session s : sessions) {
            String protocol = protocol(s.protocolRefs());
            if (sameDay.get(day(s)) < 2) {
                facts.add(protocol);
                continue;
            }
            String file = fileOf.apply(s.documentId());
            String told = protocol.isEmpty() ? "no protocol cited" : protocol;
            facts.add(file == null || file.isBlank() ? told : told + " · " + file);
        }
        Map<String, Integer> total = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) total.merge(day(sessions.get(i)) + facts.get(i), 1, Integer::sum);
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            String key = day(sessions.get(i)) + facts.get(i);
            String fact = facts.get(i);
            if (total.get(key) > 1) fact = (fact + " (" + seen.merge(key, 1, Integer::sum) + ")").strip();
            out.add(fact);
        }
        return out;
    }

    /** The date and title, which two records of one day often share. */
    private static String day(Session s) {
        return s.date() + "\n" + s.title() + "\n";
    }
}
