package org.fonds.archive;

import java.time.Instant;
import org.fonds.archive.accounts.Account;
import org.fonds.error.NotFoundException;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.store.OcflStore;

/**
 * An editor's change of one record, written by {@link Archive#correct} as a new version of it: a
 * field set ({@link RecordCorrection}) or a decision or task added, removed or edited
 * ({@link ResolutionCorrection}). Checked in {@link #applyTo}, before anything is written.
 */
public sealed interface RecordChange permits RecordCorrection, ResolutionCorrection {
    String id();

    RecordCorrection.Applied applyTo(StoredVersion head, Account editor, Instant now);

    /** The stored head of the record, or not found. */
    default StoredVersion head(OcflStore store) {
        return store.read(id(), VersionRef.LATEST).orElseThrow(() -> new NotFoundException("no document '" + id() + "'"));
    }
}
