package org.fonds.error;

/**
 * A request written wrongly, whoever sent it: a version that is no whole number, a page out of
 * range, a format Fonds does not write. The code names what was wrong.
 */
public final class InvalidRequestException extends FondsException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String code, String message) {
        super(Failure.USAGE, code, message);
    }
}
