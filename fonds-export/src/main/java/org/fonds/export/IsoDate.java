package org.fonds.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The record's ISO dates read once; a malformed one counts as absent rather than failing an export. */
final class IsoDate {
    private IsoDate() {
    }

    static Optional<LocalDate> parse(String iso) {
        if (iso == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
