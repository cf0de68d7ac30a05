package org.fonds.search.snippet;

import java.util.List;

/** The texts of a hit that snippets are cut from, as the index stores them. */
public record StoredText(String summary, String body, List<NoteText> notes) {
    public StoredText {
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        notes = List.copyOf(notes);
    }

    public record NoteText(int n, String text) {}
}
