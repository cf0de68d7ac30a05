package org.fonds.deliberation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fonds.deliberation.people.Fold;
import org.fonds.deliberation.people.People;
import org.fonds.deliberation.sessions.Attendee;
import org.fonds.deliberation.sessions.Decision;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.deliberation.sessions.Task;
import org.fonds.deliberation.tables.Cell;
import org.fonds.deliberation.tables.Citation;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.deliberation.tables.Matrix;
import org.fonds.deliberation.tables.ReferenceGroup;
import org.fonds.deliberation.tables.References;
import org.fonds.deliberation.tables.ResolutionLog;
import org.fonds.deliberation.tables.Statement;
import org.fonds.deliberation.tables.Statements;
import org.fonds.deliberation.tables.Timeline;
import org.fonds.deliberation.tables.TimelineEntry;
import org.fonds.deliberation.tables.Work;
import org.fonds.deliberation.tables.Works;
import org.fonds.record.ArchivalReference;
import org.fonds.record.Turn;

/** Puts the tables together from the resolved sessions and the per-record extracts (sorted by date, then id). */
final class Assembly {
    private final People people;
    private final List<Session> sessions;
    private final List<Extract> extracts;

    Assembly(People people, List<Session> sessions, List<Extract> extracts) {
        this.people = people;
        this.sessions = sessions;
        this.extracts = extracts;
    }

    Matrix attendance() {
        List<Cell> cells = new ArrayList<>();
        for (Session s : sessions) {
            Set<String> seen = new LinkedHashSet<>();
            for (Attendee a : s.participants()) if (a.personId() != null) seen.add(a.personId());
            for (String id : seen) cells.add(new Cell(id, s.documentId(), 1));
        }
        return matrix("attended", cells);
    }

    Matrix speaking() {
        List<Cell> cells = new ArrayList<>();
        for (Session s : sessions) {
            Map<String, Integer> turns = new TreeMap<>();
            for (SpeakerCount c : s.speakers()) if (c.personId() != null) turns.merge(c.personId(), c.turns(), Integer::sum);
            turns.forEach((id, n) -> cells.add(new Cell(id, s.documentId(), n)));
        }
        return matrix("turns", cells);
    }

    /** Cells by person, then in session order; axes: people with a cell, sessions in date order. */
    private Matrix matrix(String measure, List<Cell> cells) {
        Map<String, Integer> order = new HashMap<>();
        List<String> sessionIds = new ArrayList<>();
        for (Session s : sessions) {
            order.put(s.documentId(), sessionIds.size());
            sessionIds.add(s.documentId());
        }
        cells.sort(Comparator.comparing(Cell::personId).thenComparingInt(c -> order.get(c.documentId())));
        TreeSet<String> peopleIds = new TreeSet<>();
        for (Cell c : cells) peopleIds.add(c.personId());
        return new Matrix(measure, List.copyOf(peopleIds), sessionIds, cells);
    }

    Statements statements() {
        List<Statement> out = new ArrayList<>();
        for (Extract e : extracts) {
            for (int t = 0; t < e.turns().size(); t++) {
                Turn turn = e.turns().get(t);
                for (String speaker : turn.speakers()) {
                    String id = people.idIn(e.documentId(), speaker);
                    if (id != null) out.add(new Statement(id, e.documentId(), e.date(), t + 1, turn.text()));
                }
            }
        }
        // extracts are in date order already; a stable sort by person keeps it within each person
        out.sort(Comparator.comparing(Statement::personId));
        return new Statements(out);
    }

    ResolutionLog log() {
        List<LogEntry> out = new ArrayList<>();
        for (Session s : sessions) {
            for (Decision d : s.decisions()) out.add(new LogEntry(d.date(), d.documentId(), "decision", d.text(), d.personIds()));
            for (Task t : s.tasks()) out.add(new LogEntry(t.date(), t.documentId(), "task", t.text(), t.personIds()));
        }
        return new ResolutionLog(out);
    }

    References references() {
        // grouped by hashing, then the files sorted once: a tree keyed by natural order compared
        // every citation's key along its path, and that was most of the build
        Map<List<String>, List<Citation>> byFile = new HashMap<>();
        Map<List<String>, ArchivalReference> sample = new HashMap<>();
        for (Extract e : extracts) {
            for (Extract.CitedReference c : e.references()) {
                ArchivalReference r = c.reference();
                List<String> key = List.of(r.archive(), nz(r.fond()), nz(r.opis()), nz(r.papka()), nz(r.delo()));
                byFile.computeIfAbsent(key, k -> new ArrayList<>()).add(c.citation());
                sample.putIfAbsent(key, r);
            }
        }
        List<List<String>> files = new ArrayList<>(byFile.keySet());
        files.sort(Assembly::compareKeys);
        List<ReferenceGroup> groups = new ArrayList<>();
        for (List<String> key : files) {
            List<Citation> citations = byFile.get(key);
            ArchivalReference r = sample.get(key);
            citations.sort(Comparator.comparing(Citation::documentId).thenComparing(c -> noteNumber(c.where())));
            long documents = citations.stream().map(Citation::documentId).distinct().count();
            groups.add(new ReferenceGroup(r.archive(), r.fond(), r.opis(), r.papka(), r.delo(), (int) documents, citations));
        }
        return new References(groups);
    }

    Works works() {
        Map<String, List<Extract.CitedWork>> byTitle = new TreeMap<>();
        for (Extract e : extracts) {
            for (Extract.CitedWork w : e.works()) byTitle.computeIfAbsent(Fold.fold(w.title()) + "\u0000" + w.kind(), k -> new ArrayList<>()).add(w);
        }
        List<Work> out = new ArrayList<>();
        for (List<Extract.CitedWork> cited : byTitle.values()) {
            List<Citation> citations = new ArrayList<>(cited.stream().map(Extract.CitedWork::citation).toList());
            citations.sort(Comparator.comparing(Citation::documentId).thenComparing(c -> noteNumber(c.where())));
            String title = cited.stream().map(Extract.CitedWork::title).min(Comparator.naturalOrder()).orElseThrow();
            out.add(new Work(title, cited.get(0).kind(), citations));
        }
        return new Works(out);
    }

    Timeline timeline() {
        List<TimelineEntry> out = new ArrayList<>();
        for (Extract e : extracts) out.addAll(e.dates());
        out.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::documentId)
                .thenComparing(t -> noteNumber(t.where())).thenComparing(TimelineEntry::offset));
        return new Timeline(out);
    }

    /** "body" before "note 1" before "note 2" before "note 10". */
    private static int noteNumber(String where) {
        return where.startsWith("note ") ? Integer.parseInt(where.substring(5)) : 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Archival keys compare part by part, numbers as numbers: "D. 5" before "D. 12". */
    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = natural(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return 0;
    }

    private static int natural(String a, String b) {
        int da = leadingDigits(a);
        int db = leadingDigits(b);
        if (da > 0 && db > 0 && da != db) return Integer.compare(da, db);
        return a.compareTo(b);
    }

    private static int leadingDigits(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) >= '0' && s.charAt(n) <= '9') n++;
        return n;
    }
}
