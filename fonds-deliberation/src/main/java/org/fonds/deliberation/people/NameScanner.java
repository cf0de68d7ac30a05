package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fonds.deliberation.people.Runs.Run;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;

/**
 * Finds the name forms of one record in its title, summary, contents and notes (never the
 * citation): the record's own lists (participants, speakers, senders, addressees, chair), the
 * people tasked, and every run of capitalised words that may be a name. Where the text itself says
 * a run is a name (a title before it, initials, a speaker's label, a list of names) the occurrence
 * is {@linkplain Occurrence#stated() stated}; the rest are decided across all documents by
 * {@link People}, which grows its list of known names from the stated ones.
 */
public final class NameScanner {
    private static final int HINT_REACH = 80;
    /** How far apart two items of a jotted list may stand ("Berei" / "internal affairs, Kiss"). */
    private static final int JOTTED_GAP = 40;

    private NameScanner() {
    }

    /**
     * The occurrences of {@code record}; {@code tasked} are the names its tasks assign. One pass with
     * the tasked names in hand; {@link #scan(ArchiveRecord)} then {@link NameScan#with} gives the same.
     */
    public static DocumentNames scan(ArchiveRecord record, List<String> tasked) {
        Scanned s = scanned(record, tasked);
        List<Occurrence> all = new ArrayList<>(s.out().keySet());
        return new DocumentNames(record.id(), record.date(), all, lowerWords(record, candidates(all)), s.descriptions(),
                s.pseudonyms());
    }

    /**
     * The occurrences of {@code record} before its tasked names are known, to be shared by the index
     * (which takes none) and the tables' extract (which adds a session's; see {@link NameScan#with}).
     */
    public static NameScan scan(ArchiveRecord record) {
        Scanned s = scanned(record, List.of());
        List<Occurrence> all = new ArrayList<>(s.out().keySet());
        Set<String> candidates = candidates(all);
        return new NameScan(record, all.subList(0, s.fields()), all.subList(s.fields(), all.size()), candidates,
                lowerWords(record, candidates), s.descriptions(), s.pseudonyms());
    }

    /** What a scan found: the occurrences, of which the first {@code fields} come before the tasked names. */
    private record Scanned(Map<Occurrence, Boolean> out, int fields, Map<String, String> descriptions,
                           Map<String, String> pseudonyms) {
    }

    private static Scanned scanned(ArchiveRecord record, List<String> tasked) {
        Map<Occurrence, Boolean> out = new LinkedHashMap<>();
        fields(record.participants(), Role.PARTICIPANT, out);
        fields(record.speakers(), Role.SPEAKER, out);
        described(record.from(), Role.AUTHOR, out);
        described(record.to(), Role.RECIPIENT, out);
        if (record.chair() != null) described(List.of(record.chair()), Role.CHAIR, out);
        int fields = out.size();
        // a task's names are people only where the rest of the corpus says so ("Declarations must be composed")
        for (String t : tasked) if (t != null && !t.isBlank()) out.putIfAbsent(new Occurrence(t.strip(), Role.TASKED, null, false), true);
        int[] lists = {0};
        Map<String, String> descriptions = new java.util.TreeMap<>();
        EditionNames.into(record, out, descriptions);
        // a bare surname in the title, summary or contents means the one person of it they name in full
        Map<String, String> main = onlyFullForms(record.title() + "\n" + record.summary() + "\n" + record.body());
        new TextScan(record.title(), null, main).into(out, lists);
        new TextScan(record.summary(), null, main).into(out, lists);
        new TextScan(record.body(), record, main).into(out, lists);
        for (Note note : record.notes()) {
            // a note's runs found once for its full forms, its scan and its descriptions (each found them anew)
            List<Run> runs = Runs.find(note.text() == null ? "" : note.text());
            new TextScan(note.text(), runs, null, fullForms(runs), CitedTitles.in(note.text())).into(out, lists);
            describe(note.text(), runs, descriptions);
        }
        Map<String, String> pseudonyms = Pseudonyms.in(record.title(), new LinkedHashMap<>());
        Pseudonyms.in(record.summary(), pseudonyms);
        Pseudonyms.in(record.body(), pseudonyms);
        for (Note note : record.notes()) Pseudonyms.in(note.text(), pseudonyms);
        return new Scanned(out, fields, descriptions, pseudonyms);
    }

    /** A translator's note's "Imre Nagy, Hungarian prime minister ...": the first description of each full name. */
    private static void describe(String note, List<Run> runs, Map<String, String> into) {
        for (Run run : runs) {
            PersonName n = PersonName.parse(run.text());
            if (n == null || n.bare() || n.initialOnly()) continue;
            String d = Offices.description(note, run.end());
            if (d != null) into.putIfAbsent(run.text(), d);
        }
    }

