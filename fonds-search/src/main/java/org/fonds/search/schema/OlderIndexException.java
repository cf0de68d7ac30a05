package org.fonds.search.schema;

import org.fonds.error.UnavailableException;

/**
 * The index was written by an older Fonds ({@link IndexFormat}): searching it would count and
 * filter wrongly, and adding to it would mix formats. Unavailable until {@code fonds reindex}
 * rewrites it; nothing stored is at risk.
 */
public final class OlderIndexException extends UnavailableException {
    private static final long serialVersionUID = 1L;

    public OlderIndexException() {
        super("index-older-format", IndexFormat.OLDER);
    }
}
