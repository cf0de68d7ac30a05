package org.fonds.parse.contents;

import java.util.List;
import org.fonds.parse.text.MappedText;
import org.fonds.record.NoteMarker;

/** Clean text with the note markers taken out of it and where its paragraphs lie. */
public record Layout(MappedText text, List<NoteMarker> markers, List<Paragraph> paragraphs) {
    /** A paragraph [start, end) of the text; {@code heading} if it was a markdown heading. */
    public record Paragraph(int start, int end, boolean heading) {
    }
}
