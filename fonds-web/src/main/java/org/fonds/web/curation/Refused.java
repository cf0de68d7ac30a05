package org.fonds.web.curation;

/**
 * A change request refused (HTTP 403): no session, an expired one, an account that may not edit, a
 * missing or wrong CSRF token, another origin. The message says which, for the person refused; it
 * never holds a token or a password.
 */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
        super(message, null, false, false);
    }
}
