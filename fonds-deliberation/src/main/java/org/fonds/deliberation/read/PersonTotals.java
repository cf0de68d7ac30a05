package org.fonds.deliberation.read;

/** How much of the tables one person fills: meetings attended, turns opened in all of them (see {@link Tables#totals}). */
public record PersonTotals(int sessionsAttended, int turns) {
    public static final PersonTotals NONE = new PersonTotals(0, 0);
}
