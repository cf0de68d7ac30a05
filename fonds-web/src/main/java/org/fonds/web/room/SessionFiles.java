package org.fonds.web.room;

import java.util.List;
import java.util.function.Function;
import org.fonds.archive.Documents;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.VersionRef;

/**
 * The archival file a session's record cites ("TsKhSD, F. 3, Op. 12, D. 1006, Ll. 23-29"), read from
 * the stored record: the session tables keep no archival references, and only sessions of one day
 * that share a title ask for it ({@link SessionNames#apart}), so a page reads a few records at most.
 */
final class SessionFiles implements Function<String, String> {
    private final Documents archive;

    SessionFiles(Documents archive) {
        this.archive = archive;
    }

    /** The references' words joined by "; ", or null when the record cites none or is not stored. */
    @Override
    public String apply(String documentId) {
        ArchiveRecord r = archive.read(documentId, VersionRef.LATEST).map(v -> RecordJson.read(v.recordJson())).orElse(null);
        if (r == null || r.archivalReferences() == null || r.archivalReferences().isEmpty()) return null;
        List<String> texts = r.archivalReferences().stream().map(ArchivalReference::text).filter(t -> t != null && !t.isBlank()).toList();
        return texts.isEmpty() ? null : String.join("; ", texts);
    }
}
