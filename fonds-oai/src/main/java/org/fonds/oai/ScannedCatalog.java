package org.fonds.oai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;
import org.fonds.store.OcflStore;
import org.fonds.record.stored.VersionSummary;

/**
 * The catalog built by scanning the store, for a home that has no {@link CatalogTable} yet (one
 * made before it existed): for every document, in id order, its latest
 * version, that version's datestamp and its sets. Why a table: a list request filters by datestamp
 * and set, and both live inside each object (the inventory, the record), so filtering the store
 * itself would read every object on every page. The table is small (no record text), is built on
 * first use (or when the server starts) and rebuilt in the background once a request finds it
 * {@link OaiConfig#refreshAfter} old, the old table served meanwhile; a rebuild reads each object's
 * inventory but reads a record again only when its version changed, and leaves out (and logs) an
 * object it cannot read.
 * A page then costs a binary search for the cursor and reads only the records it shows.
 *
 * <p>Like the search index it is derived data and can always be rebuilt from the store; it lives in
 * memory, which suits collections up to a few million documents (about 100 bytes each).
 */
final class ScannedCatalog implements Catalog {

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

    private static final System.Logger LOG = System.getLogger("org.fonds.oai");

    private final OcflStore store;
    private final OaiConfig config;
    private volatile Snapshot snapshot;
    /** When a rebuild last began: a failing one is not tried again on every request. */
    private volatile Instant triedAt = Instant.MIN;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Rebuilds off the request threads: at 3,000 documents a rebuild took 3.2 s, and every request waited for it. */
    private final Executor rebuilder = command -> {
        Thread t = new Thread(command, "fonds-oai-catalog");
        t.setDaemon(true);
        t.start();
    };

    ScannedCatalog(OcflStore store, OaiConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * The table. The first request builds it; after that a request that finds it older than the
     * configured age starts a rebuild in the background and is answered from the table it has, so no
     * request waits for a rebuild (issue 15). A token of the old table stays valid in the new one:
     * tokens hold the last id, not a position.
     */
    Snapshot current(Instant now) {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) snapshot = build(null, now);
                return snapshot;
            }
        }
        if (!fresh(s, now) && now.isAfter(triedAt.plus(config.refreshAfter())) && rebuilding.compareAndSet(false, true)) {
            triedAt = now;
            rebuilder.execute(() -> {
                try {
                    snapshot = build(snapshot, now);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "OAI-PMH catalog not rebuilt, the previous one is served: " + e, e);
                } finally {
                    rebuilding.set(false);
                }
            });
        }
        return s;
    }

    @Override
    public Page page(Filter filter, String afterId, int cursor, int size, Instant now) {
        return Page.of(current(now), filter, afterId, cursor, size);
    }

    @Override
    public long earliestDatestamp(Instant now) {
        return current(now).earliestDatestamp();
    }

    @Override
    public Map<String, OaiSet> sets(Instant now) {
        return current(now).sets();
    }

    @Override
    public void warmUp() {
        Thread t = new Thread(() -> {
            try {
                current(Instant.now());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "OAI-PMH catalog not built: " + e);
            }
        }, "fonds-oai-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void awaitRebuilt() throws InterruptedException {
        while (rebuilding.get()) Thread.sleep(10);
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
        List<String> skipped = new ArrayList<>();
        for (String id : ids) {
            try {
                Entry entry = entry(id, previous, sets);
                if (entry == null) continue;
                entries.add(entry);
                earliest = Math.min(earliest, entry.datestamp());
            } catch (RuntimeException e) {
                // a damaged object: left out of the lists, never the end of OAI-PMH (issue 15); verify names it
                skipped.add(id + " (" + e.getMessage() + ")");
            }
        }
        if (!skipped.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "OAI-PMH lists leave out " + skipped.size() + " damaged object(s): "
                    + String.join("; ", skipped.subList(0, Math.min(10, skipped.size()))));
        }
        return new Snapshot(List.copyOf(entries), Collections.unmodifiableMap(sets),
                earliest == Long.MAX_VALUE ? 0 : earliest, now);
    }

    /** The catalog entry of {@code id}, adding its sets to {@code sets}; null when it has nothing to disseminate. */
    private Entry entry(String id, Snapshot previous, TreeMap<String, OaiSet> sets) {
        List<VersionSummary> history = store.history(id);
        if (history.isEmpty()) return null;
        VersionSummary head = history.getLast();
        Optional<Entry> known = previous == null ? Optional.empty() : previous.find(id);
        List<OaiSet> itemSets;
        if (known.isPresent() && known.get().version() == head.version()) {
            itemSets = known.get().sets().stream().map(previous.sets()::get).toList();
        } else {
            Optional<ArchiveRecord> record = Catalog.record(store, id, head.version());
            if (record.isEmpty()) return null; // nothing to disseminate: GetRecord says why
            itemSets = SetSpecs.of(record.get());
        }
        List<String> specs = new ArrayList<>(itemSets.size());
        for (OaiSet set : itemSets) specs.add(sets.computeIfAbsent(set.spec(), k -> set).spec());
        return new Entry(id, head.version(), head.created().toEpochSecond(), List.copyOf(specs));
    }
}
