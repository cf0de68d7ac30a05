package org.fonds.web.curation;

import java.util.List;

/** What the curation pages show, as plain values; the jte templates under {@code curation/} render them, escaping every one. */
public final class Views {
    private Views() {
    }

    /** The sign-in page: a message (wrong password, locked), the name typed, the form's token, where to go after. */
    public record SignIn(String message, String name, String csrf, String next, boolean editingOn) {
    }

    /** A correctable field with what it holds now: one value, or one per line. */
    public record Field(String name, String label, boolean oneValue, String value, String hint) {
    }

    /** The correction form of one record. */
    public record Correct(String id, String title, List<Field> fields, String csrf, String editor) {
    }

    /** One change of a record, as its history shows it: a list field as what was taken away and what was added. */
    public record Change(int n, String at, String editor, String field, String before, String after, List<String> removed,
                         List<String> added, String reason, Integer reverts) {
    }

    /** A version of the record's object, and what made it. */
    public record Version(int version, String created, String message) {
    }

    /** A record's changes page; {@code csrf} and {@code editor} only for a signed-in account, which may revert if it {@code canEdit}. */
    public record Changes(String id, String title, List<Change> changes, List<Version> versions, String csrf, String editor,
                          boolean canEdit, boolean editingOn) {
    }

    /** A refusal (403) or a lockout (429). */
    public record Refusal(String heading, String message) {
    }
}
