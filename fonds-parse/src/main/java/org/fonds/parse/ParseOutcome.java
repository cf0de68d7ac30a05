package org.fonds.parse;

import java.util.Objects;
import org.fonds.record.ArchiveRecord;

/** What parsing one input yields: a record (perhaps with warnings), or a refusal. Never an exception. */
public sealed interface ParseOutcome {
    String sourceName();

    record Accepted(String sourceName, ArchiveRecord record) implements ParseOutcome {
        public Accepted {
            Objects.requireNonNull(record, "record");
        }
    }

    record Refused(String sourceName, Refusal refusal) implements ParseOutcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
