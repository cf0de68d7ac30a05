/**
 * The same search on a SolrCloud collection: the configset generated from {@code
 * org.fonds.search.schema} (never written by hand), the collection made by {@code fonds solr-init},
 * documents from the same {@code IndexDocument}, queries written in Solr's standard syntax with every
 * typed value escaped, and snippets cut by the same class as the embedded engine. It speaks to the
 * nodes over the JDK's HTTP client only (no ZooKeeper client, no Jetty), and answers exactly as the
 * Lucene engine does: one contract suite, run on a real two-node cluster, holds it to that.
 */
package org.fonds.solr;
