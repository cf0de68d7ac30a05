package org.fonds.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The print publication: "Published in CWIHP Bulletin 8-9, pp. 394-395". {@code year} is the
 * publication's own year where the citation states one ("(Moscow: ..., 2005)"), never the
 * document's: citations give none rather than a wrong one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "issue", "pages", "year"})
public record PublishedIn(String title, String issue, String pages, String year) {
    public PublishedIn {
        Objects.requireNonNull(title, "title");
    }

    /** A publication whose year the citation does not state. */
    public PublishedIn(String title, String issue, String pages) {
        this(title, issue, pages, null);
    }
}
