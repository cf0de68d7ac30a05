package org.fonds.oai;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fonds.record.ArchiveRecord;

/**
 * The rows of the records an ingest stored, taken from the record it had in hand and the version it
 * wrote, so that the catalog's update need not read each one back from the store: neither the record
 * (a fixity-checked read of its source and record, and a parse) only to learn its sets, nor the
 * object's inventory (a parse of its every digest) only to learn its head version and datestamp.
 * Filled from the ingest's threads. An id stored twice in one ingest (which of the two is the
 * latest is the store's to say), or whose sets cannot be worked out, is not held: its row is read
 * from the store as before.
 */
public final class CatalogInHand {
    private final Map<String, Held> byId = new ConcurrentHashMap<>();
    private final Set<String> fromStore = ConcurrentHashMap.newKeySet();

    /** What the catalog lists of a record: its sets, and its version and that version's time when known. */
    record Held(List<OaiSet> sets, int version, OffsetDateTime created) {
        boolean versionKnown() {
            return version > 0 && created != null;
        }
    }

    /** The record just stored as the latest version of its id (its version read from the store). */
    public void stored(ArchiveRecord record) {
        stored(record, 0, null);
    }

    /** The record just stored as version {@code version} of its id, made at {@code created}. */
    public void stored(ArchiveRecord record, int version, OffsetDateTime created) {
        String id = record.id();
        List<OaiSet> sets;
        try {
            sets = List.copyOf(SetSpecs.of(record));
        } catch (RuntimeException e) {
            fromStore.add(id);
            return;
        }
        if (byId.putIfAbsent(id, new Held(sets, version, created)) != null) fromStore.add(id);
    }

    /** What this ingest stored of {@code id}, or empty when it must be read from the store. */
    Optional<Held> held(String id) {
        if (fromStore.contains(id)) return Optional.empty();
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
