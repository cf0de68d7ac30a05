package org.fonds.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.Turn;

/**
 * The TEI {@code <text>} of a record: the body as paragraphs, each turn found in it as an
 * {@code <sp>} whose {@code <speaker>} is the attribution as written ("Cde. Suslov:"), each note
 * inline at its first marker (later markers of the same note point to it), and the notes no
 * marker reaches in a back division, so every note appears exactly once.
 *
 * <p>Turns carry no offsets, so each is looked up in the body after the previous one; a turn whose
 * text is not found there stays plain paragraphs (its speakers are still in the header).
 */
final class TeiBody {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t\r\f\u000B]*\n\\s*");

    private final Xml xml;
    private final ArchiveRecord r;
    private final People people;
    private final String body;
    private final List<NoteMarker> markers;
    private final Map<Integer, Integer> noteByNumber = new HashMap<>();
    private final Set<Integer> placed = new HashSet<>();
    private int nextMarker;
    private int blocks;

    TeiBody(Xml xml, ArchiveRecord r, People people) {
        this.xml = xml;
        this.r = r;
        this.people = people;
        this.body = Clean.xml(r.body());
        this.markers = r.noteMarkers().stream().sorted(Comparator.comparingInt(NoteMarker::offset)).toList();
        for (int i = r.notes().size() - 1; i >= 0; i--) noteByNumber.put(r.notes().get(i).n(), i);
    }

    /** A turn and where its text lies in the body. */
    private record Span(Turn turn, int start, int end) {
    }

    void write() {
        xml.start("body").newline().start("div", "type", "translation").newline();
        int pos = 0;
        for (Span span : spans()) {
            int attribution = attributionStart(pos, span.start());
            paragraphs(pos, attribution);
            speech(span, attribution);
            pos = span.end();
        }
        paragraphs(pos, body.length());
        if (blocks == 0 || nextMarker < markers.size()) {
            // Markers past the end of the body (bad offsets) still get their notes, in a last paragraph.
            xml.start("p");
            run(body.length(), body.length(), Integer.MAX_VALUE);
            xml.end().newline();
        }
        xml.end().newline().end().newline();
        back();
    }

    private List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        int cursor = 0;
        for (Turn turn : r.turns()) {
            String text = Clean.xml(turn.text()).strip();
            int at = text.isEmpty() ? -1 : body.indexOf(text, cursor);
            if (at < 0) continue;
            spans.add(new Span(turn, at, at + text.length()));
            cursor = at + text.length();
        }
        return spans;
    }

    /**
     * Where the attribution before a turn starts: the start of its paragraph or of its sentence,
     * whichever is nearer, not counting the periods of "Cde.", "Cdes." and initials.
     */
    private int attributionStart(int from, int turnStart) {
        int i = turnStart;
        while (i > from) {
            char c = body.charAt(i - 1);
            if (c == '\n') break;
            if ((c == '.' || c == '!' || c == '?') && i < turnStart && Character.isWhitespace(body.charAt(i)) && !abbreviation(i - 1)) break;
            i--;
        }
        return i;
    }

    private boolean abbreviation(int period) {
        String before = body.substring(Math.max(0, period - 5), period);
        return before.endsWith("Cde") || before.endsWith("Cdes") || before.matches(".*(^|[\\s.])\\p{Lu}");
    }

    private void speech(Span span, int attribution) {
        String who = span.turn().speakers().stream().map(people::pointer).collect(Collectors.joining(" "));
        xml.start("sp", "who", who).newline();
        int[] speaker = trimmed(attribution, span.start());
        xml.start("speaker");
        if (speaker[0] < speaker[1]) {
            run(speaker[0], speaker[1], speaker[1]);
        } else {
            xml.text(String.join(", ", span.turn().speakers()));
        }
        xml.end().newline();
        int before = blocks;
        paragraphs(span.start(), span.end());
        if (blocks == before) xml.empty("p").newline();
        xml.end().newline();
    }

    /** The paragraphs of body[from, to), one {@code <p>} each; blank ones are skipped. */
    private void paragraphs(int from, int to) {
        Matcher breaks = PARAGRAPH_BREAK.matcher(body).region(from, to);
        int start = from;
        while (breaks.find()) {
            paragraph(start, breaks.start());
            start = breaks.end();
        }
        paragraph(start, to);
    }

    private void paragraph(int from, int to) {
        int[] text = trimmed(from, to);
        if (text[0] == text[1]) return;
        xml.start("p");
        // Notes marked right after the paragraph's last character, before its trailing space, belong to it.
        run(text[0], text[1], to);
        xml.end().newline();
        blocks++;
    }

    /** Writes body[from, to) with the notes marked in it, then the notes marked up to {@code notesUpTo}. */
    private void run(int from, int to, int notesUpTo) {
        int i = from;
        while (nextMarker < markers.size() && markers.get(nextMarker).offset() < to) {
            int at = Math.max(markers.get(nextMarker).offset(), i);
            xml.text(body.substring(i, at));
            i = at;
            note(markers.get(nextMarker++));
        }
        xml.text(body.substring(i, to));
        while (nextMarker < markers.size() && markers.get(nextMarker).offset() <= notesUpTo) note(markers.get(nextMarker++));
    }

    private void note(NoteMarker marker) {
        Integer index = noteByNumber.get(marker.n());
        if (index == null) return;
        if (placed.add(index)) {
            writeNote(index);
        } else {
            xml.empty("ptr", "target", "#" + id(index));
        }
    }

    private void writeNote(int index) {
        Note note = r.notes().get(index);
        xml.element("note", note.text(), "n", String.valueOf(note.n()), "place", "foot", "xml:id", id(index));
    }

    /** The notes no marker reached. */
    private void back() {
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < r.notes().size(); i++) if (!placed.contains(i)) rest.add(i);
        if (rest.isEmpty()) return;
        xml.start("back").newline().start("div", "type", "notes").newline();
        xml.element("head", "Notes not referenced in the text").newline();
        for (int i : rest) {
            writeNote(i);
            xml.newline();
        }
        xml.end().newline().end().newline();
    }

    private static String id(int noteIndex) {
        return "note-" + (noteIndex + 1);
    }

    private int[] trimmed(int from, int to) {
        while (from < to && Character.isWhitespace(body.charAt(from))) from++;
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) to--;
        return new int[] {from, to};
    }
}
