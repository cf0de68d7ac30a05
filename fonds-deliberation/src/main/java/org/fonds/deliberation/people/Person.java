package org.fonds.deliberation.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * One real individual across documents: a stable id (the authority's, or the slug of the preferred
 * name, surname first: "kadar-janos"), every name form seen, the roles seen and the documents.
 * {@code ambiguous} marks a surname shared by several people; {@code note} says with whom. A person
 * whose id is the bare surname and whose note says "unresolved" holds the mentions of a shared
 * surname that neither the text nor the authority assigns. {@code rolesByDocument} gives the roles
 * in each document (author of one, mentioned in another); {@code description} says who they are,
 * as a translator's note identifies them ("Hungarian prime minister"), null when no note does.
 * {@code pseudonyms}: the forms a text says stand for them ("Filippov [Stalin]"), also in {@code forms}.
 * {@code describedBy} says whose the description is: {@value #BY_EDITOR} (an editor's, which wins)
 * or {@value #BY_NOTE} (a translator's note in the documents); null without a description.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(String id, String preferredName, List<String> forms, List<Role> roles, List<String> documents,
                     boolean ambiguous, String note,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<Role>> rolesByDocument,
                     String description, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> pseudonyms,
                     String describedBy) {
    public static final String BY_EDITOR = "editor";
    public static final String BY_NOTE = "note";

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(preferredName, "preferredName");
        forms = List.copyOf(forms);
        roles = List.copyOf(roles);
        documents = List.copyOf(documents);
        rolesByDocument = rolesByDocument == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rolesByDocument));
        pseudonyms = pseudonyms == null ? List.of() : List.copyOf(pseudonyms);
    }

    public Person(String id, String preferredName, List<String> forms, List<Role> roles, List<String> documents,
                  boolean ambiguous, String note, Map<String, List<Role>> rolesByDocument, String description) {
        this(id, preferredName, forms, roles, documents, ambiguous, note, rolesByDocument, description, List.of(),
                description == null ? null : BY_NOTE);
    }

    /** This person with other documents and roles by document (a slice of them, or all), all else kept. */
    public Person withDocuments(List<String> documents, Map<String, List<Role>> rolesByDocument) {
        return new Person(id, preferredName, forms, roles, documents, ambiguous, note, rolesByDocument, description, pseudonyms, describedBy);
    }

    public Person(String id, String preferredName, List<String> forms, List<Role> roles, List<String> documents,
                  boolean ambiguous, String note) {
        this(id, preferredName, forms, roles, documents, ambiguous, note, Map.of(), null);
    }
}
