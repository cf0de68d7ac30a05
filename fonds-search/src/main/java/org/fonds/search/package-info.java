/**
 * Search as the rest of Fonds sees it, whatever engine answers: a {@link org.fonds.search.SearchRequest}
 * in, a {@link org.fonds.search.SearchResult} out, through a {@link org.fonds.search.Searcher} (reading)
 * and a {@link org.fonds.search.SearchIndex} (writing), with the limits one search may cost and the
 * JSON the API and {@code fonds search --json} print. The embedded Lucene engine ({@code lucene}) and
 * SolrCloud ({@code org.fonds.solr}) implement the two interfaces and are held to the same answers by
 * one contract suite; code above this package names neither engine. The index is derived data,
 * rebuilt from the store, so nothing here is the only copy of anything.
 */
package org.fonds.search;
