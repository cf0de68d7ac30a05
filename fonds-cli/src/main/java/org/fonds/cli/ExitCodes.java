package org.fonds.cli;

import org.fonds.error.Failure;

/** The exit statuses of spec/INTERFACES.md. */
final class ExitCodes {
    static final int OK = 0;
    /** The command ran but found problems (failed verification, refused inputs during ingest). */
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    /** Bad input data: a file that is not a record (sysexits EX_DATAERR). */
    static final int DATA = 65;
    /** A bug or an environment failure (sysexits EX_SOFTWARE). */
    static final int SOFTWARE = 70;

    /**
     * The one mapping of a failure's kind to an exit status (spec/INTERFACES.md): what the user can
     * mend (a busy home, a Solr cluster out of reach, a damaged copy, a missing document) is 1, as a
     * command that ran and found a problem; wrong usage is 2; the machine's failure (a full disk, a
     * read-only home, named with file and stage) and a bug are 70.
     */
    static int of(Failure kind) {
        return switch (kind) {
            case USAGE, BAD_INPUT -> USAGE;
            case NOT_FOUND, DAMAGED, UNAVAILABLE -> PROBLEMS;
            case ENVIRONMENT, INTERNAL -> SOFTWARE;
        };
    }

    private ExitCodes() {
    }
}
