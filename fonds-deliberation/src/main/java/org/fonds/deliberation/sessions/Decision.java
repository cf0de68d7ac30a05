package org.fonds.deliberation.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A resolution recorded in a session ("Approve the plan."), outside anyone's turn; {@code correctedBy}
 * names the editor whose correction added or changed it (issue 17), null for one read from the text.
 * {@code names} are the people it names after a title ("Bring back Cdes. Mikoyan and Brezhnev"), as
 * written; {@code personIds} the people they resolve to, once everyone is known (issue 12: each
 * decision linked to the people it names). A decision stored without names has them read again.
 */
public record Decision(String documentId, String date, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String correctedBy,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> names,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> personIds) {
    public Decision {
        names = names == null ? Resolutions.namedIn(text) : List.copyOf(names);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    public Decision(String documentId, String date, String text, String correctedBy) {
        this(documentId, date, text, correctedBy, null, null);
    }

    public Decision(String documentId, String date, String text) {
        this(documentId, date, text, null);
    }

    /** The same decision naming {@code ids}. */
    Decision withPersonIds(List<String> ids) {
        return new Decision(documentId, date, text, correctedBy, names, ids);
    }
}
