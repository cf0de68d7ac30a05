package org.fonds.archive;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fonds.ingest.RecordProblem;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.stored.KeptProblem;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;

/**
 * The stored documents as readers see them: every read is fixity checked, and a damaged copy is
 * thrown as a {@code DamagedObjectException}, never handed out as the preserved one.
 */
public interface Documents {
    /** A version of a document with both its files. */
    Optional<StoredVersion> read(String id, VersionRef version);

    /** The record of a version alone, as stored (JSON): a damaged source must not keep it from being served. */
    Optional<byte[]> recordJson(String id, VersionRef version);

    /** The source of a version alone, byte for byte as received. */
    Optional<byte[]> source(String id, VersionRef version);

    /** The latest record of a document, parsed. */
    Optional<ArchiveRecord> record(String id);

    /** Every version of a document, oldest first; empty when there is no such document. */
    List<VersionSummary> history(String id);

    /** Every stored document's id, in no order; close the stream. */
    Stream<String> ids();

    /** The inputs the archive refused, kept with why. */
    List<KeptProblem> problems();

    /** The stored documents a later stage (the index, the derived tables) went on without, with why. */
    List<RecordProblem> skipped();
}
