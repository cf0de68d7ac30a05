package org.fonds.record;

import java.util.Objects;

/** The days a document spans, as ISO dates ({@code from} not after {@code to}). */
public record DateRange(String from, String to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("date range runs backwards (got: " + from + " to " + to + ")");
        }
    }
}
