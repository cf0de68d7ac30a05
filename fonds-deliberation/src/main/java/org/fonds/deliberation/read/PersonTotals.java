package org.fonds.deliberation.read;

/** How much of the tables one person fills: sessions attended, turns opened in all sessions. */
public record PersonTotals(int sessionsAttended, int turns) {
    public static final PersonTotals NONE = new PersonTotals(0, 0);
}
