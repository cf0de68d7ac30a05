package org.fonds.cli;

/** A command was given options that cannot work together or cannot work here: exit 2 with this message. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message);
    }
}
