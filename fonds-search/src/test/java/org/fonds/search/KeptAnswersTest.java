package org.fonds.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.contract.Corpus;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.search.lucene.LuceneSearcher;
import org.fonds.search.schema.Facet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers of a server's first page kept beside the index: a searcher started again on the same
 * commit takes them from the file, equal field by field to what the engine computes, without
 * searching; a commit, another build or a damaged file makes it search again, so stale counts are
 * never served. On the real records of the shared corpus, the sample exports and generated records.
 */
@NeedsShared({"corpus/real/docs", "corpus/seeds"})
class KeptAnswersTest {
    @TempDir
    Path tmp;
    private Path index;
    private Path file;
    private List<ArchiveRecord> records;

    /** What a first page asks: the page, its counts alone, the problems' counts, a filter, ids, and words with snippets. */
    private static final List<SearchRequest> FIRST_PAGE = List.of(
            SearchRequest.of(""),
            SearchRequest.of("").withPage(1, 1).withParts(true, false),
            new SearchRequest("", Map.of(), SortOrder.DATE, 1, 1, true, false),
            SearchRequest.of("").withFilter(Facet.YEAR, "1956"),
            new SearchRequest("id:(\"synthetic-000003\" OR \"synthetic-000007\")", Map.of(), SortOrder.RELEVANCE, 1, 2, false, false),
            SearchRequest.of("Khrushchev"));

    @BeforeEach
    void index() throws IOException {
        index = tmp.resolve("index");
        file = tmp.resolve("derived/first-page.answers");
        records = new ArrayList<>(real());
        records.addAll(Corpus.seeds());
        records.addAll(Corpus.generated(300));
        write(records);
    }

