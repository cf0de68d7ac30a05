package org.fonds.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** The print publication: "Published in CWIHP Bulletin 8-9, pp. 394-395". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedIn(String title, String issue, String pages) {
    public PublishedIn {
        Objects.requireNonNull(title, "title");
    }
}
