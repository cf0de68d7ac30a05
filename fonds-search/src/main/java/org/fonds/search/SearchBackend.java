package org.fonds.search;

import java.util.Map;

/**
 * Where an archive's search index lives: embedded beside the store (Lucene, the default) or in a
 * SolrCloud collection. The archive opens its writing side for an ingest or a rebuild, its reading
 * side to serve, and reads what it holds committed to verify it; nothing else needs to know which.
 */
public interface SearchBackend {
    /** Opens the index for writing; the caller closes it. */
    SearchIndex openIndex();

    /** Opens the index for searching; the caller closes it. */
    Searcher openSearcher();

    /** What the index holds committed, read without a writer or a lock (verify runs beside an ingest). */
    Map<String, Integer> committed();

    /** Where it is, for messages: a folder, or a collection and its nodes. */
    String describe();
}
