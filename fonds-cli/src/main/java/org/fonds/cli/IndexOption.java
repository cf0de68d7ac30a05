package org.fonds.cli;

import java.util.Arrays;
import java.util.List;
import org.fonds.search.SearchBackend;
import org.fonds.solr.SolrBackend;
import picocli.CommandLine.Option;

/**
 * Where the search index lives: embedded in the archive home (the default), or in a collection of
 * a SolrCloud cluster. Taken by the commands that write or read the index.
 */
final class IndexOption {
    @Option(names = "--solr", paramLabel = "URLS", description = {
            "use a SolrCloud collection instead of the embedded index: node URLs, comma-separated,",
            "e.g. http://solr1:8983/solr (default: $FONDS_SOLR; unset: the embedded index)"})
    String solr;
    @Option(names = "--solr-collection", paramLabel = "NAME", defaultValue = "fonds",
            description = "the SolrCloud collection (default: ${DEFAULT-VALUE})")
    String collection;

    /** The SolrCloud collection asked for, or null for the index embedded in the home. */
    SearchBackend backend() {
        List<String> nodes = solrNodes();
        return nodes.isEmpty() ? null : new SolrBackend(nodes, collection);
    }

    boolean embedded() {
        return solrNodes().isEmpty();
    }

    List<String> solrNodes() {
        String urls = solr != null ? solr : System.getenv("FONDS_SOLR");
        if (urls == null || urls.isBlank()) return List.of();
        List<String> nodes = Arrays.stream(urls.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String n : nodes) {
            if (!n.startsWith("http://") && !n.startsWith("https://")) {
                // SolrJ 10 reads the cluster state over HTTP from the nodes; its ZooKeeper client
                // (solr-solrj-zookeeper 10) is not published, so a ZooKeeper address cannot be used
                throw new UsageError("--solr takes the URLs of Solr nodes (http://solr1:8983/solr,...), "
                        + "not a ZooKeeper address (got: " + n + ")");
            }
        }
        return nodes;
    }
}
