package org.fonds.deliberation.tables;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a document cites something: the document, the note ("note 3"), the leaves, the text as written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String documentId, String where, String leaves, String text) {
}
