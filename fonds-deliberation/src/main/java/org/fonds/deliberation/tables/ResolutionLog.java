package org.fonds.deliberation.tables;

import java.util.ArrayList;
import java.util.List;

/** Decisions and tasks of every session in date order (then session, then order in the text). */
public record ResolutionLog(List<LogEntry> entries) implements Table {
    public ResolutionLog {
        entries = List.copyOf(entries);
    }

    public List<LogEntry> tasks() {
        return entries.stream().filter(e -> e.kind().equals("task")).toList();
    }

    public List<LogEntry> decisions() {
        return entries.stream().filter(e -> e.kind().equals("decision")).toList();
    }

    @Override
    public List<String> header() {
        return List.of("date", "session", "kind", "text", "people");
    }

    @Override
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(entries.size());
        for (LogEntry e : entries) {
            rows.add(List.of(Statements.nz(e.date()), e.documentId(), e.kind(), e.text(), String.join(" ", e.personIds())));
        }
        return rows;
    }
}
