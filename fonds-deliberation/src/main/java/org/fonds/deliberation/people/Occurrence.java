package org.fonds.deliberation.people;

import java.util.Objects;

/**
 * One name form seen in one document in one role. {@code hint} is a fuller form of the same
 * surname that the text ties to this occurrence (the note its marker points to, or the first full
 * name in the same note); it decides which person a shared surname means. Null when none.
 */
public record Occurrence(String form, Role role, String hint) {
    public Occurrence {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(role, "role");
    }
}
