package org.fonds.record.stored;

import org.fonds.error.Failure;
import org.fonds.error.FondsException;

/**
 * A stored file failed its fixity check on reading, or is missing from its version: the stored
 * copy is damaged and must not be handed out as the preserved one. {@code fonds verify} lists every
 * such object; restoring it from a backup (or ingesting its source again) mends it.
 */
public final class DamagedObjectException extends FondsException {
    private static final long serialVersionUID = 1L;
    /** The stable code tools can match on. */
    public static final String CODE = "damaged-object";

    private final String id;
    private final String file;

    public DamagedObjectException(String id, String file, String why, Throwable cause) {
        super(Failure.DAMAGED, CODE, "the stored copy of " + file + " of document '" + id + "' is damaged: " + why
                + "; fonds verify lists every damaged object", cause);
        this.id = id;
        this.file = file;
    }

    /** The document whose object is damaged. */
    public String id() {
        return id;
    }

    /** The damaged file within the version ({@code source.txt} or {@code record.json}). */
    public String file() {
        return file;
    }
}
