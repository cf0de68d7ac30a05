package org.fonds.web.room;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.fonds.archive.Documents;
import org.fonds.deliberation.read.Tables;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.VersionRef;

/**
 * The archival file a session's record cites ("TsKhSD, F. 3, Op. 12, D. 1006, Ll. 23-29"), read from
 * the stored record: the session tables keep no archival references, and only sessions of one day
 * that share a title ask for it ({@link SessionNames#apart}).
 *
 * <p>Where many sessions of one day share a title (a generated archive of 100,000 records has dozens a
 * day), a page of the list of sessions read a hundred records, 44 ms at the median (BENCHMARKS, "serve's
 * first page under a second"). So the files read are kept while the tables are unchanged
 * ({@link Tables#keptWhileUnchanged}: a server's tables, until anything commits to them): every write of
 * a record to the store is followed by its tables' commit, so unchanged tables mean unchanged records.
 * Tables that cannot tell (memory tables, a writer's) keep nothing: each answer is read again.
 */
final class SessionFiles {
    /** Files kept for one tables' version at most (a short text each); past it the kept ones are dropped. */
    static final int KEPT = 20_000;
    private final Documents archive;

    SessionFiles(Documents archive) {
        this.archive = archive;
    }

    /** The files of the records of {@code tables}' sessions, by document id, kept while the tables are unchanged. */
    Function<String, String> of(Tables tables) {
        Map<String, Optional<String>> kept = tables.keptWhileUnchanged("session-files", ConcurrentHashMap::new);
        return id -> {
            Optional<String> known = kept.get(id);
            if (known != null) return known.orElse(null);
            Optional<String> read = Optional.ofNullable(read(id));
            if (kept.size() >= KEPT) kept.clear();
            kept.put(id, read);
            return read.orElse(null);
        };
    }

    /** The references' words joined by "; ", or null when the record cites none or is not stored. */
    String read(String documentId) {
        ArchiveRecord r = archive.read(documentId, VersionRef.LATEST).map(v -> RecordJson.read(v.recordJson())).orElse(null);
        if (r == null || r.archivalReferences() == null || r.archivalReferences().isEmpty()) return null;
        List<String> texts = r.archivalReferences().stream().map(ArchivalReference::text).filter(t -> t != null && !t.isBlank()).toList();
        return texts.isEmpty() ? null : String.join("; ", texts);
    }
}
