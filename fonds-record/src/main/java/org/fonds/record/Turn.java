package org.fonds.record;

import java.util.List;

/** A passage attributed to named speakers ("Cde. Zhukov—..."), with the notes it refers to. */
public record Turn(List<String> speakers, String text, List<Integer> noteRefs) {
    public Turn {
        speakers = List.copyOf(speakers);
        noteRefs = List.copyOf(noteRefs);
        if (speakers.isEmpty()) {
            throw new IllegalArgumentException("a turn needs at least one speaker");
        }
    }
}
