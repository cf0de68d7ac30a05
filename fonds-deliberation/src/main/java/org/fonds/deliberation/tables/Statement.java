package org.fonds.deliberation.tables;

/** One turn of one person: what they said in which session, on which day. */
public record Statement(String personId, String documentId, String date, int turn, String text) {
}
