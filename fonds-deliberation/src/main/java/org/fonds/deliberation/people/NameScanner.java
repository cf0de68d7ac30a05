package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;

/**
 * Finds the name forms of one record: participants and speakers as the record states them, the
 * title's "with Participation by J. Kadar, F. Munnich, and I. Bata", the people tasked, and every
 * run of capitalised words in the contents and the notes that may be a name ("Cde. Zhukov",
 * "Janos Kadar", "General Istvan Kovacs"). Which of those runs are people is decided later, across
 * all documents, by {@link People}: a run counts when its last word is a surname known as a
 * participant, speaker, "Cde." or from the authority file.
 */
public final class NameScanner {
    private static final int HINT_REACH = 80;

    private NameScanner() {
    }

    /** The occurrences of {@code record}; {@code tasked} are the names its tasks assign. */
    public static DocumentNames scan(ArchiveRecord record, List<String> tasked) {
        LinkedHashSet<Occurrence> out = new LinkedHashSet<>();
        for (String p : record.participants()) out.add(new Occurrence(p, Role.PARTICIPANT, null));
        String body = record.body();
        int[] participation = participationSpan(body);
        for (String form : names(body.substring(participation[0], participation[1]))) {
            out.add(new Occurrence(form, Role.PARTICIPANT, null));
        }
        for (String s : record.speakers()) out.add(new Occurrence(s, Role.SPEAKER, null));
        for (String t : tasked) out.add(new Occurrence(t, Role.TASKED, null));
        List<int[]> skip = new ArrayList<>(participantLists(body));
        skip.add(participation);
        for (Run run : runs(body)) {
            if (!inside(skip, run.start) && !attribution(body, run)) {
                out.add(new Occurrence(run.text, Role.MENTIONED, bodyHint(record, run)));
            }
        }
        for (Note note : record.notes()) {
            List<Run> runs = runs(note.text());
            Map<String, String> full = fullForms(runs);
            for (Run run : runs) out.add(new Occurrence(run.text, Role.MENTIONED, hint(full, run)));
        }
        return new DocumentNames(record.id(), new ArrayList<>(out));
    }

    /** The name forms of a list such as "J. Kadar, F. Munnich, and I. Bata". */
    public static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (Run run : runs(list)) out.add(run.text);
        return out;
    }

    /** A run of capitalised words, initials and titles, such as "Cde. Kaganovich's" or "Imre Nagy". */
    record Run(String text, int start, int end) {
    }

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!wordStart(text, i)) {
                i++;
                continue;
            }
            int start = i;
            int end = word(text, i, true);
            // after "Cde." a hyphen is a dash ("Cde. Zhukov-We should"), not part of a double name
            boolean hyphens = !text.startsWith("Cde", start);
            while (end + 1 < text.length() && text.charAt(end) == ' ' && wordStart(text, end + 1)) {
                end = word(text, end + 1, hyphens);
            }
            String name = PersonName.trimmed(text.substring(start, end));
            if (name != null) runs.add(new Run(name, start, end));
            i = Math.max(end, i + 1);
        }
        return runs;
    }

    private static boolean wordStart(String text, int i) {
        return Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** The end of the word at {@code i}: letters, apostrophes, hyphens before a capital; an initial's dot. */
    private static int word(String text, int i, boolean hyphens) {
        int k = i;
        while (k < text.length()) {
            char c = text.charAt(k);
            boolean joiner = (c == '-' || c == '\'' || c == '’') && k + 1 < text.length()
                    && Character.isLetter(text.charAt(k + 1))
                    && (c != '-' || hyphens && Character.isUpperCase(text.charAt(k + 1)));
            if (!Character.isLetter(c) && !joiner) break;
            k++;
        }
        if (k < text.length() && text.charAt(k) == '.' && titleOrInitial(text.substring(i, k))) k++;
        return k;
    }

    private static boolean titleOrInitial(String word) {
        return word.length() == 1 || PersonName.HONORIFICS.contains(word);
    }

    /** "Cde. Zhukov—" and "Munnich:" open turns: the person speaks there, they are not mentioned. */
    private static boolean attribution(String body, Run run) {
        int k = run.end;
        while (k < body.length() && body.charAt(k) == ' ') k++;
        if (k >= body.length()) return false;
        char c = body.charAt(k);
        return c == '—' || c == '–' || c == ':' || (c == '-' && run.text.startsWith("Cde"));
    }

    /** The note a marker right after the run points to names the person in full. */
    private static String bodyHint(ArchiveRecord record, Run run) {
        String body = record.body();
        for (NoteMarker m : record.noteMarkers()) {
            if (m.offset() < run.end || m.offset() > run.end + HINT_REACH) continue;
            if (sentenceEnds(body, run.end, m.offset())) return null;
            for (Note note : record.notes()) {
                if (note.n() == m.n()) return hint(fullForms(runs(note.text())), run);
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

    /** The first run with given names for each folded surname: "Istvan Kovacs" for "kovacs". */
    private static Map<String, String> fullForms(List<Run> runs) {
        Map<String, String> full = new HashMap<>();
        for (Run r : runs) {
            PersonName n = PersonName.parse(r.text);
            if (n != null && !n.bare()) full.putIfAbsent(n.surnameKey(), r.text);
        }
        return full;
    }

    /** For a bare surname, the fuller form of it in {@code full}; null otherwise. */
    private static String hint(Map<String, String> full, Run bare) {
        if (full.isEmpty()) return null;
        PersonName name = PersonName.parse(bare.text);
        return name == null || !name.bare() ? null : full.get(name.surnameKey());
    }

    /** The title's "with Participation by ..." up to the marker, bracket or line end; empty if none. */
    private static int[] participationSpan(String body) {
        int at = body.toLowerCase(Locale.ROOT).indexOf("with participation by ");
        if (at < 0) return new int[] {0, 0};
        int from = at + "with participation by ".length();
        int to = from;
        while (to < body.length() && to - from < 200 && "(\n".indexOf(body.charAt(to)) < 0
                && !body.startsWith("Those", to)) {
            to++;
        }
        return new int[] {from, to};
    }

    /** "Those Taking Part: ..." lists: the record states them as participants already. */
    private static List<int[]> participantLists(String body) {
        List<int[]> spans = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf("those taking part"); at >= 0; at = lower.indexOf("those taking part", at + 1)) {
            int end = at;
            while (end < body.length() && body.charAt(end) != '\n' && !listEnds(body, end)) end++;
            spans.add(new int[] {at, end});
        }
        return spans;
    }

    /** A period that ends the list: not one before a "Cdes." continuation. */
    private static boolean listEnds(String body, int i) {
        return body.charAt(i) == '.' && !body.startsWith(". Cdes.", i) && !body.startsWith(".Cdes.", i);
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) return true;
        }
        return false;
    }
}
