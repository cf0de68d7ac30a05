/**
 * Test support only: a two-node SolrCloud (ZooKeeper and two Solr nodes) run in a JVM of its own,
 * which other modules' tests start as a process and read the node addresses from. It lives apart
 * because Solr 9's server classes and Javalin 7 cannot share a classpath; nothing in Fonds itself
 * depends on it.
 */
package org.fonds.solrcluster;
