package org.fonds.deliberation.people;

import java.util.Objects;
import org.fonds.record.ArchiveRecord;

/**
 * One record's {@link NameScan}, made when first asked and then kept: an ingest worker asks for it
 * for the index's {@code person} field and again for the tables' extract. One worker holds it, so
 * it is not thread-safe. A scan that throws is not kept: each asker meets the failure in its own
 * step (the index names the record as not indexed, the tables read it from the store), as when
 * each scanned for itself.
 */
public final class RecordNames {
    private final ArchiveRecord record;
    private NameScan scan;

    private RecordNames(ArchiveRecord record) {
        this.record = Objects.requireNonNull(record, "record");
    }

    public static RecordNames of(ArchiveRecord record) {
        return new RecordNames(record);
    }

    public ArchiveRecord record() {
        return record;
    }

    public NameScan scan() {
        if (scan == null) scan = NameScanner.scan(record);
        return scan;
    }
}
