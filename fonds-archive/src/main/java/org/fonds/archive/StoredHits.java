package org.fonds.archive;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.search.AllHits;

/** The latest stored version of each hit, read as they are asked for; a hit no longer stored is passed over. */
final class StoredHits implements Iterator<StoredVersion> {
    private final AllHits hits;
    private final Documents documents;
    private StoredVersion ahead;

    StoredHits(AllHits hits, Documents documents) {
        this.hits = hits;
        this.documents = documents;
    }

    @Override
    public boolean hasNext() {
        while (ahead == null && hits.hasNext()) ahead = documents.read(hits.next().id(), VersionRef.LATEST).orElse(null);
        return ahead != null;
    }

    @Override
    public StoredVersion next() {
        if (!hasNext()) throw new NoSuchElementException();
        StoredVersion v = ahead;
        ahead = null;
        return v;
    }
}
