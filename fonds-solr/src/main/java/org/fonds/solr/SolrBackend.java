package org.fonds.solr;

import java.util.List;
import java.util.Map;
import org.fonds.search.SearchBackend;
import org.fonds.search.SearchIndex;
import org.fonds.search.Searcher;

/** A collection of a SolrCloud cluster, reached through the URLs of its nodes. */
public record SolrBackend(List<String> nodes, String collection) implements SearchBackend {
    public SolrBackend {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) throw new IllegalArgumentException("a Solr backend needs at least one node URL");
    }

    @Override
    public SearchIndex openIndex() {
        return SolrEngine.connect(nodes, collection);
    }

    @Override
    public Searcher openSearcher() {
        return SolrEngine.connect(nodes, collection);
    }

    @Override
    public Map<String, Integer> committed() {
        try (SolrEngine solr = SolrEngine.connect(nodes, collection)) {
            return solr.committed();
        }
    }

    @Override
    public String describe() {
        return "the SolrCloud collection " + collection + " at " + String.join(",", nodes);
    }
}
