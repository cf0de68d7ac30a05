package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.parse.NeedsShared;
import org.fonds.store.OcflStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests an outside tester made (issue 15): a damaged stored copy, a hostile Host header, numbers
 * out of range. Each must get a clear answer, and the rest of the archive must go on being served.
 */
@NeedsShared("corpus/seeds")
class AbuseTest {
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static List<String> ids;

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 20);
        try (Stream<String> s = archive.store().ids()) {
            ids = s.filter(id -> !id.equals(TestArchive.HOSTILE_ID)).sorted().toList();
        }
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close(); // null where @BeforeAll did not get as far
    }

    private static Path storedFile(String id, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(archive.store().home().ocfl())) {
            return walk.filter(p -> p.getFileName().toString().equals(name) && p.toString().contains("/" + id + "/"))
                    .max(java.util.Comparator.comparing(Path::toString)).orElseThrow();
        }
    }

    private static void flipByte(Path file, int at) throws IOException {
        byte[] b = Files.readAllBytes(file);
        b[at] ^= 0x01;
        Files.write(file, b);
    }

    @Test
    void a_flipped_byte_in_a_stored_source_is_never_served_as_the_preserved_copy() throws Exception {
        String id = ids.get(1);
        flipByte(storedFile(id, OcflStore.SOURCE), 10);
        var source = archive.get("/api/documents/" + id + "/source");
        assertThat(source.statusCode()).isEqualTo(500);
        assertThat(source.body()).contains("damaged-object").contains(id).contains("fixity");
        var page = archive.get("/documents/" + id);
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("fixity");
        assertThat(archive.get("/documents/" + id + ".ris").statusCode()).isEqualTo(500);
        // the intact record of the same object is served, and every other document as usual
        assertThat(archive.get("/api/documents/" + id).statusCode()).isEqualTo(200);
        assertThat(archive.get("/api/documents/" + ids.get(2) + "/source").statusCode()).isEqualTo(200);
        assertThat(archive.get("/documents/" + ids.get(2)).statusCode()).isEqualTo(200);
        assertThat(archive.get("/oai?verb=Identify").statusCode()).isEqualTo(200);
    }

    /** A raw request: Java's HTTP client will not send a Host header of our choosing. */
    private static String rawGet(String path, String host) throws IOException {
        int port = Integer.parseInt(archive.base().substring(archive.base().lastIndexOf(':') + 1));
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Forwarded-Host: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_hostile_host_header_never_reaches_citations_links_or_the_sitemap() throws Exception {
        String id = ids.get(3);
        for (String path : List.of("/documents/" + id, "/documents/" + id + ".ris", "/documents/" + id + ".bib",
                "/documents/" + id + ".csl.json", "/documents/" + id + ".tei.xml", "/sitemap.xml", "/sitemap-0.xml",
                "/oai?verb=Identify")) {
            String answer = rawGet(path, "evil.example");
            assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
        }
        assertThat(rawGet("/sitemap-0.xml", "evil.example")).contains(archive.base() + "/documents/");
    }

    @Test
    void public_pages_name_the_ingested_file_never_the_path_of_the_machine() throws Exception {
        String id = ids.get(4);
        String path = archive.store().history(id).getLast().message();
        assertThat(path).contains("/");
        String dir = path.substring("ingest of ".length(), path.lastIndexOf('/') + 1);
        assertThat(archive.get("/documents/" + id).body()).doesNotContain(dir);
        assertThat(archive.get("/api/documents/" + id + "/versions").body()).doesNotContain(dir)
                .contains(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void unknown_api_routes_answer_with_the_json_error() throws Exception {
        for (String path : List.of("/api/nothing", "/api/documents", "/api/search/x")) {
            var r = archive.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).startsWith("{").contains("\"status\":404");
        }
    }

    @Test
    void numbers_out_of_range_are_refused_not_failed() throws Exception {
        for (String path : List.of("/sitemap-99999999.xml", "/sitemap-2147483647.xml", "/sitemap-99999999999999.xml")) {
            assertThat(archive.get(path).statusCode()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/api/search?q=council&page=2147483647", "/api/search?q=council&page=99999999999",
                "/api/search?q=council&size=2147483647", "/api/documents/" + ids.get(0) + "?version=2147483647",
                "/api/documents/" + ids.get(0) + "/source?version=99999999999")) {
            int status = archive.get(path).statusCode();
            assertThat(status).as(path).isIn(400, 404);
        }
        // a page past the end of a list is empty, not an error
        for (String path : List.of("/api/people?page=2147483647&size=500", "/api/sessions?page=2147483647&size=500",
                "/api/references?page=2147483647&size=500")) {
            assertThat(archive.get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/search?q=council&page=2147483647", "/search?q=council&page=99999999999",
                "/people?page=2147483647", "/sessions?page=2147483647", "/dates?year=1956&page=2147483647")) {
            int status = archive.get(path).statusCode();
            assertThat(status).as(path).isIn(200, 400, 404);
        }
    }
}
