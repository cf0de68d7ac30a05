package org.fonds.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One editor's correction of one field of a record, kept in the record itself ({@code corrections})
 * so that it survives a {@code reparse}: a correction wins over the parser, and says so. A field
 * holding one value keeps it as a list of one, and a null as an empty list.
 *
 * @param n the change's number within the record, from 1
 * @param field the field's name in the record's JSON ({@link Corrections#FIELDS})
 * @param before what the field held before, as the history page shows it
 * @param after what the editor set
 * @param editor the account that made it
 * @param at when, as an ISO instant
 * @param reason why, as the editor wrote it
 * @param reverts the number of the change this one undoes, or null
 */
public record Correction(int n, String field, List<String> before, List<String> after, String editor, String at,
                         String reason, @JsonInclude(JsonInclude.Include.NON_NULL) Integer reverts) {
    public Correction {
        if (n < 1) throw new IllegalArgumentException("a correction's number is 1 or more (got: " + n + ")");
        Objects.requireNonNull(field, "field");
        before = before == null ? List.of() : List.copyOf(before);
        after = after == null ? List.of() : List.copyOf(after);
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(at, "at");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
