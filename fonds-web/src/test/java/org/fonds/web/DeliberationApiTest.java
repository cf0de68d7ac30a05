package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.Table;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The people, sessions, references and tables of the API over real HTTP, on the seeds (and the
 * hostile record), compared with the facts in seeds-expected and with the derived tables served.
 */
@NeedsShared({"corpus/seeds", "corpus/seeds-expected"})
class DeliberationApiTest {

    @TempDir
    static Path tmp;
    static TestArchive archive;
    static Deliberations d;

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 0);
        d = archive.deliberations();
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close(); // null where @BeforeAll did not get as far
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return archive.get(path);
    }

    static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
        return RecordJson.mapper().readTree(r.body());
    }

    @Test
    void eachSeedSessionHasTheParticipantsAndSpeakersOfItsFacts() throws Exception {
        List<Path> facts;
        try (Stream<Path> files = Files.list(Seeds.corpus("seeds-expected"))) {
            facts = files.sorted().toList();
        }
        assertThat(facts).hasSize(5);
        for (Path f : facts) {
            JsonNode expected = RecordJson.mapper().readTree(f.toFile());
            JsonNode session = json("/api/sessions/wcda-" + expected.get("archiveDocumentId").asText());
            assertThat(names(session.get("participants"))).as(f.toString()).isEqualTo(strings(expected.get("participants")));
            assertThat(names(session.get("speakers"))).as(f.toString()).isEqualTo(strings(expected.get("speakers")));
            session.get("participants").forEach(p -> assertThat(p.path("personId").asText()).as(f + ": " + p).isNotEmpty());
            assertThat(session.get("date").asText()).isEqualTo(expected.get("date").asText());
        }
    }

    @Test
    void kadarAndKadarWithAccentsAreOnePerson() throws Exception {
        List<JsonNode> kadars = new ArrayList<>();
        json("/api/people?size=500").get("items").forEach(p -> {
            if (p.get("forms").toString().contains("Kadar") || p.get("forms").toString().contains("Kádár")) kadars.add(p);
        });
        assertThat(kadars).hasSize(1);
        JsonNode kadar = kadars.getFirst();
        assertThat(kadar.get("id").asText()).isEqualTo("kadar-janos");
        assertThat(kadar.get("preferredName").asText()).isEqualTo("János Kádár");
        // titles are never part of a form (issue 12): "Cde. Kadar" is the form "Kadar"
        assertThat(strings(kadar.get("forms"))).contains("Kadar", "J. Kadar", "Janos Kadar", "János Kádár").doesNotContain("Cde. Kadar");
        assertThat(kadar.get("ambiguous").asBoolean()).isFalse();
        assertThat(kadar.get("documents").asInt()).isEqualTo(d.person("kadar-janos").orElseThrow().documents().size());
    }

    /**
     * Issue 12: /api/people/{id} gives the roles in each document and the description a translator's note
     * gives (seed 002, note 5: "Mikhail Malinin, a first deputy chief of the Soviet General Staff, who ...").
     */
    @Test
    void aPersonSaysWhatTheyAreInEachDocumentAndWhoTheNoteSaysTheyAre() throws Exception {
        JsonNode roles = json("/api/people/kadar-janos?size=500").get("roles");
        Map<String, List<String>> byDocument = new java.util.TreeMap<>();
        roles.get("items").forEach(r -> byDocument.put(r.get("document").asText(), strings(r.get("roles"))));
        Map<String, List<String>> expected = new java.util.TreeMap<>();
        d.person("kadar-janos").orElseThrow().rolesByDocument().forEach((doc, r) -> expected.put(doc, r.stream().map(Enum::name).toList()));
        assertThat(roles.get("total").asInt()).isEqualTo(d.person("kadar-janos").orElseThrow().documents().size());
        assertThat(byDocument).isEqualTo(expected);
        assertThat(byDocument.get("wcda-111884")).contains("PARTICIPANT", "SPEAKER");
        JsonNode malinin = json("/api/people/malinin-mikhail").get("person");
        assertThat(malinin.get("description").asText()).isEqualTo("a first deputy chief of the Soviet General Staff");
        assertThat(malinin.get("describedBy").asText()).isEqualTo("note");
    }

    @Test
    void theTwoKovacsAreKeptApartAndFlagged() throws Exception {
        JsonNode bela = json("/api/people/kovacs-bela").get("person");
        JsonNode istvan = json("/api/people/kovacs-istvan").get("person");
        assertThat(bela.get("ambiguous").asBoolean()).isTrue();
        assertThat(istvan.get("ambiguous").asBoolean()).isTrue();
        assertThat(strings(bela.get("forms"))).contains("Bela Kovacs").doesNotContain("General Istvan Kovacs");
        assertThat(strings(istvan.get("forms"))).contains("General Istvan Kovacs").doesNotContain("Bela Kovacs");
        assertThat(bela.get("note").asText()).contains("kovacs-istvan");
        List<String> flagged = new ArrayList<>();
        json("/api/people?size=500").get("items").forEach(p -> {
            if (p.get("id").asText().startsWith("kovacs")) flagged.add(p.get("id").asText() + "=" + p.get("ambiguous").asBoolean());
        });
        assertThat(flagged).containsExactly("kovacs=true", "kovacs-bela=true", "kovacs-istvan=true");
    }

    @Test
    void aPersonComesWithTurnsInDateOrderSessionsAndTasks() throws Exception {
        JsonNode zhukov = json("/api/people/zhukov?size=500");
        List<String> dates = new ArrayList<>();
        zhukov.get("statements").get("items").forEach(s -> dates.add(s.get("date").asText()));
        assertThat(dates).hasSize(d.statements().of("zhukov").size()).isSorted().contains("1956-10-30", "1956-11-01");
        assertThat(zhukov.get("statements").get("total").asInt()).isEqualTo(dates.size());
        // a page at a time: the second page of two turns each is the third and fourth turn
        JsonNode second = json("/api/people/zhukov?size=2&page=2").get("statements");
        assertThat(second.get("total").asInt()).isEqualTo(dates.size());
        assertThat(second.get("items")).hasSize(2);
        assertThat(second.get("items").get(0).get("date").asText()).isEqualTo(dates.get(2));
        List<String> sessions = new ArrayList<>();
        zhukov.get("sessions").get("items").forEach(s -> sessions.add(s.get("documentId").asText() + ":" + s.get("turns").asInt()));
        assertThat(sessions).contains("wcda-113647:5");
        // the sessions come a page at a time too, by the same page and size
        assertThat(zhukov.get("sessions").get("total").asInt()).isEqualTo(sessions.size()).isGreaterThan(2);
        assertThat(second.get("items").size()).isEqualTo(2);
        JsonNode secondSessions = json("/api/people/zhukov?size=2&page=2").get("sessions");
        assertThat(secondSessions.get("total").asInt()).isEqualTo(sessions.size());
        assertThat(secondSessions.get("items").get(0).get("documentId").asText()).isEqualTo(sessions.get(2).split(":")[0]);
        JsonNode kadar = json("/api/people/kadar-janos?size=500");
        assertThat(strings(kadar.get("documents").get("items"))).isEqualTo(d.person("kadar-janos").orElseThrow().documents());
        assertThat(kadar.get("tasks").get("items").get(0).get("text").asText()).startsWith("Cde. Kadar is to say");
        assertThat(kadar.get("tasks").get("items").get(0).get("documentId").asText()).isEqualTo("wcda-111887");
        assertThat(kadar.get("documents").get("total").asInt()).isEqualTo(d.person("kadar-janos").orElseThrow().documents().size());
    }

    @Test
    void listsComeInPagesAndBadPagingIs400() throws Exception {
        JsonNode first = json("/api/people?size=5");
        assertThat(first.get("total").asInt()).isEqualTo(d.people().size());
        assertThat(first.get("items")).hasSize(5);
        JsonNode second = json("/api/people?size=5&page=2");
        assertThat(second.get("items").get(0).get("id").asText()).isEqualTo(d.people().get(5).id());
        assertThat(json("/api/people?page=999").get("items")).isEmpty();
        JsonNode sessions = json("/api/sessions");
        assertThat(sessions.get("total").asInt()).isEqualTo(d.sessions().size());
        List<String> dates = new ArrayList<>();
        sessions.get("items").forEach(s -> dates.add(s.get("date").asText()));
        assertThat(dates).isSorted();
        JsonNode nov1 = sessions.get("items").get(1);
        assertThat(nov1.get("documentId").asText()).isEqualTo("wcda-111883");
        assertThat(nov1.get("participants").asInt()).isEqualTo(14);
        for (String bad : List.of("page=0", "page=x", "size=0", "size=501", "size=%3Cb%3E")) {
            HttpResponse<String> r = get("/api/people?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(RecordJson.mapper().readTree(r.body()).get("error").asText()).as(bad).contains("must be a whole number");
        }
    }

    @Test
    void theAnswersAreTheDerivedTablesByteForByte() throws Exception {
        assertThat(get("/api/sessions/wcda-111887").body()).isEqualTo(Json.MAPPER.writeValueAsString(d.session("wcda-111887").orElseThrow()));
        JsonNode references = json("/api/references");
        assertThat(references.get("total").asInt()).isEqualTo(d.references().groups().size());
        assertThat(references.get("items").toString())
                .isEqualTo(RecordJson.mapper().readTree(Json.MAPPER.writeValueAsString(d.references().groups())).toString());
        JsonNode d484 = references.get("items").get(0);
        assertThat(d484.get("archive").asText() + " " + d484.get("delo").asText()).isEqualTo("APRF 484");
        assertThat(d484.get("documents").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyTableDownloadsAsCsvAndJson() throws Exception {
        Map<String, Table> tables = Map.of("attendance", d.attendance(), "speaking", d.speaking(), "statements", d.statements(),
                "decisions-and-tasks", d.log(), "references", d.references(), "works", d.works(), "timeline", d.timeline());
        for (var t : tables.entrySet()) {
            HttpResponse<String> csv = get("/api/tables/" + t.getKey() + ".csv");
            assertThat(csv.statusCode()).as(t.getKey()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(t.getKey() + ".csv");
            assertThat(csv.body()).as(t.getKey()).isEqualTo(t.getValue().csv());
            assertThat(get("/api/tables/" + t.getKey() + ".json").body()).as(t.getKey()).isEqualTo(t.getValue().json());
        }
        assertThat(get("/api/tables/attendance.csv").body()).startsWith("person,session,attended\r\n");
        assertThat(get("/api/tables/people.csv").statusCode()).isEqualTo(404);
        assertThat(get("/api/tables/attendance.xml").statusCode()).isEqualTo(404);
        assertThat(get("/api/tables/attendance").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownAndHostileIdsAreJson404s() throws Exception {
        for (String path : List.of("/api/people/nobody", "/api/sessions/wcda-1", "/api/people/..%2Fx", "/api/sessions/%2e%2e",
                "/api/people/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/api/people/Kadar", "/api/sessions/" + "x".repeat(3000))) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
            assertThat(RecordJson.mapper().readTree(r.body()).get("status").asInt()).as(path).isEqualTo(404);
        }
        // the id comes back as JSON text, under nosniff: no browser takes it for a page
        HttpResponse<String> script = get("/api/people/%3Cscript%3E");
        assertThat(RecordJson.mapper().readTree(script.body()).get("error").asText()).isEqualTo("no person '<script>'");
        assertThat(script.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        // Jetty refuses a NUL in a path as a bad message before any handler runs: a 400 that echoes nothing
        for (String path : List.of("/api/people/%00", "/api/sessions/a%00b")) {
            HttpResponse<String> nul = get(path);
            assertThat(nul.statusCode()).as(path).isEqualTo(400);
            assertThat(nul.body()).as(path).doesNotContain("\u0000", "%00");
        }
    }

    @Test
    void theApiIndexNamesTheNewRoutes() throws Exception {
        JsonNode api = json("/api").get("api");
        assertThat(api.get("person").asText()).isEqualTo("/api/people/{id}");
        assertThat(api.get("session").asText()).isEqualTo("/api/sessions/{id}");
        assertThat(api.get("references").asText()).startsWith("/api/references");
        assertThat(strings(api.get("tables"))).containsExactly("attendance", "speaking", "statements", "decisions-and-tasks",
                "references", "works", "timeline");
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
