package org.fonds.deliberation.read;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A session seen from one person: whether the record lists them as taking part, and how many turns
 * they open (a speaker the list leaves out still spoke, so both are kept).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonSession(String documentId, String date, String title, boolean attended, int turns) {
}
