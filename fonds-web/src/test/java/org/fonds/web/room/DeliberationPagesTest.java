package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.deliberation.Deliberations;
import org.fonds.parse.NeedsShared;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of people, sessions, references and the pictures over HTTP, on the seeds and 20 generated records. */
@NeedsShared("corpus/seeds")
class DeliberationPagesTest {
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static Deliberations d;

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 20);
        d = archive.deliberations();
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close(); // null where @BeforeAll did not get as far
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return archive.get(path);
    }

    static String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(ReadingRoom.CSP);
        // the policy forbids inline script and style: a page that relied on them would break
        assertThat(r.body()).as(path).doesNotContain("<script>", " style=", "<style");
        return r.body();
    }

    @Test
    void theIndexOfPeopleFlagsSharedSurnamesAndLinksToEachPerson() throws Exception {
        String html = page("/people");
        assertThat(html).contains("<a href=\"/people/kadar-janos\">János Kádár</a>");
        assertThat(row(html, "/people/kovacs-bela")).contains("shared surname", "Kovacs");
        assertThat(row(html, "/people/kovacs-istvan")).contains("shared surname", "General Istvan Kovacs");
        assertThat(row(html, "/people/kadar-janos")).doesNotContain("shared surname").contains("J. Kadar");
        assertThat(html).contains(d.people().size() + " people");
    }

    @Test
    void aPersonPageShowsTheAuthorityPersonAndTheirTurnsInDateOrder() throws Exception {
        String html = page("/people/bulganin-nikolai");
        assertThat(html).contains("<h1 id=\"name\">Nikolai Bulganin</h1>", "<li>Bulganin</li>", "<li>Nikolai Bulganin</li>");
        String turns = html.substring(html.indexOf("class=\"statements\""));
        List<String> dates = times(turns.substring(0, turns.indexOf("</ol>")));
        assertThat(dates).hasSize(d.statements().of("bulganin-nikolai").size()).isSorted();
        assertThat(dates).containsSubsequence("1956-10-30", "1956-11-01", "1956-11-04");
        assertThat(html).contains("href=\"/sessions/wcda-113647\"");
        String kadar = page("/people/kadar-janos");
        assertThat(kadar).contains("János Kádár", "Cde. Kadar is to say", "took part, spoke, mentioned, tasked");
        // the tasks' heading counts them from the tables' kept counts; under 200 every one is listed
        java.util.regex.Matcher heading = java.util.regex.Pattern.compile("Tasks \\((\\d+)\\)</h2>").matcher(kadar);
        assertThat(heading.find()).isTrue();
        String tasks = kadar.substring(heading.end(), kadar.indexOf("</ul>", heading.end()));
        assertThat(Integer.parseInt(heading.group(1))).isPositive().isEqualTo(tasks.split("<li>", -1).length - 1);
    }

    @Test
    void aPersonPageSaysWhatTheyAreInEachDocumentAndWhoANoteSaysTheyAre() throws Exception {
        var kadar = d.person("kadar-janos").orElseThrow();
        String html = page("/people/kadar-janos");
        String documents = html.substring(html.indexOf("id=\"documents-heading\""));
        assertThat(kadar.rolesByDocument()).isNotEmpty();
        int checked = 0;
        for (var e : kadar.rolesByDocument().entrySet()) {
            int at = documents.indexOf("href=\"/documents/" + e.getKey() + "\"");
            if (at < 0) continue; // beyond the first page of documents
            String item = documents.substring(at, documents.indexOf("</li>", at));
            assertThat(item).as(e.getKey()).contains(PeoplePages.roles(e.getValue()));
            checked++;
        }
        assertThat(checked).isPositive();
        var described = d.people().stream().filter(p -> p.description() != null).findFirst().orElseThrow();
        assertThat(page("/people/" + described.id())).contains(html(described.description()));
    }

    /**
     * Seed 002's "Liu Shaoqi", never written "Liu" alone and in no authority: listed among the L's by
     * his family name, his page titled as written, and its search for his documents (person:"Liu
     * Shaoqi") finds the record that names him.
     */
    @Test
    void anEastAsianNameIsListedByItsFamilyNameAndItsPageFindsItsDocuments() throws Exception {
        StringBuilder index = new StringBuilder();
        for (int n = 1; ; n++) {
            String one = page("/people?page=" + n);
            index.append(one);
            if (!one.contains("rel=\"next\"")) break;
        }
        assertThat(index).contains("<a href=\"/people/liu-shaoqi\">Liu Shaoqi</a>").doesNotContain("/people/shaoqi-liu");
        List<String> ids = Pattern.compile("<th scope=\"row\"><a href=\"/people/([^\"]+)\">").matcher(index).results().map(r -> r.group(1)).toList();
        assertThat(ids).hasSize(d.people().size()).isSorted().contains("liu-shaoqi");
        String html = page("/people/liu-shaoqi");
        assertThat(html).contains("<h1 id=\"name\">Liu Shaoqi</h1>");
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\">Search the documents for Liu Shaoqi</a>").matcher(html);
        assertThat(link.find()).as("the search link").isTrue();
        assertThat(page(link.group(1).replace("&amp;", "&"))).contains("href=\"/documents/wcda-113647\"");
    }

    @Test
    void aNameThatIsNoPersonIdStillFindsItsDocuments() throws Exception {
        String html = page("/people/Kadar");
        assertThat(html).contains("<h1>Kadar</h1>", "/documents/wcda-111884");
        assertThat(get("/people/Nobody%20At%20All").statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionPageShowsAgendaPeopleDecisionsAndTasks() throws Exception {
        String html = page("/sessions/wcda-111887");
        assertThat(html).contains("<time datetime=\"1956-11-04\">", "Working Notes from the Session of the CPSU CC Presidium on 4 November 1956",
                "href=\"/documents/wcda-111887\"", "Protocol No. 51");
        assertThat(html).contains("<span class=\"point\">V.</span> On Purging the Higher Educational Institutions",
                "<span class=\"point\">IV.</span> On the Response to Cde. Kardelj");
        assertThat(html).contains("<a href=\"/people/molotov\">Molotov</a>", "Affirm the text of the response.");
        assertThat(html).containsPattern("<a href=\"/people/molotov\">Molotov</a>[^<]*</th><td class=\"num\">3</td>");
        String tasks = html.substring(html.indexOf("id=\"tasks-heading\""));
        assertThat(tasks).contains("Furtseva, Pospelov, Shepilov, and Elyutin are to come up with recommendations",
                "href=\"/people/furtseva\"", "href=\"/people/pospelov-pyotr\"", "href=\"/people/elyutin\"");
        assertThat(page("/sessions")).contains("href=\"/sessions/wcda-111883\"", d.sessions().size() + " sessions");
        assertThat(get("/sessions/wcda-1").statusCode()).isEqualTo(404);
    }

    @Test
    void documentPagesLinkNamesToThePeopleTheSessionResolvesThemTo() throws Exception {
        String html = page("/documents/wcda-111884");
        assertThat(html).contains("<a href=\"/people/kadar-janos\">Kadar</a>", "<a href=\"/people/munnich-ferenc\">Munnich</a>",
                "class=\"speaker\" href=\"/people/kadar-janos\"", "href=\"/sessions/wcda-111884\"");
        assertThat(html).doesNotContain("href=\"/people/Kadar\"");
        // the hostile record's "<Kadar>" resolves to no one and keeps its name link
        assertThat(page("/documents/" + TestArchive.HOSTILE_ID)).contains("href=\"/people/%3CKadar%3E\"", "href=\"/people/mallory\"");
    }

    @Test
    void theReferencesAreGroupedByArchiveAndFileWithDocumentCounts() throws Exception {
        String html = page("/references");
        assertThat(html).contains("<h2 id=\"archive-0\">APRF</h2>", "AVPRF", "TsKhSD");
        assertThat(html).containsPattern("APRF, F\\. 3, Op\\. 64, D\\. 484</th>\\s*<td class=\"num\">4</td>");
        assertThat(html).contains("AVPRF, F. 059a, Op. 4, P. 6, D. 5", "href=\"/documents/wcda-111883#note-1\"");
    }

    @Test
    void hostileNamesTitlesAndTurnsStayText() throws Exception {
        for (String path : List.of("/people", "/people/" + TestArchive.HOSTILE_PERSON, "/sessions/" + TestArchive.HOSTILE_ID,
                "/sessions", "/pictures/attendance?from=1960-01-05&to=1960-01-05", "/pictures/network?from=1960-01-05&to=1960-01-05",
                "/pictures/timeline?from=1960-01-01&to=1960-01-31")) {
            String html = page(path);
            assertThat(html).as(path).doesNotContain("<script>window", "<img src=x", "<a href=\"javascript:");
        }
        assertThat(page("/people/" + TestArchive.HOSTILE_PERSON)).contains("&lt;script&gt;window.__pwned=1&lt;/script&gt; Mallory",
                "A link: &lt;a href=\"javascript:window.__pwned=1\"&gt;click&lt;/a&gt; &amp; \"quotes\".");
        assertThat(page("/sessions/" + TestArchive.HOSTILE_ID)).contains("&lt;script&gt;alert('title')&lt;/script&gt;",
                "&lt;Kadar&gt;");
        assertThat(page("/pictures/attendance?from=1960-01-05&to=1960-01-05"))
                .contains("<title>&lt;script&gt;window.__pwned=1&lt;/script&gt; Mallory, 1960-01-05: took part, 1 turn</title>");
        HttpResponse<String> missing = get("/sessions/%3Cscript%3Ealert(1)");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No session '&lt;script&gt;alert(1)'").doesNotContain("<script>alert");
        HttpResponse<String> badDate = get("/pictures/attendance?from=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("role=\"alert\"", "dates are written").doesNotContain("<script>alert");
        assertThat(get("/people/%00").statusCode()).isEqualTo(400);
        assertThat(get("/people/..%2Fx").statusCode()).isEqualTo(404);
    }

    /**
     * The timeline page draws the dates mentioned from their counts by step, read grouped; its data
     * lists them one by one: both must say the same of every step, on a daily, monthly and yearly axis.
     */
    @Test
    void theTimelineDrawnFromCountsIsTheTimelineDrawnFromEveryMention() {
        var tables = new org.fonds.deliberation.read.MemoryTables(d);
        for (String[] r : new String[][] {{"1956-10-20", "1956-11-10"}, {"1956-01-01", "1957-06-30"}, {"", ""}, {"1950-01-01", "1975-12-31"}}) {
            var range = org.fonds.web.pictures.SessionRange.of(tables, r[0], r[1], 0, PicturePages.SESSIONS);
            var listed = org.fonds.web.pictures.SessionTimeline.of(tables, range, true);
            var counted = org.fonds.web.pictures.SessionTimeline.of(tables, range, false);
            assertThat(listed.mentions()).as(r[0]).isNotEmpty();
            assertThat(counted.bars()).as(r[0] + " " + listed.unit()).isEqualTo(listed.bars());
            assertThat(counted.bins()).as(r[0]).isEqualTo(listed.bins());
            assertThat(List.of(counted.before(), counted.after())).as(r[0]).isEqualTo(List.of(listed.before(), listed.after()));
            assertThat(counted.mentions()).isEmpty();
        }
    }

    @Test
    void everyPictureIsSvgWithItsDataToDownload() throws Exception {
        for (String name : List.of("attendance", "timeline", "network")) {
            String html = page("/pictures/" + name);
            assertThat(html).as(name).contains("<svg class=", "role=\"group\"", "aria-label=", "href=\"/pictures/" + name + ".csv\"",
                    "href=\"/pictures/" + name + ".json\"", "<details class=\"in-words\">");
            HttpResponse<String> csv = get("/pictures/" + name + ".csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(get("/pictures/" + name + ".json").body()).startsWith("{\"about\":");
        }
        String csv = get("/pictures/attendance.csv?from=1956-10-30&to=1956-11-04").body();
        long cells = d.attendance().cells().stream()
                .filter(c -> d.session(c.documentId()).map(s -> s.date().compareTo("1956-10-30") >= 0 && s.date().compareTo("1956-11-04") <= 0)
                        .orElse(false)).count();
        assertThat(csv.lines().count() - 1).isEqualTo(cells);
        assertThat(csv).startsWith("person,name,session,date,label,turns,accounts\r\n")
                .contains("zhukov,Zhukov,wcda-113647,1956-10-30,\"1956-10-30 · No. 49, point 1\",5,1 of 1");
        assertThat(get("/pictures/nothing").statusCode()).isEqualTo(404);
        assertThat(get("/pictures/attendance.xml").statusCode()).isEqualTo(404);
        assertThat(get("/pictures/attendance.csv?to=soon").statusCode()).isEqualTo(400);
        assertThat(page("/pictures")).contains("href=\"/pictures/attendance\"", "href=\"/pictures/timeline\"", "href=\"/pictures/network\"");
        assertThat(page("/")).contains("<a href=\"/people\">People</a>", "<a href=\"/pictures\">Pictures</a>", "<a href=\"/references\">");
    }

    @Test
    void theSameGraphIsAlwaysDrawnTheSame() throws Exception {
        assertThat(page("/pictures/network")).isEqualTo(page("/pictures/network"));
        assertThat(get("/pictures/network.csv").body()).contains("bulganin-nikolai,Nikolai Bulganin,voroshilov,Voroshilov,");
        // who sat together: its data are the pairs drawn, above the threshold asked for, and the page's download says so
        String all = get("/pictures/network.csv").body();
        String three = get("/pictures/network.csv?min=3").body();
        assertThat(three.lines().count()).isLessThan(all.lines().count()).isGreaterThan(1);
        // the sessions are the line's last field but one (a name may be quoted and hold a comma)
        three.lines().skip(1).forEach(l -> {
            String[] f = l.split(",");
            assertThat(Integer.parseInt(f[f.length - 2])).as(l).isGreaterThanOrEqualTo(3);
        });
        assertThat(page("/pictures/network?min=3")).contains("href=\"/pictures/network.csv?min=3\"");
    }

    /** The table row holding a link to {@code href}. */
    private static String row(String html, String href) {
        int at = html.indexOf("href=\"" + href + "\"");
        assertThat(at).as(href).isPositive();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    /** Text as jte writes it into HTML content. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    private static List<String> times(String html) {
        Matcher m = Pattern.compile("<time datetime=\"([^\"]+)\">").matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }
}
