package org.fonds.deliberation.sessions;

/** A participant of a session: the person, and the name as the record writes it. */
public record Attendee(String personId, String name) {
}
