package org.fonds.deliberation.tables;

import java.util.List;

/** A decision or a task in the log: {@code kind} is "decision" or "task"; tasks name the people tasked. */
public record LogEntry(String date, String documentId, String kind, String text, List<String> personIds) {
    public LogEntry {
        personIds = List.copyOf(personIds);
    }
}
