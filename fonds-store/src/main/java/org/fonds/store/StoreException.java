package org.fonds.store;

/** The store could not do what was asked; the message says why in words a person can act on. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
