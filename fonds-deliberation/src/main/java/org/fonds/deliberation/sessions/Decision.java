package org.fonds.deliberation.sessions;

/** A resolution recorded in a session ("Approve the plan."), outside anyone's turn. */
public record Decision(String documentId, String date, String text) {
}
