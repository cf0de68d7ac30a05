package org.fonds.deliberation.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Editors' statement that these name forms belong to different people ("Bela Kovacs", "Istvan Kovacs"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Distinction(List<String> forms, String note) {
    public Distinction {
        forms = List.copyOf(forms);
        if (forms.size() < 2) {
            throw new IllegalArgumentException("a distinction needs at least two forms (got: " + forms + ")");
        }
    }
}
