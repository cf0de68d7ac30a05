package org.fonds.deliberation.tables;

/** A date mentioned in a text or note: the day, the document, where ("body", "note 3"), the words as written. */
public record TimelineEntry(String date, String documentId, String where, int offset, String text) {
}
