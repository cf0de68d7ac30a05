package org.fonds.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.SearchIndex;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.Searcher;
import org.fonds.search.SortOrder;
import org.fonds.search.contract.SearchContract;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.search.lucene.LuceneSearcher;
import org.fonds.search.schema.Facet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search contract on a real two-node SolrCloud (Solr 9 in a JVM of its own), each collection
 * with two shards, made by {@link SolrCollections} as a user's would be; and the same questions put
 * to the embedded Lucene engine over the same records, which must answer identically.
 */
class SolrContractTest extends SearchContract {
    @TempDir
    static Path dir;
    private static SolrCloudFixture cluster;

    private SolrCloudFixture cluster() {
        try {
            if (cluster == null) cluster = SolrCloudFixture.start(dir.resolve("cluster"));
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the SolrCloud cluster", e);
        }
    }

    @Override
    protected SearchIndex openIndex(String name) {
        assertThat(SolrCollections.create(cluster().nodeUrls(), name, 2, 1)).as("collection %s is new", name).isTrue();
        return SolrEngine.connect(cluster().nodeUrls(), name);
    }

    @Override
    protected Searcher openSearcher(String name) {
        return SolrEngine.connect(cluster().nodeUrls(), name);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @Test
    void theCollectionIsSpreadOverTwoShardsAndKnowsWhatItHolds() {
        try (SolrEngine engine = SolrEngine.connect(cluster().nodeUrls(), "mixed")) {
            Map<String, Integer> held = engine.committed();
            assertThat(held).hasSize(mixed.size()).containsEntry("wcda-111884", 1);
            assertThat(engine.indexedVersion("wcda-111884")).isEqualTo(1);
            assertThat(engine.indexedVersion("no-such-id")).isZero();
        }
        assertThat(SolrCollections.create(cluster().nodeUrls(), "mixed", 2, 1)).as("an existing collection is left alone").isFalse();
    }

    @Test
    void luceneAndSolrAnswerEveryQuestionAlike() {
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("lucene-mixed"))) {
            for (ArchiveRecord r : mixed) index.put(r, 1);
            index.commit();
        }
        List<SearchRequest> questions = new ArrayList<>();
        for (String q : List.of("", "Kadar", "\"Pancha Shila\"", "person:Chruschtschow", "Khrush*", "Khrushchov~1",
                "troops AND NOT Hungary", "(Zhukov OR Konev) AND date:[1956-10-01 TO 1956-12-31]", "year:[1955 TO 1957]",
                "title:session", "notes:protocol", "delo:1006", "language:russian", "speaker:Molotov", "—")) {
            questions.add(new SearchRequest(q, Map.of(), SortOrder.DATE, 1, 20));
            questions.add(new SearchRequest(q, Map.of(), SortOrder.DATE_DESC, 2, 5));
            questions.add(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, 100));
        }
        questions.add(SearchRequest.of("").withFilter(Facet.YEAR, "1956", "1960").withFilter(Facet.TYPE, "working notes"));
        try (LuceneSearcher lucene = LuceneSearcher.open(dir.resolve("lucene-mixed"))) {
            for (SearchRequest q : questions) {
                SearchResult l = lucene.search(q);
                SearchResult s = mixedSearch.search(q);
                assertThat(s.total()).as("total of %s", q).isEqualTo(l.total());
                sameFacets(q, l, s);
                if (q.sort() == SortOrder.RELEVANCE) {
                    // scores differ across shards (each shard has its own term statistics), so the
                    // order does, and which hits make a page when more match than it holds
                    assertThat(s.hits()).as("hits of %s", q).hasSameSizeAs(l.hits());
                    if (l.total() <= q.size()) assertThat(byId(s.hits())).as("hits of %s", q).isEqualTo(byId(l.hits()));
                } else {
                    assertThat(s.hits()).as("hits of %s", q).isEqualTo(l.hits());
                }
            }
        }
    }

    /**
     * The same counts in the same order and the same values, except where a facet is cut at {@link
     * Facet#TOP} inside a run of equal counts: which of the tied values make the cut may differ, since
     * each shard of a distributed facet proposes its own top values.
     */
    private static void sameFacets(SearchRequest q, SearchResult lucene, SearchResult solr) {
        assertThat(solr.facets().keySet()).isEqualTo(lucene.facets().keySet());
        for (Facet f : lucene.facets().keySet()) {
            List<FacetCount> l = lucene.facets().get(f);
            List<FacetCount> s = solr.facets().get(f);
            assertThat(s).extracting(FacetCount::count).as("%s counts of %s", f, q).isEqualTo(l.stream().map(FacetCount::count).toList());
            long tied = l.size() == Facet.TOP ? l.getLast().count() : -1;
            assertThat(s.stream().filter(c -> c.count() != tied).toList()).as("%s values of %s", f, q)
                    .isEqualTo(l.stream().filter(c -> c.count() != tied).toList());
        }
    }

    private static Map<String, Hit> byId(List<Hit> hits) {
        Map<String, Hit> out = new HashMap<>();
        for (Hit h : hits) out.put(h.id(), h);
        return out;
    }
}
