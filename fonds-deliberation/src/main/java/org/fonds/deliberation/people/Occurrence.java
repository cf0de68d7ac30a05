package org.fonds.deliberation.people;

import java.util.Objects;

/**
 * One name form seen in one document in one role. {@code hint} is a fuller form of the same
 * surname that the text ties to this occurrence (the note its marker points to, or the first full
 * name in the same note); it decides which person a shared surname means. Null when none.
 * {@code stated} is true where the text itself says the words are a person's name: a title before
 * them ("Cde.", "Mr."), initials, a speaker's label, a list of those present or speaking, the
 * record's own fields. Other runs of capitalised words count only when the corpus knows the name.
 * {@code list} numbers the list of names ("Rakosi, Gero, Farkas") the occurrence is one item of, the
 * same number for every item of one list of one document; -1 when it stands alone.
 */
public record Occurrence(String form, Role role, String hint, boolean stated, int list) {
    public Occurrence {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(role, "role");
    }

    public Occurrence(String form, Role role, String hint) {
        this(form, role, hint, role != Role.MENTIONED, -1);
    }

    public Occurrence(String form, Role role, String hint, boolean stated) {
        this(form, role, hint, stated, -1);
    }
}
