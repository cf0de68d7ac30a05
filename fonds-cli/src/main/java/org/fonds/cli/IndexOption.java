package org.fonds.cli;

import org.fonds.search.SearchIndex;
import org.fonds.search.Searcher;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.search.lucene.LuceneSearcher;
import org.fonds.store.ArchiveHome;

/**
 * Where the search index lives: embedded in the archive home (the default), or on a Solr cluster.
 * Taken by the commands that write or read the index.
 */
final class IndexOption {
    /** Opens the index for writing. */
    SearchIndex openIndex(ArchiveHome archive) {
        return LuceneIndex.open(archive.index());
    }

    /** Opens the index for searching. */
    Searcher openSearcher(ArchiveHome archive) {
        return LuceneSearcher.open(archive.index());
    }
}
