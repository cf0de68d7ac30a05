package org.fonds.deliberation.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * What editors assert about one person: a stable id, the preferred name, the name forms that mean
 * this person (all of them, whatever the corpus would say), and a note. {@code description}: who
 * the person is, in an editor's words; it wins over a translator's note that describes them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorityEntry(String id, String preferredName, List<String> forms, String note, String description) {
    public AuthorityEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(preferredName, "preferredName");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a person id is lowercase letters, digits and hyphens (got: " + id + ")");
        }
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    public AuthorityEntry(String id, String preferredName, List<String> forms, String note) {
        this(id, preferredName, forms, note, null);
    }

    /** This entry with other forms, all else kept. */
    public AuthorityEntry withForms(List<String> other) {
        return new AuthorityEntry(id, preferredName, other, note, description);
    }
}
