package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fonds.archive.Archive;
import org.fonds.ingest.Ingest;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.parse.office.Docx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF, a Word document, a saved web page and a text ingested into a real home and served over HTTP: each source
 * comes back byte for byte, the PDF and the Word file as themselves to download, the web page as a download never
 * shown on the archive's address, the text as plain text; the reading room links every document's source file.
 */
class SourceFilesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String WATER = "Minutes of the Water Bureau\n\n6 April 1957\n\nCde. Popov: The pipes hold.\n";
    @TempDir
    static Path tmp;
    static Archive archive;
    static WebServer server;
    static String base;
    static byte[] pdf;
    static byte[] docx;
    static byte[] page;

    @BeforeAll
    static void serve() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        pdf = pdf("Minutes of the Transport Bureau", "3 April 1957", "Cde. Orlov: The wagons are late.");
        docx = Docx.of(List.of("Minutes of the Grain Bureau", "4 April 1957", "Cde. Lebedev: The harvest is in."));
        page = ("<!DOCTYPE html><html><head><link rel=\"canonical\" href=\"https://archive.example.org/document/77\">"
                + "<script>alert('on the archive')</script></head><body><main><h1>Minutes of the Fuel Bureau</h1><p>5 April 1957</p>"
                + "<p>Cde. Sokolov: The coal is short.</p></main></body></html>").getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("transport.pdf"), pdf);
        Files.write(in.resolve("grain.docx"), docx);
        Files.write(in.resolve("fuel.html"), page);
        Files.writeString(in.resolve("water.txt"), WATER);
        archive = Archive.open(tmp.resolve("home"), null, "test");
        try (var files = Files.list(in)) {
            archive.ingest(files.sorted().toList(), 1, Ingest.Progress.NONE, line -> { });
        }
        server = new WebServer(archive, null);
        base = "http://127.0.0.1:" + server.start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.stop();
        if (archive != null) archive.close();
    }

    @Test
    void a_pdf_and_a_word_document_are_served_as_themselves_to_download() throws Exception {
        HttpResponse<byte[]> p = source(id(pdf));
        assertThat(p.body()).isEqualTo(pdf);
        assertThat(p.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(p.headers().firstValue("content-disposition").orElse("")).startsWith("attachment").endsWith(".pdf\"");

        HttpResponse<byte[]> w = source(id(docx));
        assertThat(w.body()).isEqualTo(docx);
        assertThat(w.headers().firstValue("content-type").orElse("")).contains("wordprocessingml");
        assertThat(w.headers().firstValue("content-disposition").orElse("")).endsWith(".docx\"");
    }

    @Test
    void a_saved_web_page_is_a_download_never_a_page_of_the_archive_and_a_text_is_shown_as_text() throws Exception {
        HttpResponse<byte[]> h = source("example-77");
        assertThat(h.body()).isEqualTo(page);
        assertThat(h.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
        assertThat(h.headers().firstValue("content-disposition").orElse("")).isEqualTo("attachment; filename=\"example-77.html\"");

        HttpResponse<byte[]> t = source(id(WATER.getBytes(StandardCharsets.UTF_8)));
        assertThat(t.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
        assertThat(t.headers().firstValue("content-disposition")).isEmpty();
    }

    @Test
    void the_reading_room_links_each_documents_source_file() throws Exception {
        String id = id(pdf);
        String html = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/documents/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(html).contains("href=\"/api/documents/" + id + "/source\"").contains("Source file");
    }

    /** The id the parser gives the file: the one ingest stored it under. */
    private static String id(byte[] file) {
        return ((ParseOutcome.Accepted) new RecordParser().parse("f", file)).record().id();
    }

    private static HttpResponse<byte[]> source(String id) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/documents/" + id + "/source")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage();
            doc.addPage(p);
            try (PDPageContentStream c = new PDPageContentStream(doc, p)) {
                float y = 720;
                for (String line : lines) {
                    c.beginText();
                    c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    c.newLineAtOffset(60, y);
                    c.showText(line);
                    c.endText();
                    y -= 30;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
