package org.fonds.deliberation.tables;

import java.util.List;

/**
 * A work cited: {@code kind} is "publication" (where the record itself was published, from its
 * citation) or "document" (a quoted title followed by ", in ..." in a note, such as a protocol
 * extract or an article).
 */
public record Work(String title, String kind, List<Citation> citations) {
    public Work {
        citations = List.copyOf(citations);
    }
}
