package org.fonds.web.room;

import java.util.List;

/** The index of people: a row per person, a page at a time. */
public record PeopleView(String intro, List<PersonRow> rows, String previous, String next) {
    public PeopleView {
        rows = List.copyOf(rows);
    }

    /**
     * A person: the preferred name, the other forms, the roles in words, counts, and when the
     * surname is shared, the note that says with whom.
     */
    public record PersonRow(String url, String name, String otherForms, String roles, int documents, int sessions, int turns,
                            boolean ambiguous, String note) {}
}
