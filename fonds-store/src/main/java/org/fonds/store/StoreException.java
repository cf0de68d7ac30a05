package org.fonds.store;

import org.fonds.error.Failure;
import org.fonds.error.FondsException;

/**
 * The store could not do what was asked (the disk, the home's lock, the journal); the message says
 * why in words a person can act on. A user's to mend, not a bug.
 */
public class StoreException extends FondsException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(Failure.UNAVAILABLE, "store-unavailable", message, null);
    }

    /** With an I/O error as its cause it is the machine's failure (a full disk, a read-only home): exit 70. */
    public StoreException(String message, Throwable cause) {
        super(cause instanceof java.io.IOException ? Failure.ENVIRONMENT : Failure.UNAVAILABLE,
                cause instanceof java.io.IOException ? "io-error" : "store-unavailable", message, cause);
    }

    protected StoreException(Failure kind, String code, String message, Throwable cause) {
        super(kind, code, message, cause);
    }
}
