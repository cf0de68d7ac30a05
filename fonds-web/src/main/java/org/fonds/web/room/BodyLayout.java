package org.fonds.web.room;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.Turn;
import org.fonds.web.room.DocumentView.Inline;
import org.fonds.web.room.DocumentView.Paragraph;

/**
 * Lays out a record's translation for reading: paragraphs (blank-line separated in the record), a
 * link at each note marker's offset, and at the start of each turn its attribution ("Cde. Suslov:")
 * linked to the people who speak (their person pages where the session resolves the names). Offsets come from the record (noteMarkers; each turn's text is
 * found in the body in document order), so nothing is guessed from the rendered text.
 */
final class BodyLayout {
    private final String body;
    private final Map<Integer, String> noteTexts = new HashMap<>();
    private final Map<Integer, Integer> markersSeen = new HashMap<>();
    private final List<NoteMarker> markers;
    /** Offset in the body where each turn's own words start, and its speakers. */
    private final Map<Integer, List<String>> turnStarts = new HashMap<>();
    private final PersonLinks people;

    BodyLayout(ArchiveRecord r, PersonLinks people) {
        this.body = r.body();
        this.people = people;
        for (Note n : r.notes()) noteTexts.put(n.n(), n.text());
        this.markers = r.noteMarkers().stream().filter(m -> m.offset() >= 0 && m.offset() <= body.length())
                .sorted(java.util.Comparator.comparingInt(NoteMarker::offset)).toList();
        int cursor = 0;
        for (Turn t : r.turns()) {
            String head = t.text().substring(0, Math.min(40, t.text().length()));
            int at = head.isEmpty() ? -1 : body.indexOf(head, cursor);
            if (at < 0) continue;
            turnStarts.put(at, t.speakers());
            cursor = at + head.length();
        }
    }

    /** The paragraphs, and the anchors of each note's markers in order (for the links back). */
    List<Paragraph> paragraphs(Map<Integer, List<String>> anchorsByNote) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        int next = 0; // index into markers
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            if (end < 0) end = body.length();
            List<Inline> pieces = new ArrayList<>();
            int pos = start;
            boolean opens = false;
            Integer turnAt = turnStartWithin(start, end);
            if (turnAt != null) {
                List<String> speakers = turnStarts.get(turnAt);
                String attribution = body.substring(start, turnAt).strip();
                if (attribution.isEmpty()) attribution = String.join(", ", speakers) + ":";
                pieces.add(new Inline(attribution, 0, null, null, people.links(speakers)));
                pos = turnAt;
                opens = true;
            }
            while (next < markers.size() && markers.get(next).offset() <= end) {
                NoteMarker m = markers.get(next++);
                if (m.offset() < pos) continue;
                pieces.add(text(body.substring(pos, m.offset())));
                int k = markersSeen.merge(m.n(), 1, Integer::sum);
                String anchor = "ref-" + m.n() + "-" + k;
                anchorsByNote.computeIfAbsent(m.n(), n -> new ArrayList<>()).add(anchor);
                pieces.add(new Inline(Integer.toString(m.n()), m.n(), anchor, noteTexts.getOrDefault(m.n(), ""), null));
                pos = m.offset();
            }
            pieces.add(text(body.substring(pos, end)));
            out.add(new Paragraph(pieces, opens));
            start = end + 2;
        }
        return out;
    }

    private Integer turnStartWithin(int start, int end) {
        for (int i = start; i < end; i++) if (turnStarts.containsKey(i)) return i;
        return null;
    }

    private static Inline text(String s) {
        return new Inline(s, 0, null, null, null);
    }
}
