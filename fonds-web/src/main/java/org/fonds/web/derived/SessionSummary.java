package org.fonds.web.derived;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A line of the list of sessions: the document, its date and title, and how much it holds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionSummary(String documentId, String date, String title, int participants, int speakers, int turns,
                             int decisions, int tasks) {
}
