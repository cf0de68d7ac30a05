package org.fonds.error;

import java.util.Objects;

/**
 * The one root of Fonds' own failures. Each carries a {@link Failure} kind, mapped once to an HTTP
 * status (in the web) and once to an exit code (in the command line), and a stable kebab-case
 * {@link #code()} that programs and tests can match on; the message is for a person and says what
 * to do. Anything else thrown is a bug.
 */
public abstract class FondsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Failure kind;
    private final String code;

    protected FondsException(Failure kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * An answer to a person rather than a bug: no stack trace is taken (cheap to throw for every
     * bad query, and nothing to debug).
     */
    protected FondsException(Failure kind, String code, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    public Failure kind() {
        return kind;
    }

    /** The stable code, such as {@code not-found} or {@code damaged-object}. */
    public String code() {
        return code;
    }
}
