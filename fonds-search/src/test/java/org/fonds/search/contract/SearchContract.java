package org.fonds.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.AllHits;
import org.fonds.search.KeptAnswers;
import org.fonds.search.SearchIndex;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.SearchResult.Snippet;
import org.fonds.search.Searcher;
import org.fonds.search.SortOrder;
import org.fonds.search.query.QueryError;
import org.fonds.search.schema.Facet;
import org.fonds.search.works.WorkSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every search engine of Fonds must answer, run against each: the embedded Lucene engine and
 * SolrCloud. Two collections: the five sample exports (the acceptance facts of the search issue),
 * and those five with {@link #GENERATED} generated records, where a brute-force {@link Oracle}
 * says what the hits and facet counts must be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsShared("corpus/seeds")
public abstract class SearchContract {
    public static final int GENERATED = 400;

    /** A fresh, empty collection for writing, named {@code name}. */
    protected abstract SearchIndex openIndex(String name);

    /** The searcher of the collection {@code name}, after it was written. */
    protected abstract Searcher openSearcher(String name);

    protected List<ArchiveRecord> seeds;
    protected List<ArchiveRecord> mixed;
    protected Searcher seedSearch;
    protected Searcher mixedSearch;
    protected Searcher craftedSearch;
    private Oracle oracle;

    @BeforeAll
    void load() {
        seeds = Corpus.seeds();
        mixed = new ArrayList<>(seeds);
        mixed.addAll(Corpus.generated(GENERATED));
        fill("seeds", seeds);
        fill("mixed", mixed);
        fill("crafted", Crafted.records());
        seedSearch = openSearcher("seeds");
        mixedSearch = openSearcher("mixed");
        craftedSearch = openSearcher("crafted");
        oracle = new Oracle(mixed);
    }

    private void fill(String name, List<ArchiveRecord> records) {
        try (SearchIndex index = openIndex(name)) {
            for (ArchiveRecord r : records) index.put(r, 1);
            index.commit();
        }
    }

    @AfterAll
    void close() {
        if (seedSearch != null) seedSearch.close();
        if (mixedSearch != null) mixedSearch.close();
        if (craftedSearch != null) craftedSearch.close();
    }

    // --- the acceptance facts of the search issue, on the sample exports ---

    @Test
    void kadarIsFoundHoweverItIsWritten() {
        Set<String> plain = ids(seedSearch, "Kadar");
        assertThat(plain).contains("wcda-111884");
        assertThat(ids(seedSearch, "Kádár")).isEqualTo(plain);
        assertThat(ids(seedSearch, "KÁDÁR")).isEqualTo(plain);
    }

    @Test
    void personMunnichWithAccentsFindsTheSecondNovemberSession() {
        assertThat(ids(seedSearch, "person:Münnich")).contains("wcda-111884");
        assertThat(ids(seedSearch, "person:Münnich")).isEqualTo(ids(seedSearch, "person:Munnich"));
    }

    /**
     * Issue 12: Rakosi takes part in no seed and opens no turn; he is named in the text of two ("the
     * ouster of the Rakosi clique", "the Rakosi-Gero clique"). person: finds exactly those two.
     */
    @Test
    void personRakosiFindsTheSessionsWhoseTextNamesHim() {
        assertThat(ids(seedSearch, "person:Rakosi")).containsExactlyInAnyOrder("wcda-111884", "wcda-111887");
        assertThat(ids(seedSearch, "person:Rákosi")).isEqualTo(ids(seedSearch, "person:Rakosi"));
    }

    @Test
    void aDateRangeReturnsExactlyTheSessionsOfThoseDays() {
        assertThat(ids(seedSearch, "date:[1956-11-01 TO 1956-11-02]"))
                .containsExactlyInAnyOrder("wcda-111883", "wcda-111884", "wcda-111885");
    }

    @Test
    void aPhraseIsHighlightedInBodyAndNote() {
        SearchResult r = seedSearch.search(SearchRequest.of("\"Pancha Shila\""));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("wcda-113647");
        List<Snippet> snippets = r.hits().getFirst().snippets();
        assertThat(snippets).anySatisfy(s -> {
            assertThat(s.source()).isEqualTo("body");
            assertThat(s.html()).contains("<mark>Pancha Shila</mark>");
        });
        assertThat(snippets).anySatisfy(s -> {
            assertThat(s.source()).isEqualTo("note 8");
            assertThat(s.html()).contains("<mark>Pancha Shila</mark>");
        });
    }

    @Test
    void namesThatSoundAlikeMatchUnderPersonAndRankBelowTheExactSpelling() {
        // "Kaganovitch" is written nowhere; it sounds like Kaganovich
        assertThat(ids(seedSearch, "Kaganovitch")).isEmpty();
        assertThat(ids(seedSearch, "person:Kaganovitch")).isEqualTo(ids(seedSearch, "person:Kaganovich")).isNotEmpty();
    }

    @Test
    void exactSpellingRanksAboveASoundAlike() {
        SearchResult r = craftedSearch.search(SearchRequest.of("person:Rokossovsky"));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("t-exact", "t-sound");
        SearchResult other = craftedSearch.search(SearchRequest.of("person:Rokossowski"));
        assertThat(other.hits()).extracting(Hit::id).containsExactly("t-sound", "t-exact");
        // without person: only the spelling typed
        assertThat(ids(craftedSearch, "Rokossovsky")).containsExactly("t-exact");
    }

    @Test
    void speakerAndParticipantAreDifferentScopes() {
        // Yudin is listed as taking part on 30 October but does not speak
        assertThat(ids(seedSearch, "participant:Yudin")).containsExactly("wcda-113647");
        assertThat(ids(seedSearch, "speaker:Yudin")).isEmpty();
    }

    @Test
    void archivalScopesFindTheFile() {
        assertThat(ids(seedSearch, "delo:1006 AND fond:3 AND archive:tskhsd")).hasSize(seeds.size());
        assertThat(ids(seedSearch, "delo:9999")).isEmpty();
    }

    @Test
    void sortingByDate() {
        SearchResult r = seedSearch.search(SearchRequest.of("").withSort(SortOrder.DATE));
        assertThat(r.hits()).extracting(Hit::date).isSorted();
        assertThat(r.hits()).extracting(Hit::id)
                .containsExactly("wcda-113647", "wcda-111883", "wcda-111884", "wcda-111885", "wcda-111887");
        SearchResult back = seedSearch.search(SearchRequest.of("").withSort(SortOrder.DATE_DESC));
        assertThat(back.hits()).extracting(Hit::id)
                .containsExactly("wcda-111887", "wcda-111884", "wcda-111885", "wcda-111883", "wcda-113647");
    }

    @Test
    void facetsOfTheSeeds() {
        SearchResult r = seedSearch.search(SearchRequest.of(""));
        assertThat(r.total()).isEqualTo(seeds.size());
        assertThat(r.facets().get(Facet.YEAR)).containsExactly(new FacetCount("1956", 5));
        assertThat(r.facets().get(Facet.MONTH)).containsExactly(new FacetCount("1956-10", 1), new FacetCount("1956-11", 4));
        assertThat(r.facets().get(Facet.DELO)).containsExactly(new FacetCount("TsKhSD F. 3, Op. 12, D. 1006", 5));
        assertThat(r.facets().get(Facet.TYPE)).containsExactly(new FacetCount("working notes", 5));
        assertThat(r.facets().get(Facet.LANGUAGE)).containsExactly(new FacetCount("Russian", 5));
        // Bulganin takes part in four sessions and speaks in the fifth (2 November, 111885: Malin's list of speakers)
        assertThat(r.facets().get(Facet.PERSON)).startsWith(new FacetCount("Bulganin", 5)).contains(new FacetCount("Kadar", 1));
    }

    /**
     * Issue 12, on either engine: told that two records are one work (sources of the same text), a
     * search lists the work once, its other matching source under it, and counts it once per value; a
     * filter that one source fails leaves the other listed alone, and its own facet's counts (taken
     * without it) still count the work once. Which records are one work is the tables' business (Copies).
     */
    @Test
    void aWorkOfTwoSourcesIsListedAndCountedOnce() {
        WorkSearcher works = new WorkSearcher(craftedSearch, () -> List.of(List.of("t-exact", "t-sound")));
        SearchResult both = works.search(SearchRequest.of("person:Rokossovsky"));
        assertThat(craftedSearch.search(SearchRequest.of("person:Rokossovsky")).total()).isEqualTo(2);
        assertThat(both.total()).isEqualTo(1);
        assertThat(both.hits()).extracting(Hit::id).containsExactly("t-exact");
        assertThat(both.hits().getFirst().copies()).containsExactly("t-sound");
        assertThat(both.facets().get(Facet.YEAR)).containsExactly(new FacetCount("1960", 1));
        assertThat(both.facets().get(Facet.PERSON)).containsExactlyInAnyOrder(new FacetCount("Rokossovsky", 1), new FacetCount("Rokossowski", 1));
        SearchResult one = works.search(SearchRequest.of("person:Rokossovsky").withFilter(Facet.PERSON, "Rokossowski"));
        assertThat(one.hits()).extracting(Hit::id).containsExactly("t-sound");
        assertThat(one.hits().getFirst().copies()).isEmpty();
        assertThat(one.facets().get(Facet.PERSON)).containsExactlyInAnyOrder(new FacetCount("Rokossovsky", 1), new FacetCount("Rokossowski", 1));
        // a work with one matching source is the engine's own answer
        assertThat(works.search(SearchRequest.of("Rokossovsky"))).isEqualTo(craftedSearch.search(SearchRequest.of("Rokossovsky")));
    }

    @Test
    void aSelectedPersonNarrowsTheHitsButNotItsOwnCounts() {
        SearchResult r = seedSearch.search(SearchRequest.of("").withFilter(Facet.PERSON, "Kadar"));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("wcda-111884");
        // the person facet still counts every person, so a second one can be added
        assertThat(r.facets().get(Facet.PERSON)).contains(new FacetCount("Bulganin", 5));
        assertThat(r.facets().get(Facet.MONTH)).containsExactly(new FacetCount("1956-11", 1));
        SearchResult either = seedSearch.search(SearchRequest.of("").withFilter(Facet.PERSON, "Kadar", "Yudin"));
        assertThat(either.hits()).extracting(Hit::id).containsExactlyInAnyOrder("wcda-111884", "wcda-113647");
    }

    @Test
    void notAndOrAndGroups() {
        Set<String> all = ids(seedSearch, "");
        Set<String> kadar = ids(seedSearch, "Kadar");
        Set<String> notKadar = ids(seedSearch, "NOT Kadar");
        assertThat(notKadar).doesNotContainAnyElementsOf(kadar);
        assertThat(union(notKadar, kadar)).isEqualTo(all);
        assertThat(ids(seedSearch, "-Kadar")).isEqualTo(notKadar);
        assertThat(ids(seedSearch, "Kadar OR Yudin")).isEqualTo(union(kadar, ids(seedSearch, "Yudin")));
        assertThat(ids(seedSearch, "(Kadar OR Yudin) AND date:1956-10-30")).containsExactly("wcda-113647");
    }

    @Test
    void prefixAndFuzzy() {
        assertThat(ids(seedSearch, "Khrush*")).isEqualTo(ids(seedSearch, "Khrushchev")).isNotEmpty();
        assertThat(ids(seedSearch, "Khrushchov~1")).isEqualTo(ids(seedSearch, "Khrushchev"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Kadar", "\"Pancha", "title:", "Re: Point", "*", "date:[1956-13-01 TO 1956-11-02]"})
    void malformedQueriesAreRefusedWithAPlace(String q) {
        assertThatThrownBy(() -> seedSearch.search(SearchRequest.of(q))).isInstanceOf(QueryError.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{!xmlparser v='<a/>'}", "_query_:\"{!dismax}x\"", "/.*/", "\\{!lucene\\}x", "id:\"*\"", "a:b:c"})
    void engineSyntaxTypedByAReaderIsTextOrAnError(String q) {
        try {
            SearchResult r = seedSearch.search(SearchRequest.of(q));
            assertThat(r.total()).isLessThanOrEqualTo(seeds.size());
        } catch (QueryError expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Test
    void hostileTextInARecordComesBackEscaped() {
        SearchResult r = craftedSearch.search(SearchRequest.of("\"Pancha Shila\""));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("t-hostile");
        List<Snippet> snippets = r.hits().getFirst().snippets();
        assertThat(snippets).extracting(Snippet::source).containsExactly("body", "note 1");
        for (Snippet s : snippets) {
            assertThat(s.html()).contains("<mark>Pancha Shila</mark>");
            assertThat(s.html().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        }
        assertThat(snippets.getFirst().html()).contains("&lt;script&gt;", "&amp;", "&quot;quoted&quot;");
    }

    /** Issue 13: "Mikoyan" had snippets; "Mikoyan year:1956", the same hits, had none. */
    @ParameterizedTest
    @ValueSource(strings = {"year:1956", "date:[1956-10-01 TO 1956-11-30]", "type:\"working notes\"", "archive:TsKhSD",
            "language:russian", "title:working", "-kind:telegram"})
    void snippetsStayUnderEveryFieldClause(String clause) {
        for (String q : List.of("Mikoyan", "\"Pancha Shila\"", "troops Kadar")) {
            Map<String, List<Snippet>> plain = snippets(seedSearch.search(SearchRequest.of(q)));
            assertThat(plain).as(q).isNotEmpty().allSatisfy((id, s) -> assertThat(s).as(id).isNotEmpty());
            Map<String, List<Snippet>> filtered = snippets(seedSearch.search(SearchRequest.of(q + " " + clause)));
            assertThat(filtered).as("%s %s", q, clause).isNotEmpty();
            filtered.forEach((id, s) -> assertThat(s).as("%s with %s: %s", q, clause, id).isEqualTo(plain.get(id)));
        }
    }

    @Test
    void snippetsStayUnderFacetFilters() {
        Map<String, List<Snippet>> plain = snippets(seedSearch.search(SearchRequest.of("Mikoyan")));
        SearchResult filtered = seedSearch.search(SearchRequest.of("Mikoyan").withFilter(Facet.YEAR, "1956")
                .withFilter(Facet.TYPE, "working notes"));
        assertThat(snippets(filtered)).isEqualTo(plain);
    }

    @Test
    void withoutWordsAHitShowsItsSummaryInsteadOfPassages() {
        Map<String, String> summaries = seeds.stream().collect(Collectors.toMap(ArchiveRecord::id, ArchiveRecord::summary));
        for (String q : List.of("", "year:1956", "type:\"working notes\"")) {
            SearchResult r = seedSearch.search(SearchRequest.of(q).withFilter(Facet.LANGUAGE, "Russian"));
            assertThat(r.hits()).as(q).isNotEmpty().allSatisfy(h -> {
                assertThat(h.snippets()).isEmpty();
                assertThat(h.summary()).isEqualTo(summaries.get(h.id())).isNotBlank();
            });
        }
        assertThat(seedSearch.search(SearchRequest.of("").withParts(false, false)).hits()).allSatisfy(h -> assertThat(h.summary()).isNull());
        assertThat(seedSearch.search(SearchRequest.of("Mikoyan")).hits()).allSatisfy(h -> assertThat(h.summary()).isNull());
    }

    private static Map<String, List<Snippet>> snippets(SearchResult r) {
        Map<String, List<Snippet>> out = new TreeMap<>();
        for (Hit h : r.hits()) out.put(h.id(), h.snippets());
        return out;
    }

    @Test
    void theKindIsAFacetAFilterAndAScope() {
        SearchResult all = craftedSearch.search(SearchRequest.of(""));
        assertThat(all.facets().get(Facet.KIND)).containsExactly(new FacetCount("telegram", 1));
        SearchResult telegrams = craftedSearch.search(SearchRequest.of("").withFilter(Facet.KIND, "telegram"));
        assertThat(telegrams.hits()).extracting(Hit::id).containsExactly("t-telegram");
        assertThat(ids(craftedSearch, "kind:telegram")).containsExactly("t-telegram");
        assertThat(ids(craftedSearch, "kind:minutes")).isEmpty();
        // the generated records have kinds too, and their counts add up to the records that have one
        long withKind = mixed.stream().filter(r -> r.kind() != null).count();
        assertThat(mixedSearch.search(SearchRequest.of("")).facets().get(Facet.KIND).stream().mapToLong(FacetCount::count).sum())
                .isEqualTo(withKind).isPositive();
    }

    @Test
    void everyHitOfASearchComesPageByPageForItsBibliography() {
        AllHits all = new AllHits(mixedSearch, SearchRequest.of("").withSort(SortOrder.DATE));
        List<String> ids = new ArrayList<>();
        all.forEachRemaining(h -> ids.add(h.id()));
        assertThat(ids).hasSize(mixed.size()).doesNotHaveDuplicates();
        assertThat(all.total()).isEqualTo(mixed.size());
        assertThat(new HashSet<>(ids)).isEqualTo(oracle.passing(Map.of()));
        // the same order as the pages a reader turns
        assertThat(ids.subList(0, 14)).isEqualTo(mixedSearch.search(SearchRequest.of("").withSort(SortOrder.DATE).withPage(1, 14))
                .hits().stream().map(Hit::id).toList());
        AllHits kadar = new AllHits(seedSearch, SearchRequest.of("Kadar"));
        assertThat(kadar).toIterable().extracting(Hit::id).containsExactlyInAnyOrderElementsOf(ids(seedSearch, "Kadar"));
    }

    @Test
    void facetsAndSnippetsCanBeLeftOut() {
        SearchRequest full = SearchRequest.of("\"Pancha Shila\"");
        SearchResult with = seedSearch.search(full);
        SearchResult without = seedSearch.search(full.withParts(false, false));
        assertThat(without.total()).isEqualTo(with.total());
        assertThat(without.hits()).extracting(Hit::id).isEqualTo(with.hits().stream().map(Hit::id).toList());
        assertThat(without.hits()).allSatisfy(h -> assertThat(h.snippets()).isEmpty());
        assertThat(without.facets()).isEmpty();
        assertThat(with.facets()).isNotEmpty();
    }

    @Test
    void pagesFollowOneAnother() {
        SearchRequest first = SearchRequest.of("").withSort(SortOrder.DATE).withPage(1, 7);
        SearchRequest second = first.withPage(2, 7);
        List<String> all = mixedSearch.search(SearchRequest.of("").withSort(SortOrder.DATE).withPage(1, 14)).hits().stream()
                .map(Hit::id).toList();
        List<String> paged = new ArrayList<>();
        mixedSearch.search(first).hits().forEach(h -> paged.add(h.id()));
        mixedSearch.search(second).hits().forEach(h -> paged.add(h.id()));
        assertThat(paged).isEqualTo(all).hasSize(14);
    }

    // --- the generated collection, against the oracle ---

    @Test
    void plainWordsFindWhatTheOracleFinds() {
        for (String w : sampleWords(40)) {
            assertThat(ids(mixedSearch, w)).as("hits of %s", w).isEqualTo(oracle.withWord(w));
        }
    }

    @Test
    void dateRangesFindWhatTheOracleFinds() {
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            LocalDate from = LocalDate.of(1950 + rnd.nextInt(16), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            LocalDate to = from.plusDays(rnd.nextInt(400));
            assertThat(ids(mixedSearch, "date:[" + from + " TO " + to + "]")).as("%s to %s", from, to)
                    .isEqualTo(oracle.during(from, to));
        }
    }

    @Test
    void facetCountsAreRightUnderAnyCombinationOfFilters() {
        Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) values.put(f, new ArrayList<>(oracle.counts(f, Map.of()).keySet()));
        Random rnd = new Random(11);
        for (int round = 0; round < 25; round++) {
            Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
            int facets = 1 + rnd.nextInt(3);
            for (int i = 0; i < facets; i++) {
                Facet f = Facet.values()[rnd.nextInt(Facet.values().length)];
                List<String> vs = values.get(f);
                if (vs.isEmpty()) continue;
                Set<String> chosen = filters.computeIfAbsent(f, k -> new LinkedHashSet<>());
                for (int k = 0; k <= rnd.nextInt(2); k++) chosen.add(vs.get(rnd.nextInt(vs.size())));
            }
            SearchRequest request = new SearchRequest("", filters, SortOrder.DATE, 1, 100);
            SearchResult r = mixedSearch.search(request);
            assertThat(r.total()).as("total under %s", filters).isEqualTo(oracle.passing(filters).size());
            for (Facet f : Facet.values()) {
                Map<String, Long> expected = oracle.counts(f, filters);
                Map<String, Long> got = r.facets().getOrDefault(f, List.of()).stream()
                        .collect(Collectors.toMap(FacetCount::value, FacetCount::count, (a, b) -> a, TreeMap::new));
                if (f.order() == Facet.Order.VALUE || expected.size() <= Facet.TOP) {
                    assertThat(got).as("%s counts under %s", f, filters).isEqualTo(expected);
                } else {
                    got.forEach((v, c) -> assertThat(c).as("%s=%s under %s", f, v, filters).isEqualTo(expected.get(v)));
                }
            }
        }
    }

    /**
     * Costly queries are answered or refused as query errors, never failed (issue 15): short fuzzy
     * words that expand past the engine's clause limit once answered 500, and a page of 100 hits
     * with snippets for many fuzzy words cost tens of seconds of CPU.
     */
    @Test
    void costly_queries_are_answered_or_refused_with_a_stable_code() {
        List<String> costly = List.of(
                "the~ The~ Cde~ are~ for~ and~ not~ has~",
                "th* an* co* pr* se* de* re* wo*",
                String.join(" ", sampleWords(8).stream().map(w -> w + "~").toList()),
                "the~ ".repeat(16).strip());
        for (String q : costly) {
            try {
                SearchResult r = mixedSearch.search(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, SearchRequest.MAX_SIZE));
                assertThat(r.hits().size()).isLessThanOrEqualTo(SearchRequest.MAX_SIZE);
            } catch (QueryError e) {
                assertThat(e.code()).as(q).isIn("too-many-expansions", "too-slow");
            }
        }
        assertThatThrownBy(() -> mixedSearch.search(SearchRequest.of("Kadar~ ".repeat(64).strip())))
                .isInstanceOfSatisfying(QueryError.class, e -> assertThat(e.code()).isEqualTo("too-many-expansions"));
    }

    // --- helpers ---

    protected static Set<String> ids(Searcher s, String query) {
        SearchResult r = s.search(new SearchRequest(query, Map.of(), SortOrder.DATE, 1, SearchRequest.MAX_SIZE));
        Set<String> out = new HashSet<>();
        for (Hit h : r.hits()) out.add(h.id());
        assertThat((long) out.size()).as("all hits of %s fit one page", query).isEqualTo(r.total());
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Words of the bodies that match in at most one page of hits, spread over the vocabulary. */
    private List<String> sampleWords(int n) {
        Set<String> seen = new java.util.TreeSet<>();
        for (ArchiveRecord r : mixed) seen.addAll(Oracle.words(r.body()));
        List<String> candidates = seen.stream()
                .filter(w -> w.length() >= 4 && w.chars().allMatch(Character::isLetter))
                .filter(w -> oracle.withWord(w).size() <= SearchRequest.MAX_SIZE)
                .toList();
        List<String> out = new ArrayList<>();
        Random rnd = new Random(3);
        for (int i = 0; i < n && !candidates.isEmpty(); i++) out.add(candidates.get(rnd.nextInt(candidates.size())));
        return out;
    }

    /**
     * Answers kept beside the index for a server's first page ({@link KeptAnswers}) are the engine's
     * own on either engine: taken from the file where the engine names its commit (Lucene), searched
     * where it names none (SolrCloud), and a state, where named, does not change with searching.
     */
    @Test
    void answersKeptBesideTheIndexAreTheEnginesOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // JUnit's folder, removed after the test (a folder of its own made here was left in /tmp by every run)
        java.nio.file.Path file = dir.resolve("first-page.answers");
        List<SearchRequest> asked = List.of(SearchRequest.of(""), SearchRequest.of("").withFilter(Facet.YEAR, "1956"),
                SearchRequest.of("Khrushchev"), SearchRequest.of("").withPage(1, 1).withParts(true, false));
        // over the suite's own searcher, which stays open: these are not closed
        KeptAnswers first = new KeptAnswers(mixedSearch, file);
        first.keeping(() -> asked.forEach(first::search));
        KeptAnswers again = new KeptAnswers(mixedSearch, file);
        for (SearchRequest r : asked) assertThat(again.search(r)).as(r.toString()).isEqualTo(mixedSearch.search(r));
        assertThat(again.search(asked.getFirst()).total()).isEqualTo(mixed.size());
        assertThat(mixedSearch.state()).isEqualTo(again.state());
        assertThat(java.nio.file.Files.exists(file)).as("kept only where the engine names its state").isEqualTo(mixedSearch.state().isPresent());
    }
}
