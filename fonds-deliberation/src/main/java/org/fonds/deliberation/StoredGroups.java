package org.fonds.deliberation;

import java.util.List;

/** The groups of records (copies of one text, accounts of one meeting) as the tables hold them before an update. */
public interface StoredGroups {
    /** The work {@code documentId} is a source of, as held: its own id when it has no copies or is not held. */
    String work(String documentId);

    /** The documents held as sources of {@code work}. */
    List<String> sourcesOf(String work);

    /** The accounts of the meeting of {@code documentId} as held, itself included; empty when it is alone or not held. */
    List<String> accounts(String documentId);

    /** Whether the tables hold {@code documentId} at all. */
    boolean holds(String documentId);

    /** The documents held as one of two or more sources of a work. */
    java.util.Set<String> withCopies();

    /** The documents held as one of two or more accounts of a meeting. */
    java.util.Set<String> withAccounts();
}
