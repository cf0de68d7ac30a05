package org.fonds.deliberation.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * What editors assert about one person: a stable id, the preferred name, the name forms that mean
 * this person (all of them, whatever the corpus would say), and a note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorityEntry(String id, String preferredName, List<String> forms, String note) {
    public AuthorityEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(preferredName, "preferredName");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a person id is lowercase letters, digits and hyphens (got: " + id + ")");
        }
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
