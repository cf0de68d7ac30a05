package org.fonds.web;

import org.fonds.record.stored.VersionRef;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fonds.ingest.Ingest;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Required;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.archive.Archive;
import org.fonds.store.ArchiveHome;
import org.fonds.store.Deposit;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.fonds.synth.Synthetic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of {@code /oai}: a harvester we did not write, the npm package {@code oai-pmh}
 * (pinned in src/test/harvester, installed with {@code npm ci} under target/), harvests a server
 * over real HTTP whose store holds the 5 seeds and, stored a second later, 700 synthetic documents.
 * Every document must come back exactly once, through the resumption tokens of 100-item pages.
 * Without node or the npm registry the test fails and says so: it never skips.
 */
@NeedsShared("corpus/seeds")
@EnabledIf(value = "harvesterCanBeInstalled", disabledReason = OaiHarvestTest.NO_NPM)
class OaiHarvestTest {
    private static final Path HARVESTER = Path.of("target", "oai-harvester");
    private static final String PACKAGE = "oai-pmh@2.0.3";

    @TempDir
    static Path tmp;
    static OcflStore store;
    static Archive archive;
    static WebServer server;
    static String base;
    /** Every stored document's record, by id. */
    static final Map<String, ArchiveRecord> records = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path seedFolder = Seeds.corpus("seeds");
        installHarvester();
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        store = OcflStore.open(home);
        List<Path> seeds;
        try (Stream<Path> s = Files.list(seedFolder)) {
            seeds = s.sorted().toList();
        }
        try (LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 2).run(seeds, new Ingest.Progress() {
                @Override
                public void update(int done, int total, long bytes, Duration elapsed) {
                }

                @Override
                public void finish() {
                }
            }, line -> { });
        }
        Thread.sleep(1100 - System.currentTimeMillis() % 1000); // the synthetic documents get later datestamps
        Generator generator = new Generator(11);
        // 700: a repository set of more than 100 records (a page) among the generated layouts, some of which name no archive
        for (int i = 0; i < 700; i++) {
            Synthetic s = generator.generate(i);
            store.put(new Deposit(s.bytes(), s.fileName(), s.expected(), "test"));
        }
        store.flush();
        try (Stream<String> ids = store.ids()) {
            ids.forEach(id -> records.put(id, RecordJson.read(store.read(id, VersionRef.LATEST).orElseThrow().recordJson())));
        }
        archive = Archive.open(home.root(), null, "test");
        server = new WebServer(archive, null);
        base = "http://127.0.0.1:" + server.start(0) + "/oai";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (archive != null) archive.close();
        if (store != null) store.close();
    }

    /** {@code npm ci} of the pinned harvester into target/oai-harvester, once per build. */
    static void installHarvester() throws IOException, InterruptedException {
        if (Files.isRegularFile(HARVESTER.resolve("node_modules/oai-pmh/package.json"))) return;
        Files.createDirectories(HARVESTER);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(Path.of("src/test/harvester", file), HARVESTER.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Result npm = run(HARVESTER, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund");
        if (npm.exit() != 0) {
            throw new AssertionError("the acceptance harvester " + PACKAGE + " could not be installed with 'npm ci' in "
                    + HARVESTER.toAbsolutePath() + " (is node with npm on PATH, and the npm registry reachable?); npm said:\n"
                    + npm.output());
        }
    }

    static final String NO_NPM = "the harvest test installs the harvester oai-pmh with npm, which is not on PATH:"
            + " apt-get install npm (./fonds test does, as root) (skipped outside CI; under CI=true this fails)";

    /** For {@code @EnabledIf}: npm is there or the harvester already installed; under CI=true always, so that it fails. */
    static boolean harvesterCanBeInstalled() {
        return Required.inCi() || Files.isRegularFile(HARVESTER.resolve("node_modules/oai-pmh/package.json")) || onPath("npm");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
        }
        return false;
    }

    record Result(int exit, String stdout, String output) {
    }

    static Result run(Path dir, Duration limit, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + " for the acceptance harvester: " + e.getMessage(), e);
        }
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit);
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        return new Result(p.exitValue(), stdout, stdout + Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs the harvester's own command line; returns the JSON objects it prints, one per item. */
    static List<JsonNode> harvest(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "node_modules/oai-pmh/bin/oai-pmh"));
        command.addAll(List.of(args));
        Result r = run(HARVESTER, Duration.ofMinutes(5), command.toArray(String[]::new));
        assertThat(r.exit()).as("oai-pmh %s said:\n%s", String.join(" ", args), r.output()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            if (!line.isBlank()) out.add(RecordJson.mapper().readTree(line));
        }
        return out;
    }

    static List<String> identifiers(List<JsonNode> items) {
        return items.stream().map(n -> (n.has("header") ? n.get("header") : n).get("identifier").asText()).sorted().toList();
    }

    static List<String> oaiIds(Stream<String> ids) {
        return ids.map(id -> "oai:fonds:" + id).sorted().toList();
    }

    static long datestamp(String id) {
        return store.history(id).getLast().created().toEpochSecond();
    }

    @Test
    void theHarvesterGetsEveryDocumentExactlyOnceThroughListRecords() throws Exception {
        assertThat(records).hasSizeGreaterThan(500);
        List<JsonNode> harvested = harvest("list-records", base, "-p", "oai_dc");
        assertThat(identifiers(harvested)).containsExactlyElementsOf(oaiIds(records.keySet().stream()));
        for (JsonNode record : harvested) {
            String id = record.get("header").get("identifier").asText().substring("oai:fonds:".length());
            JsonNode dc = record.get("metadata").get("oai_dc:dc");
            JsonNode title = dc.get("dc:title");
            assertThat(title.isTextual() ? title.asText() : title.get(0).asText()).isEqualTo(records.get(id).title().strip());
            assertThat(dc.get("dc:type").asText()).isEqualTo("Text");
        }
    }

    @Test
    void theHarvesterGetsEveryIdentifierExactlyOnceThroughListIdentifiers() throws Exception {
        assertThat(identifiers(harvest("list-identifiers", base, "-p", "oai_dc")))
                .containsExactlyElementsOf(oaiIds(records.keySet().stream()));
    }

    @Test
    void theHarvesterSelectsByDatestamp() throws Exception {
        long lastSeed = records.keySet().stream().filter(id -> id.startsWith("wcda-")).mapToLong(OaiHarvestTest::datestamp)
                .max().orElseThrow();
        long firstLater = records.keySet().stream().filter(id -> datestamp(id) > lastSeed).mapToLong(OaiHarvestTest::datestamp)
                .min().orElseThrow();
        String until = Instant.ofEpochSecond(lastSeed).toString();
        String from = Instant.ofEpochSecond(firstLater).toString();
        assertThat(identifiers(harvest("list-records", base, "-p", "oai_dc", "-u", until)))
                .containsExactlyElementsOf(oaiIds(records.keySet().stream().filter(id -> datestamp(id) <= lastSeed)));
        List<String> later = oaiIds(records.keySet().stream().filter(id -> datestamp(id) >= firstLater));
        assertThat(later).hasSizeGreaterThanOrEqualTo(500);
        assertThat(identifiers(harvest("list-identifiers", base, "-p", "oai_dc", "-f", from))).containsExactlyElementsOf(later);
    }

    @Test
    void theHarvesterSelectsBySetAndListsTheSets() throws Exception {
        List<JsonNode> sets = harvest("list-sets", base);
        List<String> specs = sets.stream().map(s -> s.get("setSpec").asText()).toList();
        assertThat(specs).contains("repository", "archive", "fond", "repository:wilson-center-digital-archive");
        Map<String, List<String>> byRepository = new TreeMap<>();
        records.forEach((id, r) -> byRepository.computeIfAbsent(r.repository(), k -> new ArrayList<>()).add(id));
        // the harvester cannot read a page of one item (it iterates an object), so pick a set without one
        Map.Entry<String, List<String>> repository = byRepository.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty()) // records that name no archive are in no repository set
                .filter(e -> e.getValue().size() > 100 && e.getValue().size() % 100 != 1).findFirst().orElseThrow();
        String spec = "repository:" + repository.getKey().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        assertThat(specs).contains(spec);
        assertThat(identifiers(harvest("list-records", base, "-p", "oai_dc", "-s", spec)))
                .containsExactlyElementsOf(oaiIds(repository.getValue().stream()));
    }

    @Test
    void identifyAndGetRecordAnswerOverHttpAsTheHarvesterReadsThem() throws Exception {
        JsonNode identify = harvest("identify", base).getFirst();
        assertThat(identify.get("baseURL").asText()).isEqualTo(base);
        assertThat(identify.get("protocolVersion").asText()).isEqualTo("2.0");
        JsonNode record = harvest("get-record", base, "-i", "oai:fonds:wcda-111883", "-p", "oai_dc").getFirst();
        assertThat(record.get("header").get("identifier").asText()).isEqualTo("oai:fonds:wcda-111883");
    }

    @Test
    void postIsAnsweredLikeGetAndErrorsAreXmlWithStatus200() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=Identify")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("content-type").orElse("")).startsWith("text/xml");
        assertThat(post.body()).contains("<repositoryName>Fonds</repositoryName>");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "?verb=Nonsense")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("<error code=\"badVerb\">");
    }
}
