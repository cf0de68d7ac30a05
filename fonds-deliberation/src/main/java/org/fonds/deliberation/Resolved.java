package org.fonds.deliberation;

import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.People;

/**
 * What needs every record at once, worked out once: who is who, and which records are accounts of
 * one meeting (each document id to every account of its meeting, itself included, for documents
 * that are sessions), and which records are the same text from two publishers ({@code copies}: each
 * document that has copies to every copy, itself included, sorted). Everything else in the tables
 * is per document ({@link DocumentRows}).
 */
public record Resolved(People people, Map<String, List<String>> meetings, Map<String, List<String>> copies) {
    public Resolved {
        meetings = Map.copyOf(meetings);
        copies = Map.copyOf(copies);
    }

    /** The work {@code documentId} is a source of, named by the first id of its copies: its own id when it has none. */
    public String workOf(String documentId) {
        List<String> all = copies.get(documentId);
        return all == null ? documentId : all.get(0);
    }

    /** The other accounts of the meeting of {@code documentId}, itself included; empty when it is the only one. */
    public List<String> accounts(String documentId) {
        List<String> all = meetings.getOrDefault(documentId, List.of());
        return all.size() > 1 ? all : List.of();
    }
}
