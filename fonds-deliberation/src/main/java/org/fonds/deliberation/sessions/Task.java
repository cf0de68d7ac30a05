package org.fonds.deliberation.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A task and the people tasked: "Cde. Kadar is to say that ...". {@code names} are as written;
 * {@code personIds} are the people they resolve to, in the same order (groups such as "Hungarian
 * comrades" name no one and are left out of both). {@code correctedBy} names the editor whose
 * correction added or changed it (issue 17), null for one read from the text.
 */
public record Task(String documentId, String date, String text, List<String> names, List<String> personIds,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String correctedBy) {
    public Task {
        names = List.copyOf(names);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    public Task(String documentId, String date, String text, List<String> names, List<String> personIds) {
        this(documentId, date, text, names, personIds, null);
    }
}
