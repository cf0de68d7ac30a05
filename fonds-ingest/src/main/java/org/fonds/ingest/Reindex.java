package org.fonds.ingest;

import java.util.List;
import org.fonds.search.SearchIndex;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.store.OcflStore;
import org.fonds.store.StoredVersion;

/** Rebuilds the index from the store, the truth: every document at its latest version, nothing else. */
public final class Reindex {
    private Reindex() {
    }

    /** Returns the number of documents indexed. */
    public static int run(OcflStore store, SearchIndex index) {
        index.clear();
        List<String> ids = store.ids().sorted().toList();
        for (String id : ids) {
            StoredVersion head = store.read(id, 0).orElseThrow();
            ArchiveRecord record = RecordJson.read(head.recordJson());
            index.put(record, head.version());
        }
        index.commit();
        return ids.size();
    }
}
