package org.fonds.web.derived;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.fonds.deliberation.people.Role;

/**
 * A line of the index of people: who, under which names, in what roles, in how many documents and
 * sessions, and whether the surname is shared (then {@code note} says with whom).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonSummary(String id, String preferredName, List<String> forms, List<Role> roles, int documents,
                            int sessions, int turns, boolean ambiguous, String note) {
    public PersonSummary {
        forms = List.copyOf(forms);
        roles = List.copyOf(roles);
    }
}
