package org.fonds.store;

/**
 * What storing one deposit did: a new object, a new version of one, or nothing.
 *
 * @param created when the version written was made, as its inventory says; null when nothing was
 *     written (the catalog takes it from here instead of reading the inventory back)
 */
public record StoreOutcome(String id, Kind kind, int version, java.time.OffsetDateTime created) {
    public enum Kind { ADDED, UPDATED, UNCHANGED }

    /** An outcome without the version's time (nothing written). */
    public StoreOutcome(String id, Kind kind, int version) {
        this(id, kind, version, null);
    }
}
