package org.fonds.deliberation;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fonds.deliberation.people.Canonical;
import org.fonds.deliberation.people.RecordNames;
import org.fonds.record.ArchiveRecord;

/**
 * The extracts of the records an ingest stored, made from the record it had in hand, so that the
 * tables step after it need not read each one back from the store (a seventh of an ingest's time
 * in a profile). Filled from the ingest's threads. A record whose extraction fails, or whose id was
 * stored twice in one ingest (which of the two is the latest is the store's to say), is not held:
 * the tables step reads it from the store as before, and names it there if it fails again.
 */
public final class ExtractsInHand {
    /** Packed as a builder holds them ({@link PackedExtract}): an ingest of a whole corpus holds them all until its tables step. */
    private final Map<String, PackedExtract> byId = new ConcurrentHashMap<>();
    private final Set<String> fromStore = ConcurrentHashMap.newKeySet();
    /** Held for the whole ingest: the occurrences shared as a builder shares them ({@link Canonical}). */
    private final Canonical canonical = new Canonical();
    private final Packer packer = new Packer();

    /** The record just stored as the latest version of its id. */
    public void stored(ArchiveRecord record) {
        stored(record, RecordNames.of(record));
    }

    /** As {@link #stored(ArchiveRecord)}, with the record's name scan shared with the index. */
    public void stored(ArchiveRecord record, RecordNames names) {
        String id = record.id();
        PackedExtract e;
        try {
            e = PackedExtract.of(Extract.of(record, names.scan()), packer);
        } catch (RuntimeException | StackOverflowError failed) {
            fromStore.add(id);
            return;
        }
        if (byId.putIfAbsent(id, e.withNames(canonical.names(e.names()))) != null) fromStore.add(id);
    }

    /** Adds the extract of {@code id} to {@code builder}; false when this ingest does not hold it. */
    boolean addTo(DeliberationsBuilder builder, String id) {
        if (fromStore.contains(id)) return false;
        PackedExtract e = byId.get(id);
        if (e == null) return false;
        builder.put(e);
        return true;
    }

    public int size() {
        return byId.size();
    }
}
