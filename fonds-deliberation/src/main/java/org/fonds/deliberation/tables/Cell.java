package org.fonds.deliberation.tables;

/** One filled cell of a {@link Matrix}: a person, a session, and the value (1 for attended, or turns). */
public record Cell(String personId, String documentId, int value) {
}
