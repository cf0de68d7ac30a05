package org.fonds.store;

/** What storing one deposit did: a new object, a new version of one, or nothing. */
public record StoreOutcome(String id, Kind kind, int version) {
    public enum Kind { ADDED, UPDATED, UNCHANGED }
}