    private static List<ArchiveRecord> real() throws IOException {
        List<ArchiveRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Seeds.corpus("real/docs"))) {
            for (Path f : files.sorted().toList()) {
                if (new RecordParser().parse(f.toString(), Files.readAllBytes(f)) instanceof ParseOutcome.Accepted a) out.add(a.record());
            }
        }
        assertThat(out).hasSizeGreaterThan(30);
        return out;
    }

    private void write(List<ArchiveRecord> rs) {
        try (LuceneIndex writer = LuceneIndex.open(index)) {
            for (ArchiveRecord r : rs) writer.put(r, 1);
            writer.commit();
        }
    }

    /** The engine's own answers, from a searcher of its own. */
    private List<SearchResult> computed() {
        try (LuceneSearcher engine = LuceneSearcher.open(index)) {
            return FIRST_PAGE.stream().map(engine::search).toList();
        }
    }

    /** A server's start: a searcher over the index, its first page made once and kept. */
    private static void firstPage(KeptAnswers searcher) {
        searcher.keeping(() -> FIRST_PAGE.forEach(searcher::search));
    }

    @Test
    void aSearcherStartedAgainOnTheSameCommitTakesTheKeptAnswersEqualFieldByField() throws IOException {
        try (Counting engine = new Counting(LuceneSearcher.open(index)); KeptAnswers first = new KeptAnswers(engine, file)) {
            firstPage(first);
            assertThat(engine.searches.get()).as("the first start searches").isEqualTo(FIRST_PAGE.size());
        }
        assertThat(file).exists();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("readable by whoever serves the home next").isEqualTo("rw-r--r--");
        List<SearchResult> computed = computed();
        assertThat(computed.getFirst().total()).isEqualTo(records.size());
        assertThat(computed.getFirst().facets().get(Facet.YEAR)).isNotEmpty();
        try (Counting engine = new Counting(LuceneSearcher.open(index)); KeptAnswers again = new KeptAnswers(engine, file)) {
            for (int i = 0; i < FIRST_PAGE.size(); i++) {
                SearchResult kept = again.search(FIRST_PAGE.get(i));
                assertThat(kept).as(FIRST_PAGE.get(i).toString()).usingRecursiveComparison().isEqualTo(computed.get(i));
                assertThat(kept).isEqualTo(computed.get(i));
            }
            assertThat(engine.searches.get()).as("nothing searched on the same commit").isZero();
            again.search(SearchRequest.of("Mikoyan"));
            assertThat(engine.searches.get()).as("a request not kept is searched").isEqualTo(1);
        }
    }

    @Test
    void aCommitMakesTheNextStartSearchAndItsPageChanges() {
        try (KeptAnswers first = new KeptAnswers(LuceneSearcher.open(index), file)) {
            firstPage(first);
        }
        write(Corpus.generated(301).subList(300, 301));
        try (Counting engine = new Counting(LuceneSearcher.open(index)); KeptAnswers again = new KeptAnswers(engine, file)) {
            SearchResult page = again.search(FIRST_PAGE.getFirst());
            assertThat(page.total()).as("the new commit's count, not the kept one").isEqualTo(records.size() + 1);
            assertThat(page).isEqualTo(computed().getFirst());
            assertThat(engine.searches.get()).isEqualTo(1);
            firstPage(again); // this start keeps the answers of the new commit
        }
        try (Counting engine = new Counting(LuceneSearcher.open(index)); KeptAnswers third = new KeptAnswers(engine, file)) {
            assertThat(third.search(FIRST_PAGE.getFirst()).total()).isEqualTo(records.size() + 1);
            assertThat(engine.searches.get()).isZero();
        }
    }

    @Test
    void anIndexMadeAgainToTheSameGenerationIsNotTakenForTheOldOne() throws IOException {
        try (KeptAnswers first = new KeptAnswers(LuceneSearcher.open(index), file)) {
            firstPage(first);
        }
        String before = state();
        try (Stream<Path> s = Files.list(index)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        write(records.subList(0, records.size() - 1));
        assertThat(state()).isNotEqualTo(before).startsWith(before.substring(0, before.indexOf(' ')));
        try (Counting engine = new Counting(LuceneSearcher.open(index)); KeptAnswers again = new KeptAnswers(engine, file)) {
            assertThat(again.search(FIRST_PAGE.getFirst()).total()).isEqualTo(records.size() - 1);
            assertThat(engine.searches.get()).isEqualTo(1);
        }
    }

    private String state() {
        try (LuceneSearcher s = LuceneSearcher.open(index)) {
            return s.state().orElseThrow();
        }
    }

    @Test
    void aDamagedFileIsSearchedInstead() throws IOException {
        try (KeptAnswers first = new KeptAnswers(LuceneSearcher.open(index), file)) {
            firstPage(first);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> damaged = List.of(java.util.Arrays.copyOf(bytes, bytes.length / 2), flipped(bytes, bytes.length / 3), new byte[0]);
        for (byte[] d : damaged) {
            Files.write(file, d);
            try (Counting engine = new Counting(LuceneSearcher.open(index)); KeptAnswers again = new KeptAnswers(engine, file)) {
                assertThat(again.search(FIRST_PAGE.getFirst())).isEqualTo(computed().getFirst());
                assertThat(engine.searches.get()).isEqualTo(1);
            }
        }
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] out = bytes.clone();
        out[at] ^= 0x20;
        return out;
    }

    @Test
    void anotherBuildsAnswersAreNotTaken() {
        try (KeptAnswers first = new KeptAnswers(LuceneSearcher.open(index), file, "build one")) {
            firstPage(first);
        }
        try (Counting engine = new Counting(LuceneSearcher.open(index)); KeptAnswers again = new KeptAnswers(engine, file, "build two")) {
            again.search(FIRST_PAGE.getFirst());
            assertThat(engine.searches.get()).isEqualTo(1);
        }
    }

    /** SolrCloud names no state (a collection's shards commit apart): nothing is kept, everything searched. */
    @Test
    void anEngineThatNamesNoStateKeepsNothing() {
        try (Counting engine = new Counting(LuceneSearcher.open(index), false); KeptAnswers first = new KeptAnswers(engine, file)) {
            firstPage(first);
            firstPage(first);
            assertThat(engine.searches.get()).isEqualTo(2 * FIRST_PAGE.size());
        }
        assertThat(file).doesNotExist();
    }

    /** An engine that counts its searches, naming its state or not. */
    private static final class Counting implements Searcher {
        final AtomicInteger searches = new AtomicInteger();
        private final Searcher engine;
        private final boolean states;

        Counting(Searcher engine) {
            this(engine, true);
        }

        Counting(Searcher engine, boolean states) {
            this.engine = engine;
            this.states = states;
        }

        @Override
        public SearchResult search(SearchRequest request) {
            searches.incrementAndGet();
            return engine.search(request);
        }

        @Override
        public SearchResult search(SearchRequest request, Cancellation cancellation) {
            searches.incrementAndGet();
            return engine.search(request, cancellation);
        }

        @Override
        public Optional<String> state() {
            return states ? engine.state() : Optional.empty();
        }

        private boolean closed;

        /** Closed by the searcher over it and again by the test: the engine once. */
        @Override
        public void close() {
            if (!closed) engine.close();
            closed = true;
        }
    }
}
