package org.fonds.cli;

import java.util.Arrays;
import java.util.List;
import org.fonds.search.SearchIndex;
import org.fonds.search.Searcher;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.search.lucene.LuceneSearcher;
import org.fonds.solr.SolrEngine;
import org.fonds.store.ArchiveHome;
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

    /** Opens the index for writing. */
    SearchIndex openIndex(ArchiveHome archive) {
        List<String> nodes = solrNodes();
        return nodes.isEmpty() ? LuceneIndex.open(archive.index()) : SolrEngine.connect(nodes, collection);
    }

    /** What the index holds committed, read only: no writer, no lock (verify runs beside an ingest). */
    java.util.Map<String, Integer> committed(ArchiveHome archive) {
        List<String> nodes = solrNodes();
        if (nodes.isEmpty()) return LuceneIndex.committedIn(archive.index());
        try (SolrEngine solr = SolrEngine.connect(nodes, collection)) {
            return solr.committed();
        }
    }

    /** Opens the index for searching. */
    Searcher openSearcher(ArchiveHome archive) {
        List<String> nodes = solrNodes();
        return nodes.isEmpty() ? LuceneSearcher.open(archive.index()) : SolrEngine.connect(nodes, collection);
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
