package org.fonds.web;

import org.fonds.record.stored.VersionRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.sql.SQLException;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.ingest.DerivedTables;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.ingest.Ingest;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Description;
import org.fonds.record.Note;
import org.fonds.record.RecordJson;
import org.fonds.record.Turn;
import org.fonds.record.Warning;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.archive.Archive;
import org.fonds.store.ArchiveHome;
import org.fonds.store.Deposit;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.store.StoreOutcome;
import org.fonds.synth.Generator;

/**
 * An archive home for web tests, served over real HTTP: the shared sample exports and generated
 * records taken in by the real ingest, plus one record full of hostile markup; and the derived
 * tables built from the stored records with the sample authority, to which one hostile person is
 * added (an editor's file is text from outside too), written to the home's tables database, which
 * the server reads as it reads any home's. The same tables built in memory are what tests compare with.
 */
public final class TestArchive implements AutoCloseable {
    public static final String HOSTILE_ID = "t-hostile";
    /** The name of the one file ingest refuses (it is empty). */
    public static final String REFUSED_NAME = "empty-export.txt";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The hostile person: named in markup by the authority, speaking in markup in the hostile record. */
    public static final String HOSTILE_PERSON = "mallory";

    private final OcflStore store;
    private final Archive archive;
    private final WebServer server;
    private final String base;
    private final Deliberations deliberations;

    private TestArchive(OcflStore store, Archive archive, WebServer server, int port, Deliberations deliberations) {
        this.store = store;
        this.archive = archive;
        this.server = server;
        this.base = "http://127.0.0.1:" + port;
        this.deliberations = deliberations;
    }

    /** {@code count} generated records written under {@code dir} and ingested by {@code archive} as {@code fonds ingest} does, one thread. */
    public static void ingestGenerated(Archive archive, Path dir, int count) throws IOException {
        Path input = dir.resolve("generated-" + count);
        new Generator(1956).writeCorpus(input, count, 1);
        try (Stream<Path> s = Files.list(input)) {
            archive.ingest(s.sorted().toList(), 1, Ingest.Progress.NONE, line -> { });
        }
    }

    /** The seeds and {@code generated} generated records, ingested into a home under {@code dir}, served. */
    public static TestArchive seedsAndGenerated(Path dir, int generated) {
        return seedsAndGenerated(dir, generated, List.of());
    }

    /** As {@link #seedsAndGenerated(Path, int)}, with these real records of the shared corpus too ({@code "06_presidium_1956-11-03.txt"}). */
    public static TestArchive seedsAndGenerated(Path dir, int generated, List<String> realDocs) {
        try {
            ArchiveHome home = new ArchiveHome(dir.resolve("home"));
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(Seeds.corpus("seeds"))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
            for (String name : realDocs) files.add(Seeds.corpus("real/docs").resolve(name));
            Path input = dir.resolve("generated");
            new Generator(1956).writeCorpus(input, generated);
            try (Stream<Path> s = Files.list(input)) {
                files.addAll(s.sorted().toList());
            }
            // a file that is no record: ingest refuses it and keeps it, and the problems page lists it
            Path refused = Files.createDirectories(dir.resolve("refused")).resolve(REFUSED_NAME);
            Files.write(refused, new byte[0]);
            files.add(refused);
            OcflStore store = OcflStore.open(home);
            try (LuceneIndex index = LuceneIndex.open(home.index())) {
                new Ingest(store, index, new Problems(home), "test", 2).run(files, quiet(), line -> { });
                StoreOutcome o = store.put(new Deposit(hostile().body().getBytes(StandardCharsets.UTF_8), "hostile.txt", hostile(), "test"));
                index.put(hostile(), o.version());
                store.flush();
                index.commit();
            }
            List<ArchiveRecord> records = stored(store);
            Deliberations deliberations = Deliberations.build(records, authority());
            // the home's tables database, written as ingest writes it but with the hostile authority: the server reads it by query
            DeliberationsBuilder builder = Deliberations.builder(authority());
            records.forEach(builder::add);
            Files.createDirectories(home.derived());
            try (TablesDb db = TablesDb.open(home.derived().resolve(DerivedTables.DATABASE))) {
                db.rebuild(builder);
            }
            // served as a user serves it, through the archive; its store above is for the tests' own reads
            Archive archive = Archive.open(home.root(), null, "test");
            WebServer server = new WebServer(archive, null);
            return new TestArchive(store, archive, server, server.start(0), deliberations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    /** GETs {@code path} from the served archive. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The home's search engine asked directly: it answers by files, as the index holds them. */
    public org.fonds.search.Searcher engine() {
        return archive.searcher();
    }

    public OcflStore store() {
        return store;
    }

    /** The derived tables the server serves, built in memory: what the tests compare its pages and answers with. */
    public Deliberations deliberations() {
        return deliberations;
    }

    /** The latest record of every stored document, as {@code fonds tables} reads them. */
    private static List<ArchiveRecord> stored(OcflStore store) {
        try (Stream<String> ids = store.ids()) {
            return ids.sorted().map(id -> RecordJson.read(store.read(id, VersionRef.LATEST).orElseThrow().recordJson())).toList();
        }
    }

    private static Authority authority() {
        Authority sample = Authority.sample();
        List<AuthorityEntry> people = new ArrayList<>(sample.people());
        people.add(new AuthorityEntry(HOSTILE_PERSON, "<script>window.__pwned=1</script> Mallory", List.of("Mallory"),
                "<img src=x onerror=alert(1)> a note"));
        return new Authority(people, sample.distinct());
    }

    static ArchiveRecord hostile() {
        String body = "<img src=x onerror=alert(1)> The text <b>bold</b> <script>window.__pwned=1</script>\n\n"
                + "A link: <a href=\"javascript:window.__pwned=1\">click</a> & \"quotes\".";
        return new ArchiveRecord(HOSTILE_ID, "<script>alert('title')</script> A hostile record", "1960-01-05", null,
                "5 January 1960", "<i>Repository</i>", "javascript:alert(1)", List.of("javascript:alert(1)"), null,
                "<script>citation</script>", List.of(), "<b>compiler</b>", null, "<style>body{display:none}</style> summary",
                "English", "English", List.of("<Kadar>", "Mallory"), List.of("Mallory"),
                List.of(new Turn(List.of("Mallory"), "A link: <a href=\"javascript:window.__pwned=1\">click</a> & \"quotes\".", List.of())),
                List.of(), body,
                List.of(new Note(1, "<iframe src=//evil></iframe> a note", List.of())), List.of(),
                List.of(new Warning("no-citation", "<script>window.__pwned=1</script> no citation", 3)), List.of())
                // minutes, a record of a meeting: only those make sessions (issue 12), whose pages the hostile text tests
                .describedAs(new Description("plain", "minutes", List.of("<b>Roshchin</b>"),
                        List.of("Filippov [Stalin] <script>window.__pwned=1</script>"), "<i>Beijing</i>", "Top Secret",
                        List.of("<u>A. Translator</u>"), null));
    }

    private static Ingest.Progress quiet() {
        return new Ingest.Progress() {
            @Override
            public void update(int done, int total, long bytes, Duration elapsed) {
            }

            @Override
            public void finish() {
            }
        };
    }

    @Override
    public void close() {
        server.stop();
        archive.close();
        store.close();
    }
}
