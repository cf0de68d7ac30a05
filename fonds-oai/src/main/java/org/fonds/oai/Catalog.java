package org.fonds.oai;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.store.OcflStore;

/**
 * The derived table the lists are answered from: for every document, in id order, its latest
 * version, that version's datestamp and its sets. Why a table: a list request filters by datestamp
 * and set, and both live inside each object (the inventory, the record), so filtering the store
 * itself would read every object on every page. Two kinds: {@link StoredCatalog}, the table the
 * ingest keeps in the home ({@link CatalogTable}), read by query; and {@link ScannedCatalog}, built
 * by scanning the store, for a home that has no such table yet. {@code CatalogContractTest} holds
 * both to the same answers.
 */
interface Catalog {
    /** One disseminable document: the version the lists show and its datestamp in epoch seconds. */
    record Entry(String id, int version, long datestamp, List<String> sets) {
        public Entry {
            sets = List.copyOf(sets);
        }
    }

    /** The page of entries matching {@code filter} after {@code afterId} (null: from the start). */
    Page page(Filter filter, String afterId, int cursor, int size, Instant now);

    /** The earliest datestamp of any entry, 0 when there is none. */
    long earliestDatestamp(Instant now);

    /** Every set some entry is in, by spec, in spec order. */
    Map<String, OaiSet> sets(Instant now);

    /** Makes the catalog ready in the background, where that takes time. */
    default void warmUp() {
    }

    /** Waits until no background rebuild is running (for tests). */
    default void awaitRebuilt() throws InterruptedException {
    }

    /** A version's record, or empty when the store has none or holds one this reader cannot read. */
    static Optional<ArchiveRecord> record(OcflStore store, String id, int version) {
        return store.read(id, VersionRef.of(version)).flatMap(Catalog::parse);
    }

    static Optional<ArchiveRecord> parse(StoredVersion stored) {
        try {
            return Optional.of(RecordJson.read(stored.recordJson()));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
