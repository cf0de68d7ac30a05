package org.fonds.record;

import java.util.Objects;

/**
 * A name in a record that its editors marked as a person ({@code persName}): the form as written,
 * the {@link VolumePerson#ref()} it points to (null where the editors marked the name but named no
 * entry), and where it stands: {@code part} is {@code title}, {@code body}, {@code citation} or
 * {@code note} (then {@code note} is the note's number, else 0), {@code offset} the char offset in
 * that text.
 */
public record PersonLink(String ref, String form, String part, int note, int offset) {
    public PersonLink {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(part, "part");
        if (note < 0 || offset < 0) {
            throw new IllegalArgumentException("bad person link (got: note=" + note + ", offset=" + offset + ")");
        }
    }
}
