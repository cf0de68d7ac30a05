package org.fonds.deliberation.read;

/**
 * What a list of documents shows of one: its title and date, a session's as the session table has
 * them, any other document's as its record has them (either may be null).
 */
public record Heading(String documentId, String title, String date) {
}
