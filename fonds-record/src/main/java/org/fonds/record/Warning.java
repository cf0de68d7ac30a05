package org.fonds.record;

import java.util.Objects;

/**
 * A recoverable problem in an accepted record. {@code code} is stable (tools and tests match on
 * it, see {@code WarningCode}); {@code line} is the 1-based line of the source file.
 */
public record Warning(String code, String message, int line) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
