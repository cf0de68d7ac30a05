package org.fonds.oai;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fonds.record.ArchiveRecord;

/**
 * The sets of the records an ingest stored, taken from the record it had in hand, so that the
 * catalog's update need not read each record back from the store (a fixity-checked read of its
 * source and record, and a parse) only to learn its sets; the version and datestamp still come from
 * the object's inventory. Filled from the ingest's threads. An id stored twice in one ingest (which
 * of the two is the latest is the store's to say), or whose sets cannot be worked out, is not held:
 * its row is read from the store as before.
 */
public final class CatalogInHand {
    private final Map<String, List<OaiSet>> byId = new ConcurrentHashMap<>();
    private final Set<String> fromStore = ConcurrentHashMap.newKeySet();

    /** The record just stored as the latest version of its id. */
    public void stored(ArchiveRecord record) {
        String id = record.id();
        List<OaiSet> sets;
        try {
            sets = List.copyOf(SetSpecs.of(record));
        } catch (RuntimeException e) {
            fromStore.add(id);
            return;
        }
        if (byId.putIfAbsent(id, sets) != null) fromStore.add(id);
    }

    /** The sets of {@code id} as stored by this ingest, or empty when they must be read from the store. */
    Optional<List<OaiSet>> sets(String id) {
        if (fromStore.contains(id)) return Optional.empty();
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
