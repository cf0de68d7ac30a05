package org.fonds.deliberation.tables;

import java.util.ArrayList;
import java.util.List;

/** The dates mentioned in texts and notes, by day, then document, then place in the document. */
public record Timeline(List<TimelineEntry> entries) implements Table {
    public Timeline {
        entries = List.copyOf(entries);
    }

    @Override
    public List<String> header() {
        return List.of("date", "document", "where", "offset", "text");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            rows.add(List.of(e.date(), e.documentId(), e.where(), Integer.toString(e.offset()), e.text()));
        }
        return rows;
    }
}
