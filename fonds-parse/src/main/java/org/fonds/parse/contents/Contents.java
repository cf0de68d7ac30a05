package org.fonds.parse.contents;

import java.util.List;
import org.fonds.parse.text.MappedText;
import org.fonds.record.NoteMarker;

/**
 * The contents section, read: the translation language it declares, the clean body with its
 * paragraphs and note markers, and the notes. Offsets in {@code body} map back to the source.
 */
public record Contents(
        String translationLanguage,
        MappedText body,
        List<Layout.Paragraph> paragraphs,
        List<NoteMarker> markers,
        List<NoteText> notes,
        List<OrphanMarker> orphanMarkers,
        boolean notesHeading,
        int notesHeadingOrigin) {

    /** A marker-like "(n)" with no note n, at a source offset. */
    public record OrphanMarker(int n, int origin) {
    }

    /** A note's number, clean text and where its number stands in the source. */
    public record NoteText(int n, MappedText text, int origin) {
    }
}
