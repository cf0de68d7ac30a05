package org.fonds.record.stored;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One version of a stored document: its number, when and by what it was made, its two files. */
public record StoredVersion(String id, int version, OffsetDateTime created, String message, byte[] source,
                            String recordJson) {
    public StoredVersion {
        Objects.requireNonNull(id, "id");
    }
}
