package org.fonds.cli;

import org.fonds.error.Failure;
import org.fonds.error.FondsException;

/** A command was given options that cannot work together or cannot work here: exit 2 with this message. */
final class UsageError extends FondsException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(Failure.USAGE, "usage", message);
    }
}
