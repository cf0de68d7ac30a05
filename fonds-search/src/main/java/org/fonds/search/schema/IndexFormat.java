package org.fonds.search.schema;

/**
 * The format of an index, written with every commit (Lucene's commit data; the Solr schema's name),
 * so that an index an older Fonds wrote is refused with what to do rather than searched wrongly: a
 * facet it lacks would count nothing and filter every document out. Raise {@link #CURRENT} when a
 * field or facet is added or changes meaning, and say here what changed.
 *
 * <ol>
 *   <li>each facet in a field of its own (an index with all facets in one field is also refused);</li>
 *   <li>the record's {@code kind} as a field and a facet; the codes of its warnings as a facet.</li>
 * </ol>
 */
public final class IndexFormat {
    public static final int CURRENT = 2;
    /** The key of Lucene's commit data that holds the format. */
    public static final String KEY = "fonds.index.format";
    /** The name of the Solr schema of this format. */
    public static final String SOLR_SCHEMA = "fonds-" + CURRENT;
    public static final String OLDER = "the search index was written by an older Fonds; rebuild it with `fonds reindex`";

    private IndexFormat() {}

    /** The format a commit's data says, 1 for an index written before formats were marked. */
    public static int of(java.util.Map<String, String> commitData) {
        String v = commitData.get(KEY);
        try {
            return v == null ? 1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
