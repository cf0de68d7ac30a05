package org.fonds.deliberation.sessions;

import java.util.List;

/**
 * A task and the people tasked: "Cde. Kadar is to say that ...". {@code names} are as written;
 * {@code personIds} are the people they resolve to, in the same order (groups such as "Hungarian
 * comrades" name no one and are left out of both).
 */
public record Task(String documentId, String date, String text, List<String> names, List<String> personIds) {
    public Task {
        names = List.copyOf(names);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
