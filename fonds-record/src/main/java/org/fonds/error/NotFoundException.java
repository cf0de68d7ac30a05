package org.fonds.error;

/** No such document, version, person, session or page. */
public final class NotFoundException extends FondsException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(Failure.NOT_FOUND, "not-found", message);
    }
}
