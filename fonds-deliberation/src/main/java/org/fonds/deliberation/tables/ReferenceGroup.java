package org.fonds.deliberation.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One archival file (archive, fond, opis, papka, delo) and every note that cites it;
 * {@code documents} counts the distinct documents, so one sees that several cite APRF F. 3, Op. 64, D. 484.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceGroup(String archive, String fond, String opis, String papka, String delo, int documents,
                             List<Citation> citations) {
    public ReferenceGroup {
        citations = List.copyOf(citations);
    }
}
