package org.fonds.search;

/**
 * Whether the one who asked for a search still wants its answer: the web's request whose client
 * has gone away says no, and the search stops at its next check instead of working on for nobody
 * (issue 15). Asked often, from inside the search: an implementation must answer at once.
 */
@FunctionalInterface
public interface Cancellation {
    /** A search nobody cancels: the command line's, a test's. */
    Cancellation NONE = () -> false;

    boolean cancelled();
}
