package org.fonds.ingest;

import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Correction;
import org.fonds.record.Corrections;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.VersionRef;
import org.fonds.store.OcflStore;

/**
 * An editor's corrections outlive every new reading of the source (issue 17: "a correction wins over
 * the parser, and says so"): whether the reading comes from {@code reparse}, from ingesting the same
 * file again, or from a volume read again for its documents, the record stored carries the
 * corrections of the record it replaces, laid over the new reading.
 */
final class KeptCorrections {
    private KeptCorrections() {
    }

    /** {@code parsed} with the corrections of the stored object of its id laid over it; itself when there are none. */
    static ArchiveRecord over(OcflStore store, ArchiveRecord parsed) {
        if (!store.contains(parsed.id())) return parsed;
        return Corrections.keep(parsed, in(store, parsed.id()));
    }

    /** The corrections the latest stored record of {@code id} carries; none when it has none or does not read. */
    static List<Correction> in(OcflStore store, String id) {
        try {
            return store.readFile(id, VersionRef.LATEST, OcflStore.RECORD)
                    .map(json -> RecordJson.read(new String(json, java.nio.charset.StandardCharsets.UTF_8)).corrections())
                    .orElse(List.of());
        } catch (RuntimeException unreadable) {
            return List.of(); // a damaged object is written anew from its source, as before; verify names it
        }
    }
}
