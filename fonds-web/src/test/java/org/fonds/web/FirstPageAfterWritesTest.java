package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.fonds.archive.Archive;
import org.fonds.ingest.Ingest;
import org.fonds.oai.OaiConfig;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.search.Cancellation;
import org.fonds.search.SearchBackend;
import org.fonds.search.SearchIndex;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.Searcher;
import org.fonds.search.lucene.LuceneBackend;
import org.fonds.store.ArchiveHome;
import org.fonds.web.room.ReadingRoom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write keeps the first page's answers for the commit it leaves: after an ingest (or a reindex) the
 * next {@code serve} shows its first page without searching, and that page is the one a start that
 * counts makes; an ingest that is refused, or fails after it committed, leaves the answers of the
 * commit in place. The searches are counted at the engine, under the kept answers (as KeptAnswersTest does).
 */
@NeedsShared("corpus/seeds")
class FirstPageAfterWritesTest {
    private static final OaiConfig OAI = OaiConfig.forServer("http://127.0.0.1:8080", "archivist@example.org");

    @TempDir
    Path tmp;

    private static Path seed(int n) {
        String[] names = {"000_df5f7addd4aa7c26.txt", "001_1d0ae19c53ae4fd6.txt", "002_83cb7e9f6d5f0379.txt", "003_398cfb9a6fc29559.txt"};
        return Seeds.corpus("seeds").resolve(names[n]);
    }

    /** An archive of {@code home} whose writes keep the first page, as the CLI opens one. */
    private static Archive keeping(Path home) {
        return Archive.open(home, null, "test").keepingFirstPage(ReadingRoom::firstPage);
    }

    private static void ingest(Archive archive, Path file, Ingest.Progress progress) {
        archive.ingest(List.of(file), 1, progress, line -> { });
    }

    @Test
    void theFirstStartAfterAnIngestOrAReindexSearchesNothingAndShowsTheCountedPage() throws Exception {
        Path home = tmp.resolve("home");
        try (Archive plain = Archive.open(home, null, "test")) {
            ingest(plain, seed(0), Ingest.Progress.NONE);
        }
        Path kept = new ArchiveHome(home).keptAnswers();
        assertThat(kept).as("an archive without a first page keeps nothing").doesNotExist();
        try (Archive a = keeping(home)) {
            ingest(a, seed(1), Ingest.Progress.NONE);
        }
        assertThat(kept).as("kept by the ingest").exists();
        Start taken = start(home);
        assertThat(taken.searches()).as("searches of the first start after the ingest").isZero();
        assertThat(taken.page()).contains("2 documents");
        assertThat(taken.page()).as("the page a start that counts makes").isEqualTo(counted(home).page());

        try (Archive a = keeping(home)) {
            a.reindex();
        }
        Start afterReindex = start(home);
        assertThat(afterReindex.searches()).as("searches of the first start after a reindex").isZero();
        assertThat(afterReindex.page()).isEqualTo(counted(home).page());
    }

    @Test
    void anIngestThatIsRefusedOrFailsLeavesTheAnswersOfTheCommitInPlace() throws Exception {
        Path home = tmp.resolve("home");
        try (Archive a = keeping(home)) {
            ingest(a, seed(0), Ingest.Progress.NONE);
        }
        Path kept = new ArchiveHome(home).keptAnswers();
        byte[] before = Files.readAllBytes(kept);

        // refused: a home opened for reading writes nothing; a file that is no text is refused and changes nothing
        try (Archive reader = Archive.openForReading(home, null).keepingFirstPage(ReadingRoom::firstPage)) {
            assertThatThrownBy(() -> ingest(reader, seed(1), Ingest.Progress.NONE)).isInstanceOf(RuntimeException.class);
        }
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        try (Archive a = keeping(home)) {
            assertThat(a.ingest(List.of(empty), 1, Ingest.Progress.NONE, line -> { }).summary().refused()).isOne();
        }
        assertThat(Files.readAllBytes(kept)).as("the answers of the commit in place, untouched").isEqualTo(before);
        Start afterRefusals = start(home);
        assertThat(afterRefusals.searches()).isZero();
        assertThat(afterRefusals.page()).contains("1 document").isEqualTo(counted(home).page());

        // fails after its commit: the document is in the index, the tables were not brought to it
        try (Archive a = keeping(home)) {
            assertThatThrownBy(() -> ingest(a, seed(2), new FailingAtTheEnd())).isInstanceOf(RuntimeException.class);
        }
        Start afterFailure = start(home);
        assertThat(afterFailure.searches()).as("searches of the first start after a failed ingest").isZero();
        assertThat(afterFailure.page()).contains("2 documents").isEqualTo(counted(home).page());
    }

    /** A progress that fails when the ingest has stored and committed everything: a failure after a commit. */
    private static final class FailingAtTheEnd implements Ingest.Progress {
        @Override
        public void update(int done, int total, long bytes, Duration elapsed) {
        }

        @Override
        public void finish() {
            throw new IllegalStateException("failed on purpose, after the commit");
        }
    }

    /** A start's first page and the searches its engine made up to it. */
    record Start(String page, int searches) {}

    /** A start as {@code serve} makes one, on an engine that counts its searches. */
    private static Start start(Path home) throws Exception {
        Counting backend = new Counting(new LuceneBackend(new ArchiveHome(home).index()));
        try (Archive archive = Archive.open(home, backend, "test")) {
            WebServer server = WebServer.warmingUp(archive, OAI);
            try {
                // the warm-up opens the store once its first page is made and its answers kept
                long until = System.nanoTime() + 30_000_000_000L;
                while (!archive.storeOpen() && System.nanoTime() < until) Thread.sleep(20);
                assertThat(archive.storeOpen()).isTrue();
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.start(0) + "/")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                return new Start(page.body(), backend.searches.get());
            } finally {
                server.stop();
            }
        }
    }

    /** A start with no answers kept: it counts (and keeps them again). */
    private static Start counted(Path home) throws Exception {
        Files.deleteIfExists(new ArchiveHome(home).keptAnswers());
        Start s = start(home);
        assertThat(s.searches()).as("a start without kept answers searches").isPositive();
        return s;
    }

    /** The embedded index, its searchers counting their searches. */
    private static final class Counting implements SearchBackend {
        final AtomicInteger searches = new AtomicInteger();
        private final SearchBackend engine;

        Counting(SearchBackend engine) {
            this.engine = engine;
        }

        @Override
        public SearchIndex openIndex() {
            return engine.openIndex();
        }

        @Override
        public Searcher openSearcher() {
            Searcher s = engine.openSearcher();
            return new Searcher() {
                @Override
                public SearchResult search(SearchRequest request) {
                    return search(request, Cancellation.NONE);
                }

                @Override
                public SearchResult search(SearchRequest request, Cancellation cancellation) {
                    searches.incrementAndGet();
                    return s.search(request, cancellation);
                }

                @Override
                public Optional<String> state() {
                    return s.state();
                }

                @Override
                public void close() {
                    s.close();
                }
            };
        }

        @Override
        public Map<String, Integer> committed() {
            return engine.committed();
        }

        @Override
        public String describe() {
            return engine.describe();
        }
    }
}
