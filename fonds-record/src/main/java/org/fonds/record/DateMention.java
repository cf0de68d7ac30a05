package org.fonds.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A date written in the text ("31-X-56", "3 XI 56", "(4 XI)", "30 October"). {@code date} is the
 * ISO day it names, with the year taken from the document where the text leaves it out, or null
 * when it cannot be resolved. {@code where} is "body" or "note N"; {@code offset} is the char
 * offset in the body or in that note's text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateMention(String text, String date, String where, int offset) {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }
}
