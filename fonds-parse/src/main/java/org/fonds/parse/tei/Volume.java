package org.fonds.parse.tei;

import java.util.List;
import java.util.Objects;
import org.fonds.record.ArchiveRecord;

/**
 * A TEI volume read: its own record (the volume as a whole: title, publisher, list of persons), kept
 * with the whole file as its source, and one document per {@code div[@type='document']} in order.
 */
public record Volume(ArchiveRecord record, List<VolumeDocument> documents) {
    public Volume {
        Objects.requireNonNull(record, "record");
        documents = List.copyOf(documents);
    }
}
