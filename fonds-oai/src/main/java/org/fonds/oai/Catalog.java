package org.fonds.oai;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.store.OcflStore;
import org.fonds.store.StoredVersion;
import org.fonds.store.VersionSummary;

/**
 * The derived table the lists are answered from: for every document, in id order, its latest
 * version, that version's datestamp and its sets. Why a table: a list request filters by datestamp
 * and set, and both live inside each object (the inventory, the record), so filtering the store
 * itself would read every object on every page. The table is small (no record text), is built on
 * first use and rebuilt by the first request after it is {@link OaiConfig#refreshAfter} old; a
 * rebuild reads each object's inventory but reads a record again only when its version changed.
 * A page then costs a binary search for the cursor and reads only the records it shows.
 *
 * <p>Like the search index it is derived data and can always be rebuilt from the store; it lives in
 * memory, which suits collections up to a few million documents (about 100 bytes each).
 */
final class Catalog {
    /** One disseminable document: the version the lists show and its datestamp in epoch seconds. */
    record Entry(String id, int version, long datestamp, List<String> sets) {
    }

    /** The table at one moment; never changed, so a page can be served while the next is built. */
    record Snapshot(List<Entry> entries, Map<String, OaiSet> sets, long earliestDatestamp, Instant builtAt) {
        /** The position of the first entry whose id sorts after {@code id}. */
        int indexAfter(String id) {
            int i = Collections.binarySearch(entries, new Entry(id, 0, 0, List.of()), (a, b) -> a.id().compareTo(b.id()));
            return i >= 0 ? i + 1 : -i - 1;
        }

        Optional<Entry> find(String id) {
            int i = indexAfter(id) - 1;
            return i >= 0 && entries.get(i).id().equals(id) ? Optional.of(entries.get(i)) : Optional.empty();
        }
    }

    private final OcflStore store;
    private final OaiConfig config;
    private volatile Snapshot snapshot;

    Catalog(OcflStore store, OaiConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The table, rebuilt first if it is older than the configured age at {@code now}. */
    Snapshot current(Instant now) {
        Snapshot s = snapshot;
        if (fresh(s, now)) return s;
        synchronized (this) {
            s = snapshot;
            if (!fresh(s, now)) {
                s = build(s, now);
                snapshot = s;
            }
            return s;
        }
    }

    private boolean fresh(Snapshot s, Instant now) {
        return s != null && !now.isAfter(s.builtAt().plus(config.refreshAfter()));
    }

    private Snapshot build(Snapshot previous, Instant now) {
        List<String> ids;
        try (Stream<String> listed = store.ids()) {
            ids = listed.sorted().toList();
        }
        List<Entry> entries = new ArrayList<>(ids.size());
        TreeMap<String, OaiSet> sets = new TreeMap<>();
        long earliest = Long.MAX_VALUE;
        for (String id : ids) {
            List<VersionSummary> history = store.history(id);
            if (history.isEmpty()) continue;
            VersionSummary head = history.getLast();
            Optional<Entry> known = previous == null ? Optional.empty() : previous.find(id);
            List<OaiSet> itemSets;
            if (known.isPresent() && known.get().version() == head.version()) {
                itemSets = known.get().sets().stream().map(previous.sets()::get).toList();
            } else {
                Optional<ArchiveRecord> record = record(store, id, head.version());
                if (record.isEmpty()) continue; // nothing to disseminate: GetRecord says why
                itemSets = SetSpecs.of(record.get());
            }
            List<String> specs = new ArrayList<>(itemSets.size());
            for (OaiSet set : itemSets) specs.add(sets.computeIfAbsent(set.spec(), k -> set).spec());
            long datestamp = head.created().toEpochSecond();
            entries.add(new Entry(id, head.version(), datestamp, List.copyOf(specs)));
            earliest = Math.min(earliest, datestamp);
        }
        return new Snapshot(List.copyOf(entries), Collections.unmodifiableMap(sets),
                earliest == Long.MAX_VALUE ? 0 : earliest, now);
    }

    /** A version's record, or empty when the store has none or holds one this reader cannot read. */
    static Optional<ArchiveRecord> record(OcflStore store, String id, int version) {
        return store.read(id, version).flatMap(Catalog::parse);
    }

    static Optional<ArchiveRecord> parse(StoredVersion stored) {
        try {
            return Optional.of(RecordJson.read(stored.recordJson()));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
