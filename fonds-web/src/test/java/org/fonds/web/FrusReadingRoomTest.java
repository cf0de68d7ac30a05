package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fonds.archive.Archive;
import org.fonds.ingest.Ingest;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two publishers side by side: the seeds, the real corpus and the FRUS excerpt taken in by one
 * ingest, served over real HTTP. A search of the days of the revolution finds both, the repository
 * facet tells them apart, a FRUS document reads with its footnotes, and Imre Nagy's page lists
 * documents of both.
 */
@NeedsShared({"corpus/seeds", "corpus/real/docs", "corpus/frus"})
class FrusReadingRoomTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FRUS = "Office of the Historian, Bureau of Public Affairs, U.S. Department of State";

    @TempDir
    static Path tmp;
    static Archive archive;
    static WebServer server;
    static String base;
    static Archive.Ingested ingested;

    @BeforeAll
    static void start() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("seeds", "real/docs")) {
            try (Stream<Path> s = Files.list(Seeds.corpus(folder))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        files.add(Seeds.present("corpus/frus/frus1955-57v25-excerpt.xml"));
        archive = Archive.open(tmp.resolve("home"), null, "test");
        ingested = archive.ingest(files, 2, Ingest.Progress.NONE, line -> { });
        server = new WebServer(archive, null, archive.liveTables(line -> { }));
        base = "http://127.0.0.1:" + server.start(0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (archive != null) archive.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return RecordJson.mapper().readTree(r.body());
    }

    @Test
    void nagyInTheDaysOfTheRevolutionIsFoundInBothPublishers() throws Exception {
        String q = URLEncoder.encode("Nagy date:[1956-10-23 TO 1956-11-04]", StandardCharsets.UTF_8);
        JsonNode result = json("/api/search?size=100&q=" + q);
        Set<String> ids = new HashSet<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertThat(ids).anyMatch(id -> id.startsWith("frus1955-57v25-d")).anyMatch(id -> id.startsWith("wcda-"));
        Set<String> repositories = new HashSet<>();
        result.get("facets").get("repository").forEach(v -> repositories.add(v.get("value").asText()));
        assertThat(repositories).contains(FRUS).anyMatch(r -> r.contains("Digital Archive"));
        // the facet tells them apart: selecting FRUS leaves only FRUS documents
        JsonNode frusOnly = json("/api/search?size=100&q=" + q + "&facet.repository="
                + URLEncoder.encode(FRUS, StandardCharsets.UTF_8));
        assertThat(frusOnly.get("total").asInt()).isPositive().isLessThan(result.get("total").asInt());
        frusOnly.get("hits").forEach(h -> assertThat(h.get("id").asText()).startsWith("frus1955-57v25-"));
    }

    @Test
    void aFrusDocumentReadsWithItsFootnotes() throws Exception {
        HttpResponse<String> page = get("/documents/frus1955-57v25-d97");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Telegram From the Legation in Hungary to the Department of State")
                .contains("Winner of the Kossuth Prize for Literature.")
                .contains("https://history.state.gov/historicaldocuments/frus1955-57v25/d97");
        JsonNode record = json("/api/documents/frus1955-57v25-d97");
        assertThat(record.get("noteMarkers")).hasSize(record.get("notes").size());
    }

    @Test
    void imreNagysPageListsDocumentsOfBothPublishers() throws Exception {
        String id = null;
        for (JsonNode p : json("/api/people?size=500").get("items")) {
            if (p.get("preferredName").asText().equals("Imre Nagy")) id = p.get("id").asText();
        }
        assertThat(id).isNotNull();
        String page = get("/people/" + id).body();
        assertThat(page).contains("/documents/frus1955-57v25-d").contains("/documents/wcda-");
    }

    @Test
    void kadarAndMikoyanOfTheListOfPersonsAreThePeopleOfTheExports() throws Exception {
        for (String name : List.of("Kádár", "Mikoyan")) {
            List<JsonNode> listed = new ArrayList<>();
            for (JsonNode p : json("/api/people?size=500").get("items")) {
                if (!p.get("preferredName").asText().contains(name)) continue;
                JsonNode person = json("/api/people/" + p.get("id").asText() + "?size=500");
                if (person.get("documents").toString().contains("\"frus1955-57v25\"")) listed.add(person);
            }
            // the one person the list identifies, who is also the person of the text exports
            assertThat(listed).as(name).hasSize(1);
            String documents = listed.getFirst().get("documents").toString();
            assertThat(documents).as(name).contains("wcda-");
            if (name.equals("Kádár")) {
                assertThat(documents).contains("frus1955-57v25-d108"); // "Kadar" marked as p_KJ1 there
                // the volume's identification says who he is on his page
                assertThat(get("/people/" + listed.getFirst().findValue("id").asText()).body())
                        .contains("General Secretary of the Hungarian Workers");
            }
        }
    }

    @Test
    void theVolumeIsKeptWholeAndASecondIngestWritesNothing() throws Exception {
        assertThat(ingested.summary().refused()).isZero();
        byte[] volume = Files.readAllBytes(Seeds.present("corpus/frus/frus1955-57v25-excerpt.xml"));
        assertThat(archive.documents().source("frus1955-57v25", org.fonds.record.stored.VersionRef.LATEST).orElseThrow())
                .isEqualTo(volume);
        Archive.Ingested again = archive.ingest(List.of(Seeds.present("corpus/frus/frus1955-57v25-excerpt.xml")), 2,
                Ingest.Progress.NONE, line -> { });
        assertThat(again.summary().unchanged()).isEqualTo(18);
        assertThat(again.summary().added() + again.summary().updated()).isZero();
        assertThat(again.summary().changed()).isEmpty();
    }
}
