package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fonds.deliberation.Deliberations;
import org.fonds.parse.NeedsShared;
import org.fonds.record.RecordJson;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SortOrder;
import org.fonds.search.schema.Facet;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a search counts works, not files. The Presidium notes of 21 and of 23 October 1956 as the
 * Wilson Center's archive gives them (real records 03, 04) and as the National Security Archive does
 * (18, 19) are two works with two sources each: a search matching both sources lists the work once,
 * the other source under it, and every facet value counts the work once. The facet counts are checked
 * against a brute-force count: every matching file's own values, grouped by work.
 */
@NeedsShared({"corpus/seeds", "corpus/real/docs"})
class WorkSearchTest {
    private static final List<String> REAL = List.of("03_presidium_1956-10-21.txt", "04_presidium_1956-10-23.txt",
            "18_nsa_presidium_1956-10-21.txt", "19_nsa_presidium_1956-10-23.txt", "06_presidium_1956-11-03.txt");
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static Deliberations d;

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 0, REAL);
        d = archive.deliberations();
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close();
    }

    @Test
    void the_real_pairs_are_two_works_of_two_sources() {
        assertThat(d.copies()).hasSize(2).allSatisfy(c -> assertThat(c).hasSize(2));
    }

    @Test
    void a_work_matched_in_both_sources_is_one_hit_with_the_other_source_under_it() throws Exception {
        for (String q : List.of("Mikoyan", "Khrushchev AND Hungary", "")) {
            SearchResult files = files(q, Map.of());
            Set<String> fileIds = ids(files);
            JsonNode works = api(q, "");
            List<String> listed = new ArrayList<>();
            works.get("hits").forEach(h -> listed.add(h.get("id").asText()));
            int grouped = 0;
            for (List<String> pair : d.copies()) {
                if (!fileIds.containsAll(pair)) continue;
                grouped++;
                assertThat(listed).as(q).contains(pair.get(0)).doesNotContain(pair.get(1));
                JsonNode first = hit(works, pair.get(0));
                assertThat(first.get("copies").get(0).asText()).isEqualTo(pair.get(1));
            }
            assertThat(grouped).as("both sources of a work match '" + q + "'").isPositive();
            assertThat(works.get("total").asLong()).as(q).isEqualTo(files.total() - grouped);
            assertThat(listed).hasSize((int) (files.total() - grouped));
        }
    }

    @Test
    void every_facet_value_counts_a_work_once() throws Exception {
        assertFacetsCountWorks("Mikoyan", "", Map.of());
        assertFacetsCountWorks("", "", Map.of());
        // a selected facet is counted under every other filter: its sideways counts count works too
        assertFacetsCountWorks("Mikoyan", "&facet.year=1956", Map.of(Facet.YEAR, Set.of("1956")));
        // a value only one source of a work has (the two publishers read its people a little differently):
        // under that filter one source matches, but the facet's own counts are taken without it, over both
        Map.Entry<Facet, String> one = oneSourceOnly();
        assertFacetsCountWorks("", "&facet." + one.getKey().facetName() + "=" + URLEncoder.encode(one.getValue(), StandardCharsets.UTF_8),
                Map.of(one.getKey(), Set.of(one.getValue())));
    }

    /** A facet and a value of it that one source of a pair has and the other lacks, while they share another value of it. */
    private static Map.Entry<Facet, String> oneSourceOnly() {
        for (List<String> pair : d.copies()) {
            Map<Facet, List<FacetCount>> a = own(pair.get(0)), b = own(pair.get(1));
            for (Facet f : Facet.values()) {
                Set<String> va = values(a.get(f)), vb = values(b.get(f));
                Set<String> shared = new HashSet<>(va);
                shared.retainAll(vb);
                if (shared.isEmpty()) continue;
                for (String v : va) if (!vb.contains(v)) return Map.entry(f, v);
                for (String v : vb) if (!va.contains(v)) return Map.entry(f, v);
            }
        }
        throw new AssertionError("no value that only one source of a pair has: " + d.copies().stream().map(p -> own(p.get(0)) + " | " + own(p.get(1))).toList());
    }

    private static Map<Facet, List<FacetCount>> own(String id) {
        return archive.engine().search(new SearchRequest("id:\"" + id + "\"", Map.of(), SortOrder.RELEVANCE, 1, 1)).facets();
    }

    private static Set<String> values(List<FacetCount> counts) {
        Set<String> out = new HashSet<>();
        if (counts != null) counts.forEach(c -> out.add(c.value()));
        return out;
    }

    @Test
    void the_search_page_groups_the_second_source_under_the_first() throws Exception {
        String html = archive.get("/search?q=Mikoyan").body();
        for (List<String> pair : d.copies()) {
            int at = html.indexOf("href=\"/documents/" + pair.get(0) + "\"");
            assertThat(at).isPositive();
            String hit = html.substring(at, html.indexOf("</li>", at));
            assertThat(hit).contains("Also published by another publisher", "href=\"/documents/" + pair.get(1) + "\"");
        }
    }

    private void assertFacetsCountWorks(String q, String filterParams, Map<Facet, Set<String>> filters) throws Exception {
        JsonNode works = api(q, filterParams);
        int differ = 0;
        for (Facet f : Facet.values()) {
            Map<Facet, Set<String>> others = new HashMap<>(filters);
            others.remove(f);
            Map<String, Long> expected = bruteForce(f, ids(files(q, others)));
            Map<String, Long> got = new TreeMap<>();
            JsonNode counts = works.get("facets").get(f.facetName());
            if (counts != null) counts.forEach(c -> got.put(c.get("value").asText(), c.get("count").asLong()));
            // the engine's own lists are cut at the top 50 values; compare the values listed
            for (Map.Entry<String, Long> e : got.entrySet()) {
                assertThat(e.getValue()).as(q + filterParams + " " + f + "=" + e.getKey()).isEqualTo(expected.get(e.getKey()));
            }
            if (f.order() == Facet.Order.VALUE) assertThat(got).as(q + " " + f).isEqualTo(expected);
            for (FacetCount c : files(q, others).facets().getOrDefault(f, List.of())) {
                if (got.containsKey(c.value()) && got.get(c.value()) != c.count()) differ++;
            }
        }
        assertThat(differ).as("values whose count of files is not their count of works, for '" + q + filterParams + "'").isPositive();
    }

    /** The works among {@code files} that have each value of {@code f}, from each file's own values. */
    private static Map<String, Long> bruteForce(Facet f, Set<String> files) {
        Map<String, Set<String>> worksByValue = new TreeMap<>();
        for (String id : files) {
            String work = d.copiesOf(id).isEmpty() ? id : d.copiesOf(id).get(0);
            for (FacetCount c : own(id).getOrDefault(f, List.of())) worksByValue.computeIfAbsent(c.value(), k -> new HashSet<>()).add(work);
        }
        Map<String, Long> out = new TreeMap<>();
        worksByValue.forEach((v, ws) -> out.put(v, (long) ws.size()));
        return out;
    }

    private static SearchResult files(String q, Map<Facet, Set<String>> filters) {
        return archive.engine().search(new SearchRequest(q, filters, SortOrder.RELEVANCE, 1, SearchRequest.MAX_SIZE, true, false));
    }

    private static Set<String> ids(SearchResult r) {
        assertThat(r.total()).isLessThanOrEqualTo(SearchRequest.MAX_SIZE);
        Set<String> out = new HashSet<>();
        r.hits().forEach(h -> out.add(h.id()));
        return out;
    }

    private static JsonNode api(String q, String filterParams) throws Exception {
        String body = archive.get("/api/search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + filterParams).body();
        return RecordJson.mapper().readTree(body);
    }

    private static JsonNode hit(JsonNode works, String id) {
        for (JsonNode h : works.get("hits")) if (h.get("id").asText().equals(id)) return h;
        throw new AssertionError("no hit " + id);
    }
}