    private static void fields(List<String> names, Role role, Map<Occurrence, Boolean> out) {
        for (String n : names) {
            if (n != null && !n.isBlank()) out.putIfAbsent(new Occurrence(n.strip(), role, null, true), true);
        }
    }

    /**
     * Senders, addressees, chair: a description that may hold a name ("the Ambassador in China
     * (Stuart)", "Imre Horvath"); its names count as stated only with a title or initials, as in the text.
     */
    private static void described(List<String> values, Role role, Map<Occurrence, Boolean> out) {
        for (String v : values) {
            if (v == null) continue;
            for (Run run : Runs.find(v)) {
                PersonName n = PersonName.parse(run.text());
                if (n == null) continue;
                boolean stated = !n.bare() || titled(PersonName.tokens(run.text())) || Lists.listAround(v, run) == Lists.Kind.ALONE
                        || v.strip().equals(run.text());
                out.putIfAbsent(new Occurrence(run.text(), role, null, stated), true);
            }
        }
    }

    /** The name forms of a list such as "J. Kadar, F. Munnich, and I. Bata". */
    public static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (Run run : Runs.find(list)) if (PersonName.parse(run.text()) != null) out.add(run.text());
        return out;
    }

    /** The folded words of {@code occurrences}' forms: those a record's lower-case words are looked up in. */
    static Set<String> candidates(Iterable<Occurrence> occurrences) {
        Set<String> candidates = new HashSet<>();
        for (Occurrence o : occurrences) {
            for (String t : PersonName.tokens(o.form())) candidates.add(Fold.fold(PersonName.stripPossessive(t).replace(".", "")));
        }
        return candidates;
    }

    /** The {@code candidates} that the record writes in lower case, sorted. */
    static List<String> lowerWords(ArchiveRecord record, Set<String> candidates) {
        TreeSet<String> out = new TreeSet<>();
        lowerWords(record.title(), candidates, out);
        lowerWords(record.summary(), candidates, out);
        lowerWords(record.body(), candidates, out);
        for (Note n : record.notes()) lowerWords(n.text(), candidates, out);
        return new ArrayList<>(out);
    }

    /** Adds to {@code out} the {@code candidates} that {@code text} writes in lower case. */
    private static void lowerWords(String text, Set<String> candidates, Set<String> out) {
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                ascii &= text.charAt(i) < 128;
                i++;
            }
            if (Character.isLowerCase(text.charAt(start)) && (start == 0 || text.charAt(start - 1) != '-')) {
                String w = text.substring(start, i);
                String folded = ascii ? w.toLowerCase(java.util.Locale.ROOT) : Fold.fold(w);
                if (candidates.contains(folded)) out.add(folded);
            }
        }
    }

    /** One text of the record, read run by run. */
    private static final class TextScan {
        private final String text;
        private final ArchiveRecord record;
        private final Map<String, String> noteFull;
        private final List<int[]> participation;
        private final int firstLabel;
        private final List<Run> runs;
        private final Map<Long, Lists.Kind> judged = new HashMap<>();
        /** The works a note cites, whose titles name no one; none for a title, summary or body. */
        private final List<CitedTitles.Title> works;
        /** True when the text writes "Monsieur": its "M." before a surname is that title. */
        private final boolean monsieurs;

        TextScan(String text, ArchiveRecord bodyOf, Map<String, String> noteFull) {
            this(text, Runs.find(text == null ? "" : text), bodyOf, noteFull, List.of());
        }

        /** {@code runs}: those of {@code text}, found already (copied: a bracketed given name joins the next run). */
        TextScan(String text, List<Run> runs, ArchiveRecord bodyOf, Map<String, String> noteFull, List<CitedTitles.Title> works) {
            this.text = text == null ? "" : text;
            this.record = bodyOf;
            this.noteFull = noteFull;
            this.participation = Lists.participation(this.text);
            this.runs = new ArrayList<>(LostApostrophes.possessivesCut(this.text, runs));
            this.firstLabel = firstLabel(this.text, this.runs);
            this.works = works;
            this.monsieurs = FrenchMonsieur.writes(this.text);
        }

        /** Adds the occurrences of the text; {@code lists} holds the next list number of the record. */
        void into(Map<Occurrence, Boolean> out, int[] lists) {
            List<Run> runs = this.runs;
            int[] group = groups(runs, lists);
            boolean listOpen = false;
            int previousEnd = -1;
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                if (r + 1 < runs.size() && Brackets.givesNext(text, run, runs.get(r + 1))) {
                    // "[Gen. Mikhail S.] Malinin", "[Istvan] Kovacs": the editor's words are part of the next name
                    Run next = runs.get(r + 1);
                    String given = Brackets.givenPart(run.text());
                    runs.set(r + 1, new Run(given.isEmpty() ? next.text() : given + " " + next.text(), run.start(), next.end()));
                    continue;
                }
                // "Kryuchkov, Lichnoe delo, vol. 1": a book's title, whose capitalised word is no surname
                if (!works.isEmpty() && CitedTitles.insideWorkTitle(works, run.start(), run.end())) continue;
                // "USIA Director Wick": the office before the surname says it is a person's, as a title would
                Run afterOffice = Offices.afterOffice(run);
                if (afterOffice != null) run = afterOffice;
                // "M. Pineau" where the text writes "Monsieur Pineau": the French title, not an initial
                Run monsieur = monsieurs ? FrenchMonsieur.surname(run) : null;
                if (monsieur != null) run = monsieur;
                List<String> tokens = PersonName.tokens(run.text());
                boolean byTitle = titled(tokens);
                boolean titled = byTitle || afterOffice != null || monsieur != null;
                // "the Directorate for Foreign Specialist Matters": the words that finish a body's name
                if (!titled && BodyNames.finishes(text, run)) continue;
                boolean continued = listOpen && Lists.joins(text, previousEnd, run.start());
                listOpen = byTitle ? PersonName.isPluralTitle(tokens.get(nameStart(tokens) - 1)) : !titled && continued;
                previousEnd = run.end();
                PersonName name = PersonName.parse(run.text());
                if (name == null) continue;
                Role role = role(run);
                boolean stated = titled || continued || role != Role.MENTIONED || hasInitial(name) && !name.inverted()
                        || russianOrder(name) || Offices.beside(text, run);
                if (Offices.group(text, run) && name.bare() && run.text().indexOf('-') > 0) {
                    // "the Rakosi-Gero clique": two people, each named by the text; not one double surname
                    for (String part : run.text().split("-")) out.putIfAbsent(new Occurrence(part, role, null, true, group[r]), true);
                    continue;
                }
                out.putIfAbsent(new Occurrence(run.text(), role, hint(run, name), stated, group[r]), true);
            }
        }

        /** For each run, the number of the list it is an item of, or -1 when it stands alone. */
        private int[] groups(List<Run> runs, int[] lists) {
            int[] group = new int[runs.size()];
            java.util.Arrays.fill(group, -1);
            for (int r = 1; r < runs.size(); r++) {
                if (!Lists.joins(text, runs.get(r - 1).end(), runs.get(r).start())) continue;
                if (group[r - 1] < 0) group[r - 1] = lists[0]++;
                group[r] = group[r - 1];
            }
            jotted(runs, group, lists);
            return group;
        }

        /**
         * A list jotted over several lines, each item after a dash or beside a bar, the office it fills
         * in lower case before it (Horvath's cabinet: "—Munnich — Apro | Hidas" / "deputy, —Ronai |
         * Berei" / "defense —Marosan"): one list, so that one person in it makes the others names.
         */
        private void jotted(List<Run> runs, int[] group, int[] lists) {
            int previous = -1;
            for (int r = 0; r < runs.size(); r++) {
                if (!jottedItem(runs, group, r)) continue;
                if (previous >= 0 && nextLine(runs.get(previous).end(), runs.get(r).start())) {
                    if (group[previous] < 0) group[previous] = lists[0]++;
                    // a group is a stretch of neighbouring runs: relabel the stretch around r, not every run
                    int from = group[r];
                    int to = group[previous];
                    group[r] = to;
                    for (int k = r + 1; from >= 0 && k < runs.size() && group[k] == from; k++) group[k] = to;
                    for (int k = r - 1; from >= 0 && k > previous && group[k] == from; k--) group[k] = to;
                }
                previous = r;
            }
        }

        /** One word after a dash that follows a space or opens the line ("—Marosan"), or joined to the next or last by a bar. */
        private boolean jottedItem(List<Run> runs, int[] group, int r) {
            Run run = runs.get(r);
            if (run.text().indexOf(' ') >= 0) return false;
            int at = run.start();
            if (at > 0 && text.charAt(at - 1) == '—' && (at == 1 || text.charAt(at - 2) == ' ' || text.charAt(at - 2) == '\n')) return true;
            return group[r] >= 0 && (r > 0 && text.startsWith(" | ", runs.get(r - 1).end()) && runs.get(r - 1).end() + 3 == at
                    || r + 1 < runs.size() && text.startsWith(" | ", run.end()) && run.end() + 3 == runs.get(r + 1).start());
        }

        /** True when {@code to} is on the same line as {@code from} or the next, a few words on. */
        private boolean nextLine(int from, int to) {
            if (to - from > JOTTED_GAP) return false;
            int breaks = 0;
            for (int k = from; k < to; k++) if (text.charAt(k) == '\n' && ++breaks > 1) return false;
            return true;
        }

        private Role role(Run run) {
            if (Lists.inside(participation, run.start())) return Role.PARTICIPANT;
            if (Labels.isLabel(text, run)) return Role.SPEAKER;
            Lists.Kind list = Lists.listAround(text, run, judged);
            if (list == Lists.Kind.PARENTHESISED) return Role.SPEAKER;
            if (list == Lists.Kind.SIGNATURE && record != null) return Role.AUTHOR;
            if (list == Lists.Kind.LINE) return firstLabel >= 0 && run.start() > firstLabel ? Role.SPEAKER : Role.PARTICIPANT;
            return Role.MENTIONED;
        }

        private String hint(Run run, PersonName name) {
            if (!name.bare()) return null;
            String marked = record == null ? null : bodyHint(record, run, name);
            return marked != null ? marked : noteFull == null ? null : noteFull.get(name.surnameKey());
        }

        private static int firstLabel(String text, List<Run> runs) {
            for (Run r : runs) if (Labels.isLabel(text, r)) return r.start();
            return -1;
        }
    }

    /** Two letters with dots after a word that are no name's initials: places, bodies and the hours. */
    private static final Set<String> NOT_INITIALS = Set.of("U.S.", "U.N.", "U.K.", "D.C.", "A.M.", "P.M.", "S.S.", "B.C.", "A.D.");

    /**
     * "Shcherbakov I.S.", "Diary of Shcherbakov I.S." (a Soviet ambassador's diary on the Wilson Center's
     * archive, people31): the Russian archival order, surname then two initials, with no comma. One
     * initial after a word ("Group A.") says nothing; two do, unless they are a place's or the hour's.
     */
    private static boolean russianOrder(PersonName name) {
        if (!name.inverted() || name.given().size() < 2) return false;
        return !NOT_INITIALS.contains(String.join("", name.given()));
    }

    private static boolean hasInitial(PersonName name) {
        for (String g : name.given()) if (PersonName.isInitial(g)) return true;
        return false;
    }

    /** True when the name part of the run comes right after a title ("Cde. Kadar", "Hungary Cde. Kadar"). */
    private static boolean titled(List<String> tokens) {
        int at = nameStart(tokens);
        return at > 0 && PersonName.isTitle(tokens.get(at - 1));
    }

    /** Where the name part of the run's tokens begins: after the last title or sentence word. */
    private static int nameStart(List<String> tokens) {
        int from = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            String t = tokens.get(i);
            if (!PersonName.isInitial(t) && (PersonName.isTitle(t) || !PersonName.isGivenWord(t))) from = i + 1;
        }
        return from;
    }

    /** The note a marker right after the run points to names the person in full. */
    private static String bodyHint(ArchiveRecord record, Run run, PersonName name) {
        String body = record.body();
        for (NoteMarker m : record.noteMarkers()) {
            if (m.offset() < run.end() || m.offset() > run.end() + HINT_REACH) continue;
            if (sentenceEnds(body, run.end(), m.offset())) return null;
            for (Note note : record.notes()) {
                if (note.n() == m.n()) return fullForms(Runs.find(note.text())).get(name.surnameKey());
            }
        }
        return null;
    }

    private static boolean sentenceEnds(String text, int from, int to) {
        for (int k = from; k < Math.min(to, text.length()); k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '?' || c == '!' || c == '\n') return true;
        }
        return false;
    }

    /** For each folded surname that {@code text} names in full with one first name only, that full form. */
    private static Map<String, String> onlyFullForms(String text) {
        Map<String, String> full = new HashMap<>();
        Map<String, String> first = new HashMap<>();
        Set<String> several = new HashSet<>();
        for (Run r : Runs.find(text)) {
            PersonName n = PersonName.parse(r.text());
            if (n == null || n.bare()) continue;
            String was = first.putIfAbsent(n.surnameKey(), n.firstGiven().substring(0, 1));
            if (was != null && !was.equals(n.firstGiven().substring(0, 1))) several.add(n.surnameKey());
            if (!n.initialOnly()) full.putIfAbsent(n.surnameKey(), r.text());
        }
        full.keySet().removeAll(several);
        return full;
    }

    /** The first run with given names for each folded surname: "Istvan Kovacs" for "kovacs". */
    private static Map<String, String> fullForms(List<Run> runs) {
        Map<String, String> full = new HashMap<>();
        for (Run r : runs) {
            PersonName n = PersonName.parse(r.text());
            if (n != null && !n.bare()) full.putIfAbsent(n.surnameKey(), r.text());
        }
        return full;
    }
}
