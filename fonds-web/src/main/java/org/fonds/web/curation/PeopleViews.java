package org.fonds.web.curation;

import java.util.List;

/** What the people curation pages show, as plain values; the jte templates escape every one. */
public final class PeopleViews {
    private PeopleViews() {
    }

    /** One people change: what it did, and the authority entries it changed, before and after. */
    public record Change(int n, String at, String editor, String action, String summary, String reason, Integer reverts,
                         List<String> before, List<String> after) {
    }

    /** The changes of one person ({@code id}), or of everyone when {@code id} is null. */
    public record Changes(String id, String name, List<Change> changes, String csrf, String editor, boolean canEdit,
                          boolean editingOn) {
    }

    /**
     * The correction form of one person: their names, the documents naming them (to split or give
     * mentions from), and the editor's description of them if any.
     */
    public record Correct(String id, String name, List<String> forms, List<Document> documents, int documentCount,
                          String description, String csrf, String editor) {
    }

    /** A document naming the person, as the split and give forms list it. */
    public record Document(String id, String title, String date) {
    }
}
