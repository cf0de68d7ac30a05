package org.fonds.parse;

import java.util.Objects;

/**
 * Why an input is not a record. {@code code} is stable ({@link RefusalCode}); {@code line} is the
 * 1-based line it applies to, or 0 where no line applies (an empty file).
 */
public record Refusal(RefusalCode code, String message, int line) {
    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** "NAME:LINE: message" (or "NAME: message"), the one line a person reads. */
    public String describe(String sourceName) {
        String where = line > 0 ? sourceName + ":" + line : sourceName;
        return where + ": " + code.code() + ": " + message;
    }
}
