package org.fonds.deliberation.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Editors' statement that in one document the name forms {@code forms} mean the person {@code person}
 * (an entry's id), whatever they mean elsewhere: the bare "Kovacs" of one record is Béla Kovács, and
 * the "Zhukov" of the 1956 records is the marshal, not the journalist of 1962. Forms are compared as
 * resolution compares them (titles, case and diacritics ignored).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assignment(String document, List<String> forms, String person, String note) {
    public Assignment {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(person, "person");
        forms = forms == null ? List.of() : List.copyOf(forms);
        if (document.isBlank()) throw new IllegalArgumentException("an assignment names its document");
        if (forms.isEmpty()) throw new IllegalArgumentException("an assignment names at least one form (document " + document + ")");
    }
}
