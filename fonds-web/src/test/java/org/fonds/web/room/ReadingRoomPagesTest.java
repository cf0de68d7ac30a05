package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.export.Exports;
import org.fonds.export.Format;
import org.fonds.parse.NeedsShared;
import org.fonds.record.RecordJson;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading room's pages over HTTP: what reference managers, crawlers and old browsers read. */
@NeedsShared("corpus/seeds")
class ReadingRoomPagesTest {
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 20);
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close(); // null where @BeforeAll did not get as far
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(archive.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDocumentPageCarriesWhatZoteroReads() throws Exception {
        HttpResponse<String> r = get("/documents/wcda-111883");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(meta(html, "citation_title")).isEqualTo("Working Notes from the Session of the CPSU CC Presidium on 1 November 1956");
        assertThat(meta(html, "citation_date")).isEqualTo("1956/11/01");
        assertThat(meta(html, "citation_author")).isEqualTo("V. N. Malin");
        assertThat(meta(html, "DC.type")).isEqualTo("Manuscript");
        Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(ld.find()).isTrue();
        JsonNode json = RecordJson.mapper().readTree(ld.group(1));
        assertThat(json.get("@type").asText()).isEqualTo("ArchiveComponent");
        // the reference as written, OCR slip ("LI." for "Ll.") and all
        assertThat(json.get("itemLocation").asText()).startsWith("TsKhSD, F. 3, Op. 12, D. 1006, L").endsWith(" 19-22");
        assertThat(json.get("holdingArchive").get("name").asText()).isEqualTo("Wilson Center Digital Archive");
    }

    @Test
    void aDocumentPageOffersEveryExportFormatAndEachLinkServesIt() throws Exception {
        String html = get("/documents/wcda-111883").body();
        for (Format f : Exports.all()) {
            String url = "/documents/wcda-111883." + f.extension();
            assertThat(html).as(f.name()).contains("<a href=\"" + url + "\">" + f.label() + "</a>");
            HttpResponse<String> file = get(url);
            assertThat(file.statusCode()).as(url).isEqualTo(200);
            // Jetty writes "text/plain;charset=utf-8" for "text/plain; charset=utf-8"
            assertThat(file.headers().firstValue("Content-Type").orElse("").replace(" ", "")).as(url)
                    .isEqualTo(f.mediaType().replace(" ", ""));
        }
    }

    @Test
    void everyPageIsServedUnderAContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/documents/wcda-111883", "/dates", "/nowhere"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(ReadingRoom.CSP);
            assertThat(r.body()).as(path).doesNotContain("<script>").contains("<html lang=\"en\">");
        }
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
        assertThat(get("/documents/no-such-id").statusCode()).isEqualTo(404);
        assertThat(get("/documents/no-such-id").body()).contains("No document 'no-such-id'");
        for (String path : new String[] {"/nowhere", "/documents/no-such-id"}) {
            // as a browser asks: Javalin's own answer to a browser is HTML too, and must still become ours
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(archive.base() + path))
                    .header("Accept", "text/html,application/xhtml+xml").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<title>Not found · Fonds</title>");
        }
    }

    @Test
    void hostileTextIsEscapedInThePageAndItsJsonLd() throws Exception {
        String html = get("/documents/" + TestArchive.HOSTILE_ID).body();
        assertThat(html).contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert", "<iframe", "<img src=x", "<a href=\"javascript:");
        Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(ld.find()).isTrue();
        assertThat(ld.group(1)).doesNotContain("<", ">");
        assertThat(RecordJson.mapper().readTree(ld.group(1)).get("name").asText()).startsWith("<script>");
    }

    @Test
    void aRecordShowsFromToPlaceAndClassificationAsText() throws Exception {
        String html = get("/documents/" + TestArchive.HOSTILE_ID).body();
        assertThat(html).contains("<dt>Kind</dt><dd>minutes</dd>", "<dt>From</dt><dd>&lt;b&gt;Roshchin&lt;/b&gt;</dd>",
                "<dt>To</dt><dd>Filippov [Stalin] &lt;script&gt;window.__pwned=1&lt;/script&gt;</dd>",
                "<dt>Place</dt><dd>&lt;i&gt;Beijing&lt;/i&gt;</dd>", "<dt>Classification</dt><dd>Top Secret</dd>",
                "<dt>Translator</dt><dd>&lt;u&gt;A. Translator&lt;/u&gt;</dd>");
        // the JSON API gives the same fields, as the record has them
        JsonNode json = RecordJson.mapper().readTree(get("/api/documents/" + TestArchive.HOSTILE_ID).body());
        assertThat(json.get("kind").asText()).isEqualTo("minutes");
        assertThat(json.get("from").get(0).asText()).isEqualTo("<b>Roshchin</b>");
        // and the seeds, which say none of this of themselves, show none of it
        assertThat(get("/documents/wcda-111883").body()).doesNotContain("<dt>From</dt>", "<dt>Classification</dt>");
    }

    @Test
    void theSearchPageShowsItsFiltersEachWithARemoveLink() throws Exception {
        String html = get("/search?q=&facet.year=1956&facet.kind=minutes&from=1950&sort=date").body();
        assertThat(html).contains("aria-label=\"Filters in force\"");
        // removing the kind keeps the year, the dates and the order
        assertThat(html).contains("<a href=\"/search?facet.year=1956&amp;from=1950&amp;sort=date\" aria-label=\"Remove the filter Kind of document: minutes\">");
        assertThat(html).contains("aria-label=\"Remove the filter Year: 1956\"", "aria-label=\"Remove the filter Dates: from 1950\"",
                ">Remove every filter</a>");
        assertThat(get("/search?q=Kadar").body()).doesNotContain("Filters in force");
    }

    @Test
    void longFacetsSayHowManyValuesTheyHave() throws Exception {
        String html = get("/search?q=").body();
        Matcher more = Pattern.compile("<summary>show all (\\d+)</summary>").matcher(html);
        assertThat(more.find()).as("a facet with more than eight values").isTrue();
        assertThat(Integer.parseInt(more.group(1))).isGreaterThan(SearchPage.FIRST_VALUES + 1);
    }

    @Test
    void withoutWordsTheHitsShowTheirSummaries() throws Exception {
        String html = get("/search?q=&facet.year=1956&sort=date").body();
        assertThat(html).contains("<p class=\"summary\"><span class=\"source\">summary</span>").doesNotContain("class=\"snippet\"");
        assertThat(get("/search?q=Mikoyan+year%3A1956").body()).contains("class=\"snippet\"", "<mark>Mikoyan</mark>");
    }

    @Test
    void theBibliographyOfASearchHasEveryHit() throws Exception {
        String page = get("/search?q=&sort=date").body();
        Matcher total = Pattern.compile("these (\\d+) documents as").matcher(page);
        assertThat(total.find()).isTrue();
        int n = Integer.parseInt(total.group(1));
        assertThat(n).isGreaterThan(SearchPage.PAGE_SIZE);
        assertThat(page).contains("href=\"/search/download?sort=date&amp;format=ris\"");

        HttpResponse<String> ris = get("/search/download?q=&sort=date&format=ris");
        assertThat(ris.statusCode()).isEqualTo(200);
        assertThat(ris.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-research-info-systems");
        assertThat(ris.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "fonds-search.ris");
        assertThat(new de.undercouch.citeproc.ris.RISParser().parse(new java.io.StringReader(ris.body())).getReferences()).hasSize(n);
        // no address of this test server: it has no public URL
        assertThat(ris.body()).doesNotContain("127.0.0.1");

        String csv = get("/search/download?q=Kadar&format=csv").body();
        assertThat(csv.split("\r\n")).hasSize(1 + Integer.parseInt(RecordJson.mapper()
                .readTree(get("/api/search?q=Kadar&facets=false&snippets=false").body()).get("total").asText()));
        assertThat(get("/search/download?q=Kadar&format=pdf").statusCode()).isEqualTo(400);
        assertThat(get("/search/download?q=%28Kadar&format=ris").statusCode()).isEqualTo(400);
    }

    @Test
    void refusedFilesAndWarnedDocumentsAreInTheOpenFromTheHomePage() throws Exception {
        String home = get("/").body();
        Matcher note = Pattern.compile("<p class=\"problems-note\">1 file was refused and (\\d+) documents? ha(?:s|ve) warnings: "
                + "<a href=\"/problems\">").matcher(home);
        assertThat(note.find()).as(home).isTrue();
        String page = get("/problems").body();
        // the file by its name and reason, never the path of the machine that took it in
        assertThat(page).contains("<th scope=\"row\">" + TestArchive.REFUSED_NAME + "</th><td><code>empty</code></td>")
                .doesNotContain(tmp.toString());
        // the hostile record's warning, with its line, as text
        assertThat(page).contains("<code>no-citation</code>, line 3: &lt;script&gt;window.__pwned=1&lt;/script&gt; no citation")
                .contains("href=\"/search?facet.warning=no-citation\"");
        Matcher warned = Pattern.compile("(\\d+) documents? ha(?:s|ve) warnings</h2>").matcher(page);
        assertThat(warned.find()).isTrue();
        assertThat(warned.group(1)).isEqualTo(note.group(1));
        // the document itself shows its warnings with their lines
        assertThat(get("/documents/" + TestArchive.HOSTILE_ID).body())
                .contains("<dt><code>no-citation, line 3</code></dt><dd>&lt;script&gt;window.__pwned=1&lt;/script&gt; no citation</dd>");
        // a warning code leads to its documents in the search, with the filter shown
        String search = get("/search?facet.warning=no-citation").body();
        assertThat(search).contains("Remove the filter Warning: no-citation", "/documents/" + TestArchive.HOSTILE_ID);
        assertThat(get("/search?q=Kadar").body()).doesNotContain("problems-note");
    }

    @Test
    void theSitemapListsEveryDocumentPage() throws Exception {
        HttpResponse<String> index = get("/sitemap.xml");
        assertThat(index.body()).contains("<sitemapindex", "/sitemap-0.xml");
        String part = get("/sitemap-0.xml").body();
        long count = Pattern.compile("<loc>").matcher(part).results().count();
        assertThat(count).isEqualTo(5 + 20 + 1);
        assertThat(part).contains("/documents/wcda-111883</loc>");
        assertThat(get("/sitemap-7.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedQueryOnTheSearchPageSaysWhere() throws Exception {
        HttpResponse<String> r = get("/search?q=%28Kadar+OR");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("role=\"alert\"", "(Kadar OR");
        HttpResponse<String> dates = get("/search?q=Kadar&from=yesterday");
        assertThat(dates.statusCode()).isEqualTo(400);
        assertThat(dates.body()).contains("dates are written");
    }

    @Test
    void anEarlierVersionCanBeRead() throws Exception {
        assertThat(get("/documents/wcda-111883?version=1").statusCode()).isEqualTo(200);
        assertThat(get("/documents/wcda-111883?version=9").statusCode()).isEqualTo(404);
        // a version that is no number is the same mistake on a page as in the API: 400, said in words (issue 14)
        HttpResponse<String> bad = get("/documents/wcda-111883?version=x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(bad.body()).contains("a version is a whole number from 1 (got: x)");
        assertThat(get("/documents/wcda-111883.ris?version=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/documents/wcda-111883?version=x").statusCode()).isEqualTo(400);
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\">").matcher(html);
        assertThat(m.find()).as("meta %s", name).isTrue();
        return m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
