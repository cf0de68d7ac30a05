package org.fonds.deliberation.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resolution recorded in a session ("Approve the plan."), outside anyone's turn; {@code correctedBy}
 * names the editor whose correction added or changed it (issue 17), null for one read from the text.
 */
public record Decision(String documentId, String date, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String correctedBy) {
    public Decision(String documentId, String date, String text) {
        this(documentId, date, text, null);
    }
}
