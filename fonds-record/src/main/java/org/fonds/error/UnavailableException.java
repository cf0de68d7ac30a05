package org.fonds.error;

/** Something the archive needs is busy or out of reach for now; trying again later may work. */
public class UnavailableException extends FondsException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String code, String message, Throwable cause) {
        super(Failure.UNAVAILABLE, code, message, cause);
    }

    public UnavailableException(String code, String message) {
        super(Failure.UNAVAILABLE, code, message);
    }
}
