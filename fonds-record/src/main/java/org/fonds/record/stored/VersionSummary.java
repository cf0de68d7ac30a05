package org.fonds.record.stored;

import java.time.OffsetDateTime;

/** A line of a document's history: version number, time, and what made it. */
public record VersionSummary(int version, OffsetDateTime created, String message) {
}
