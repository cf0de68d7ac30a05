package org.fonds.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.SearchResult.Snippet;
import org.fonds.search.schema.Facet;
import org.junit.jupiter.api.Test;

class SearchJsonTest {
    @Test
    void keysComeInTheOrderTheInterfaceNamesThem() {
        SearchResult r = new SearchResult(1, List.of(new Hit("d1", "Notes", "1956-11-02",
                List.of(new Snippet("note 3", "the <mark>crane</mark>")))), Map.of(Facet.YEAR, List.of(new FacetCount("1956", 1))));
        String json = SearchJson.of(r);
        assertThat(json).startsWith("{\"total\":1,\"totalExact\":true,\"hits\":[{\"id\":\"d1\",\"title\":\"Notes\",\"date\":\"1956-11-02\","
                + "\"snippets\":[{\"source\":\"note 3\",\"html\":\"the <mark>crane</mark>\"}]}]");
        assertThat(json).contains("\"year\":[{\"value\":\"1956\",\"count\":1}]");
    }
}
