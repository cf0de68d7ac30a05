package org.fonds.store;

import java.util.Objects;
import org.fonds.record.ArchiveRecord;

/**
 * What ingest hands the store for one input: its bytes as read, where they came from, the record, and
 * whether the input was readable by its owner only ({@link OwnerOnly}). An editor's correction names
 * the editor as {@code agent} and says what and why in {@code message}; null means "ingest of SOURCE".
 */
public record Deposit(byte[] source, String sourcePath, ArchiveRecord record, String agent, boolean ownerOnly, String message) {
    public Deposit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(agent, "agent");
    }

    public Deposit(byte[] source, String sourcePath, ArchiveRecord record, String agent, boolean ownerOnly) {
        this(source, sourcePath, record, agent, ownerOnly, null);
    }

    public Deposit(byte[] source, String sourcePath, ArchiveRecord record, String agent) {
        this(source, sourcePath, record, agent, false);
    }
}
