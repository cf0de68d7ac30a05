package org.fonds.error;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * The machine failed an operation: a full disk, a read-only home, an I/O error. The message names
 * the stage (ingest, reindex, ...), the file where it is known, what the system said, and that what
 * was stored before is kept; spec/INTERFACES.md gives it exit status 70.
 */
public final class EnvironmentException extends FondsException {
    private static final long serialVersionUID = 1L;

    private EnvironmentException(String code, String message, Throwable cause) {
        super(Failure.ENVIRONMENT, code, message, cause);
    }

    /**
     * {@code failure} as an environment failure of {@code stage} when an I/O error lies under it;
     * else {@code failure} itself, unchanged (a bug stays a bug, and Fonds' own failures keep
     * their kind).
     */
    public static RuntimeException of(String stage, RuntimeException failure) {
        if (failure instanceof FondsException f && f.kind() != Failure.ENVIRONMENT) return failure;
        if (failure instanceof EnvironmentException) return failure;
        IOException io = ioUnder(failure);
        if (io == null) return failure;
        String file = fileOf(failure);
        boolean full = said(failure, "No space left on device");
        String what = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        String message = stage + ": " + (file != null ? file + ": " : "") + (full ? "the disk is full" : what)
                + "; what was stored before is kept" + (full ? "; free space on that disk and run it again" : "; mend the cause and run it again");
        return new EnvironmentException(full ? "disk-full" : "io-error", message, failure);
    }

    private static IOException ioUnder(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) return io;
        }
        return null;
    }

    private static String fileOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FileSystemException fs && fs.getFile() != null) return fs.getFile();
        }
        return null;
    }

    private static boolean said(Throwable t, String words) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains(words)) return true;
        }
        return false;
    }
}
