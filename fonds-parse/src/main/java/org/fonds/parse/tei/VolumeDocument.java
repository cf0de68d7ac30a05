package org.fonds.parse.tei;

import java.util.Objects;
import org.fonds.record.ArchiveRecord;

/** One document of a volume: its div's bytes exactly as they stand in the file, and its record. */
public record VolumeDocument(byte[] source, ArchiveRecord record) {
    public VolumeDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
    }
}
