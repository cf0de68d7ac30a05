package org.fonds.store;

import java.util.Objects;
import org.fonds.record.ArchiveRecord;

/**
 * What ingest hands the store for one input: its bytes as read, where they came from, the record, and
 * whether the input was readable by its owner only ({@link OwnerOnly}).
 */
public record Deposit(byte[] source, String sourcePath, ArchiveRecord record, String agent, boolean ownerOnly) {
    public Deposit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(agent, "agent");
    }

    public Deposit(byte[] source, String sourcePath, ArchiveRecord record, String agent) {
        this(source, sourcePath, record, agent, false);
    }
}
