/**
 * The embedded search engine: an index in the archive home written by {@link
 * org.fonds.search.lucene.LuceneIndex} and searched by {@link org.fonds.search.lucene.LuceneSearcher}
 * (drill-sideways facet counts, snippets by {@code snippet}), with queries built as Lucene objects from
 * the parsed tree, never through Lucene's own query parser. Fields and analyzers come from {@code
 * schema}; what this package decides on its own must also hold on SolrCloud, which the contract suite checks.
 */
package org.fonds.search.lucene;
