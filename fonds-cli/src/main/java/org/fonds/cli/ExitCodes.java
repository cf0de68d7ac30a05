package org.fonds.cli;

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

    private ExitCodes() {
    }
}
