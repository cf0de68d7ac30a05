package org.fonds.ingest;

import org.fonds.record.stored.VersionRef;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fonds.record.RecordJson;
import org.fonds.search.SearchIndex;
import org.fonds.store.OcflStore;
import org.fonds.record.stored.StoredVersion;

/**
 * Rebuilds the index from the store, the truth: every document at its latest version, nothing else.
 *
 * <p>It cannot lose (issue 15). The index is not emptied first: every readable document replaces its
 * entry, and only once all are in are the entries of documents no longer stored removed, in the one
 * commit at the end. A document that cannot be read (a damaged object, a record this reader cannot
 * read) is skipped and reported, and keeps the entry it had, so search still finds it. A failure of
 * the index itself (a full disk) rolls back to the index as it was. Searchers see the old index until
 * the commit and the new one after it, never a half-built one.
 */
public final class Reindex {
    private Reindex() {
    }

    /**
     * What a reindex did.
     *
     * @param indexed documents put in the index from the store
     * @param before documents the index held before
     * @param after documents the index holds now
     * @param skipped documents that could not be read, each with the reason
     */
    public record Report(int indexed, int before, int after, List<RecordProblem> skipped) {
        /** True when every stored document was indexed. */
        public boolean complete() {
            return skipped.isEmpty();
        }
    }

    public static Report run(OcflStore store, SearchIndex index) {
        Map<String, Integer> before = index.committed();
        List<String> ids = store.ids().sorted().toList();
        List<RecordProblem> skipped = new ArrayList<>();
        int indexed = 0;
        try {
            for (String id : ids) {
                Optional<StoredVersion> head = read(store, id, skipped);
                if (head.isEmpty()) continue;
                try {
                    index.put(RecordJson.read(head.get().recordJson()), head.get().version());
                    indexed++;
                } catch (UncheckedIOException e) {
                    throw e; // the index's disk, not the record: stop and roll back
                } catch (RuntimeException | StackOverflowError e) {
                    skipped.add(RecordProblem.of(id, RecordProblem.REINDEX, e)); // this record: a record JSON or text nothing can index
                }
            }
            Set<String> gone = new HashSet<>(before.keySet());
            ids.forEach(gone::remove);
            index.delete(gone);
            index.commit();
        } catch (RuntimeException | Error e) {
            index.rollback();
            throw e;
        }
        return new Report(indexed, before.size(), index.committed().size(), List.copyOf(skipped));
    }

    private static Optional<StoredVersion> read(OcflStore store, String id, List<RecordProblem> skipped) {
        try {
            return store.read(id, VersionRef.LATEST); // empty when removed while we ran: not stored, so not indexed
        } catch (RuntimeException e) {
            skipped.add(RecordProblem.of(id, RecordProblem.REINDEX, e));
            return Optional.empty();
        }
    }
}
