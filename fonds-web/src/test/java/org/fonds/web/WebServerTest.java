package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on a free port, on an archive holding the seeds. */
@NeedsShared("corpus/seeds")
class WebServerTest {
    private static final String ID = "wcda-111883";

    @TempDir
    static Path tmp;
    static TestArchive archive;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 0);
        base = archive.base();
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close(); // null where @BeforeAll did not get as far
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootSaysWhereTheApiIs() throws Exception {
        HttpResponse<String> r = get("/api");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(RecordJson.mapper().readTree(r.body()).path("api").path("document").asText()).isEqualTo("/api/documents/{id}");
    }

    @Test
    void healthSaysOk() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(RecordJson.mapper().readTree(r.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aDocumentIsServedAsItsRecordJson() throws Exception {
        HttpResponse<String> r = get("/api/documents/" + ID);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(RecordJson.read(r.body()).speakers()).contains("Suslov", "Mikoyan");
        assertThat(get("/api/documents/" + ID + "?version=1").body()).isEqualTo(r.body());
    }

    @Test
    void theHistoryAndTheSourceOfADocumentAreServed() throws Exception {
        JsonNode versions = RecordJson.mapper().readTree(get("/api/documents/" + ID + "/versions").body());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("message").asText()).contains("001_");
        HttpResponse<byte[]> source = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/documents/" + ID + "/source"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        try (Stream<Path> s = Files.list(Seeds.corpus("seeds"))) {
            Path seed = s.filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
            assertThat(source.body()).isEqualTo(Files.readAllBytes(seed));
        }
    }

    @Test
    void unknownDocumentsVersionsAndPathTricksGetClearJsonErrors() throws Exception {
        assertThat(get("/api/documents/wcda-1").statusCode()).isEqualTo(404);
        HttpResponse<String> missingVersion = get("/api/documents/" + ID + "?version=2");
        assertThat(missingVersion.statusCode()).isEqualTo(404);
        assertThat(missingVersion.body()).contains("at version 2");
        HttpResponse<String> badVersion = get("/api/documents/" + ID + "?version=abc");
        assertThat(badVersion.statusCode()).isEqualTo(400);
        assertThat(RecordJson.mapper().readTree(badVersion.body()).get("error").asText()).contains("abc");
        assertThat(get("/api/documents/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
        assertThat(get("/api/documents/%2e%2e/versions").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/route").statusCode()).isEqualTo(404);
    }

    @Test
    void searchAnswersHitsSnippetsAndFacets() throws Exception {
        HttpResponse<String> r = get("/api/search?q=%22Pancha+Shila%22");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = RecordJson.mapper().readTree(r.body());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("wcda-113647");
        assertThat(hit.get("date").asText()).isEqualTo("1956-10-30");
        assertThat(hit.get("snippets").get(0).get("html").asText()).contains("<mark>Pancha Shila</mark>");
        assertThat(json.get("facets").get("year").get(0).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void searchFiltersByFacetValues() throws Exception {
        JsonNode json = RecordJson.mapper().readTree(get("/api/search?q=&facet.month=1956-10&facet.month=1956-11&facet.person=Kadar").body());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("hits").get(0).get("id").asText()).isEqualTo("wcda-111884");
    }

    @Test
    void aMalformedQueryIs400WithWhereItWentWrong() throws Exception {
        HttpResponse<String> r = get("/api/search?q=%22Pancha");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode json = RecordJson.mapper().readTree(r.body());
        assertThat(json.get("code").asText()).isEqualTo("unterminated-phrase");
        assertThat(json.get("at").asInt()).isZero();
        assertThat(json.get("pointer").asText()).contains("^");
        assertThat(get("/api/search?q=x&size=1000").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=x&facet.colour=red").statusCode()).isEqualTo(400);
    }
}
