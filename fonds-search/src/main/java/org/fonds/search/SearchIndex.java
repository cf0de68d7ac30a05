package org.fonds.search;

import java.util.Collection;
import java.util.Map;
import org.fonds.deliberation.people.NameScan;
import org.fonds.deliberation.people.NameScanner;
import org.fonds.record.ArchiveRecord;

/**
 * The writing side of a search index, which is derived data: ingest puts each stored document at
 * its latest version, {@code reindex} rebuilds it from the store and {@code verify} compares it.
 */
public interface SearchIndex extends AutoCloseable {
    /** The version of {@code id} in the index as it was opened, or 0 when it was not there. */
    int indexedVersion(String id);

    /** Adds or replaces the document of {@code record} at {@code version}. */
    default void put(ArchiveRecord record, int version) {
        put(record, version, NameScanner.scan(record));
    }

    /** As {@link #put(ArchiveRecord, int)}, with the record's name scan made already (an ingest shares it with the tables). */
    void put(ArchiveRecord record, int version, NameScan names);

    /** Makes everything put so far durable and visible to searches. */
    void commit();

    /** Removes every document (before a rebuild). */
    void clear();

    /** Removes the documents of {@code ids}, at the next commit. */
    void delete(Collection<String> ids);

    /**
     * Forgets what was put or deleted since the last commit, where the engine can: a rebuild that
     * fails half-way must not leave a half-built index behind (issue 15). Lucene rolls back; a
     * SolrCloud collection has no rollback, so there the documents sent stay (they are the stored
     * versions, never worse than what they replace) and nothing is deleted.
     */
    void rollback();

    /** Id to version of every committed document. */
    Map<String, Integer> committed();

    /**
     * True when the index holds documents an older Fonds wrote ({@code schema.IndexFormat}): adding
     * to it would mix formats, so ingest refuses and asks for {@code fonds reindex}, which rewrites
     * every document and marks the index current with its commit.
     */
    default boolean olderFormat() {
        return false;
    }

    @Override
    void close();
}
