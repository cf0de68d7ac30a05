package org.fonds.web.curation;

import java.util.List;

/** What the form correcting a record's decisions and tasks shows, as plain values the jte template escapes. */
public final class ResolutionViews {
    private ResolutionViews() {
    }

    /** A decision or task as it reads now; {@code names} a task's people as written, one per line; {@code correctedBy} or null. */
    public record Item(String field, String text, String names, String correctedBy) {
    }

    /** The form of one record: its decisions and tasks, each with its own edit and remove, and an addition. */
    public record Form(String id, String title, List<Item> decisions, List<Item> tasks, String csrf, String editor) {
    }
}
