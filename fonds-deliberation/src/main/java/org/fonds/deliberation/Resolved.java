package org.fonds.deliberation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonds.deliberation.people.People;

/**
 * What needs every record at once, worked out once: who is who, and which records are accounts of
 * one meeting (each document id to every account of its meeting, itself included, for documents
 * that are sessions), and which records are the same text from two publishers ({@code copies}: each
 * document that has copies to every copy, itself included, sorted). Everything else in the tables
 * is per document ({@link DocumentRows}). After a narrowed update ({@link DeliberationsBuilder#regroup})
 * {@code meetings} and {@code copies} cover only the records {@code regroupedMeetings} and
 * {@code regroupedCopies}; any other record's groups are as {@code stored} holds them. Those are null
 * when everything was worked out.
 */
public record Resolved(People people, Map<String, List<String>> meetings, Map<String, List<String>> copies,
                       Set<String> regroupedMeetings, Set<String> regroupedCopies, StoredGroups stored) {
    public Resolved {
        meetings = Map.copyOf(meetings);
        copies = Map.copyOf(copies);
        regroupedMeetings = regroupedMeetings == null ? null : Set.copyOf(regroupedMeetings);
        regroupedCopies = regroupedCopies == null ? null : Set.copyOf(regroupedCopies);
    }

    public Resolved(People people, Map<String, List<String>> meetings, Map<String, List<String>> copies) {
        this(people, meetings, copies, null, null, null);
    }

    /** The work {@code documentId} is a source of, named by the first id of its copies: its own id when it has none. */
    public String workOf(String documentId) {
        if (regroupedCopies != null && !regroupedCopies.contains(documentId)) return stored.work(documentId);
        List<String> all = copies.get(documentId);
        return all == null ? documentId : all.get(0);
    }

    /** The other accounts of the meeting of {@code documentId}, itself included; empty when it is the only one. */
    public List<String> accounts(String documentId) {
        if (regroupedMeetings != null && !regroupedMeetings.contains(documentId)) return stored.accounts(documentId);
        List<String> all = meetings.getOrDefault(documentId, List.of());
        return all.size() > 1 ? all : List.of();
    }
}
