package org.fonds.record;

import java.util.List;

/** A translator's note: its number, its text without the number, the archival references in it. */
public record Note(int n, String text, List<ArchivalReference> archivalReferences) {
    public Note {
        if (n < 1) {
            throw new IllegalArgumentException("note numbers start at 1 (got: " + n + ")");
        }
        archivalReferences = List.copyOf(archivalReferences);
    }
}
