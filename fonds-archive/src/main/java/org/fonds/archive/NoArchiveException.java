package org.fonds.archive;

import java.nio.file.Path;
import org.fonds.error.Failure;
import org.fonds.error.FondsException;

/** A command that reads a home was pointed at a folder that holds none: the caller's mistake. */
public final class NoArchiveException extends FondsException {
    private static final long serialVersionUID = 1L;

    NoArchiveException(Path root) {
        super(Failure.USAGE, "no-archive", "no archive home at " + root
                + " (no ocfl/ folder there); give --home, or ingest files to make one");
    }
}
