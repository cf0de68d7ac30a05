package org.fonds.record;

/** A note marker found in the contents: note {@code n} is referenced at {@code offset} in the body. */
public record NoteMarker(int n, int offset) {
    public NoteMarker {
        if (n < 1 || offset < 0) {
            throw new IllegalArgumentException("bad note marker (got: n=" + n + ", offset=" + offset + ")");
        }
    }
}
