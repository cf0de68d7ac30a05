package org.fonds.record.stored;

import org.fonds.error.InvalidRequestException;

/**
 * Which version of a stored document is meant: the latest, or a numbered one (from 1). Replaces
 * the int where 0 meant "latest" and -1 "not a number", and is parsed from what a person wrote in
 * one place ({@link #parse}), so a page, the API and the command line answer a bad one alike.
 */
public sealed interface VersionRef {
    /** The document's newest version. */
    VersionRef LATEST = new Latest();

    /** Version {@code n}, from 1. */
    static VersionRef of(int n) {
        if (n < 1) throw new InvalidRequestException("bad-version", "a version is a whole number from 1 (got: " + n + ")");
        return new Numbered(n);
    }

    /**
     * What a person wrote for a version ({@code ?version=3}, {@code --version 3}): absent or empty
     * is the latest.
     *
     * @throws InvalidRequestException when it is not a whole number from 1
     */
    static VersionRef parse(String written) {
        if (written == null || written.isBlank()) return LATEST;
        try {
            return of(Integer.parseInt(written.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("bad-version", "a version is a whole number from 1 (got: " + written + ")");
        }
    }

    /** The number asked for, or empty for the latest. */
    default java.util.OptionalInt number() {
        return this instanceof Numbered(int n) ? java.util.OptionalInt.of(n) : java.util.OptionalInt.empty();
    }

    /** Words for a message: "" for the latest, " at version 3" otherwise. */
    default String atWords() {
        return this instanceof Numbered(int n) ? " at version " + n : "";
    }

    record Latest() implements VersionRef {
        @Override
        public String toString() {
            return "latest";
        }
    }

    record Numbered(int n) implements VersionRef {
        public Numbered {
            if (n < 1) throw new IllegalArgumentException("version from 1: " + n);
        }

        @Override
        public String toString() {
            return "v" + n;
        }
    }
}
