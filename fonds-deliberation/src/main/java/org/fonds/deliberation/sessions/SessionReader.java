package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fonds.deliberation.people.PersonName;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Turn;

/** Reads a working-notes record as a {@link Session}, names not yet resolved to people. */
public final class SessionReader {
    private SessionReader() {
    }

    /** The kinds of record that record a meeting. */
    private static final Set<String> MEETINGS = Set.of("working notes", "minutes", "transcript");

    /**
     * A record of a meeting: its kind says so (working notes, minutes, transcript); a record of no
     * known kind when its title says working notes or it has participants or turns. A telegram,
     * report or memorandum is no session, whoever it names.
     */
    public static boolean isSession(ArchiveRecord record) {
        if (record.kind() != null) return MEETINGS.contains(record.kind());
        return record.title().startsWith("Working Notes") || !record.participants().isEmpty()
                || !record.turns().isEmpty();
    }

    /** What tells whether two records are accounts of one meeting. */
    public static Meetings.Account account(ArchiveRecord record) {
        return account(record, Sketch.of(record.body()));
    }

    /** As {@link #account(ArchiveRecord)}, with the sketch of its body already made. */
    public static Meetings.Account account(ArchiveRecord record, long[] sketch) {
        List<String> protocols = new ArrayList<>();
        for (var p : record.protocolRefs()) if (!protocols.contains(p.number())) protocols.add(p.number());
        return new Meetings.Account(record.id(), record.dateRange() == null ? record.date() : null, protocols,
                record.from(), sketch);
    }

    public static Session read(ArchiveRecord record) {
        String body = record.body();
        List<Agenda.Found> agenda = Agenda.find(body, record.protocolRefs());
        TreeSet<Integer> headingCuts = new TreeSet<>();
        for (Agenda.Found f : agenda) {
            headingCuts.add(f.start());
            headingCuts.add(f.end());
        }
        List<int[]> turnSpans = turnSpans(body, record.turns());
        List<Decision> decisions = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (int[] s : Sentences.split(body, headingCuts)) {
            if (inHeading(agenda, s[0])) continue;
            String sentence = body.substring(s[0], s[1]);
            List<String> tasked = Resolutions.taskNames(sentence);
            if (tasked != null) {
                List<String> names = tasked.stream().filter(n -> PersonName.parse(n) != null).toList();
                tasks.add(new Task(record.id(), record.date(), Sentences.shown(sentence), names, null));
            } else if (!inside(turnSpans, s[0]) && Resolutions.isDecision(sentence)) {
                decisions.add(new Decision(record.id(), record.date(), Sentences.shown(sentence)));
            }
        }
        return new Session(record.id(), record.date(), record.title(), record.protocolRefs(),
                agenda.stream().map(Agenda.Found::item).toList(), attendees(record), speakers(record),
                CorrectedResolutions.decisions(record, decisions), CorrectedResolutions.tasks(record, tasks));
    }

    /** The names every task of {@code session} assigns, as written. */
    public static List<String> taskedNames(Session session) {
        List<String> out = new ArrayList<>();
        for (Task t : session.tasks()) out.addAll(t.names());
        return out;
    }

    private static List<Attendee> attendees(ArchiveRecord record) {
        return record.participants().stream().map(p -> new Attendee(null, p)).toList();
    }

    private static List<SpeakerCount> speakers(ArchiveRecord record) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : record.speakers()) counts.put(s, 0);
        for (Turn t : record.turns()) for (String s : t.speakers()) counts.merge(s, 1, Integer::sum);
        List<SpeakerCount> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new SpeakerCount(null, name, n)));
        return out;
    }

    /** Where each turn's text lies in the body; turns are in body order. */
    private static List<int[]> turnSpans(String body, List<Turn> turns) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (Turn t : turns) {
            int at = t.text().isEmpty() ? -1 : body.indexOf(t.text(), from);
            if (at < 0) continue;
            spans.add(new int[] {at, at + t.text().length()});
            from = at + 1;
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) return true;
        }
        return false;
    }

    private static boolean inHeading(List<Agenda.Found> agenda, int at) {
        for (Agenda.Found f : agenda) {
            if (at >= f.start() && at < f.end()) return true;
        }
        return false;
    }
}
