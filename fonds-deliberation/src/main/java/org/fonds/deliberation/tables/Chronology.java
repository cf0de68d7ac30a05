package org.fonds.deliberation.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Every document with its date, kind and title, in date order (undated first, as the sessions go),
 * then by id: the table behind the chronology of every dated record, not only the sessions.
 */
public record Chronology(List<DocumentEntry> entries) implements Table {
    public Chronology {
        entries = List.copyOf(entries);
    }

    @Override
    public List<String> header() {
        return List.of("date", "document", "kind", "title");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(entries.size());
        for (DocumentEntry e : entries) rows.add(List.of(nz(e.date()), e.documentId(), nz(e.kind()), nz(e.title())));
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
