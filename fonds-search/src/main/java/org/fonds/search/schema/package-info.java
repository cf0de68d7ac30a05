/**
 * The one definition of the index: its fields, facets, analysis chains (by the factory names Lucene's
 * {@code CustomAnalyzer} and Solr's {@code schema.xml} both read), the fields each query scope
 * searches with their weights, the order of facet counts, and the index format that refuses an index
 * an older Fonds wrote. Both engines are made from these values, which is what keeps them from
 * drifting apart; a field is added here and nowhere else, and raises {@link
 * org.fonds.search.schema.IndexFormat#CURRENT}.
 */
package org.fonds.search.schema;
