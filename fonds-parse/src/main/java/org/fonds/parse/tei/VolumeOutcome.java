package org.fonds.parse.tei;

import java.util.Objects;
import org.fonds.parse.Refusal;

/** What reading a TEI volume yields: the volume, or a refusal with the line and column where it broke. */
public sealed interface VolumeOutcome {
    record Read(Volume volume) implements VolumeOutcome {
        public Read {
            Objects.requireNonNull(volume, "volume");
        }
    }

    record Refused(Refusal refusal) implements VolumeOutcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
