package org.fonds.deliberation.tables;

import java.util.List;

/**
 * A work cited: {@code kind} is "publication" (where the record itself was published, from its
 * citation), "document" (an archival document: a quoted title, then "in" an archive, in a note),
 * "article" (a quoted title followed by an italic periodical), "book", "periodical", or "work" (an
 * italic title with nothing after it that tells which).
 */
public record Work(String title, String kind, List<Citation> citations) {
    public Work {
        citations = List.copyOf(citations);
    }
}
