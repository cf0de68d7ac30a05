package org.fonds.deliberation.sessions;

/** A speaker of a session and the number of turns they open (a shared turn counts for each). */
public record SpeakerCount(String personId, String name, int turns) {
}
