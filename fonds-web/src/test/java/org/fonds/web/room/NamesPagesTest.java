package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fonds.deliberation.sessions.Session;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.store.Deposit;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names for people (issue 13, item 5): sessions of one day told apart wherever they are listed or
 * drawn, and a document's versions with a date a person reads and what each changed.
 */
@NeedsShared("corpus/seeds")
class NamesPagesTest {
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 60, List.of("06_presidium_1956-11-03.txt", "08_horvath_notes_1956-11-03.txt",
                "b02_cpsu_presidium_protocol61_1962-10-25.txt", "b03_cpsu_presidium_protocol61_notes_1962-10-25.txt"));
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close();
    }

    static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(archive.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** The dates that more than one session shares: the case the names are for. */
    private static List<String> sharedDates() {
        Map<String, Long> byDate = archive.deliberations().sessions().stream().filter(s -> s.date() != null)
                .collect(Collectors.groupingBy(Session::date, Collectors.counting()));
        return byDate.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    @Test
    void theHeatMapsColumnsAreLabelledApartEvenWhenSessionsShareADate() throws Exception {
        assertThat(sharedDates()).contains("1956-11-03", "1962-10-25");
        for (String range : List.of("from=1956-11-01&to=1956-11-06", "from=1962-10-20&to=1962-10-30", "")) {
            String html = get("/pictures/attendance" + (range.isEmpty() ? "" : "?" + range));
            List<String> labels = all(html, "<text class=\"col-label\"[^>]*>([^<]*)</text>");
            assertThat(labels).as(range).isNotEmpty().doesNotHaveDuplicates();
            // the table view has a column per session, headed the same way
            List<String> headers = all(html.substring(html.indexOf("class=\"heat-table\"")), "<th scope=\"col\"><a href=\"/sessions/[^\"]*\">([^<]*)</a></th>");
            assertThat(headers).as(range).isEqualTo(labels);
        }
        // the protocol tells the two accounts of Protocol No. 61 apart from other sessions of their day
        List<String> oct25 = all(get("/pictures/attendance?from=1962-10-25&to=1962-10-25"), "<text class=\"col-label\"[^>]*>([^<]*)</text>");
        assertThat(oct25).allMatch(l -> l.startsWith("1962-10-25")).doesNotHaveDuplicates();
        assertThat(String.join("|", oct25)).contains("No. 61");
    }

    @Test
    void theListOfSessionsAndTheSessionPagesTellSessionsOfOneDayApart() throws Exception {
        String list = get("/sessions");
        for (String date : sharedDates()) {
            Matcher m = Pattern.compile("<li><a href=\"(/sessions/[^\"]*)\">([^<]*)</a> <span class=\"meta\"><time datetime=\"" + date
                    + "\">[^<]*</time> · ([^<]*)</span></li>").matcher(list);
            List<String> lines = new ArrayList<>();
            while (m.find()) lines.add(m.group(2) + " " + m.group(3).replaceAll("\\d+ taking part.*", ""));
            assertThat(lines).as(date).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        }
        // a session's page says its protocol beside its date, and in its window title
        String page = get("/sessions/" + archive.deliberations().sessions().stream()
                .filter(s -> "1962-10-25".equals(s.date()) && !s.protocolRefs().isEmpty()).findFirst().orElseThrow().documentId());
        assertThat(page).containsPattern("<p class=\"meta session-name\"><time datetime=\"1962-10-25\">1962-10-25</time> · [^<]*Protocol No. 61");
        assertThat(page).containsPattern("<title>[^<]*\\(1962-10-25 · No. 61");
    }

    /** The two seed sessions of 2 November 1956: one title, one day, one of them with a protocol. */
    private static List<Session> twoOnSecondNovember() {
        List<Session> both = archive.deliberations().sessions().stream().filter(s -> "1956-11-02".equals(s.date())).toList();
        assertThat(both).hasSize(2);
        assertThat(both.get(0).title()).isEqualTo(both.get(1).title());
        return both;
    }

    /** What a reader is shown to tell {@code s} apart: its protocol (or that it cites none) and the archival file its record cites. */
    private static List<String> factsOf(Session s) throws Exception {
        ArchiveRecord r = RecordJson.read(archive.store().read(s.documentId(), VersionRef.LATEST).orElseThrow().recordJson());
        assertThat(r.archivalReferences()).as(s.documentId()).hasSize(1);
        String protocol = s.protocolRefs().isEmpty() ? "no protocol cited" : SessionNames.protocol(s.protocolRefs());
        return List.of(protocol, r.archivalReferences().getFirst().text());
    }

    @Test
    void thePersonPageTellsTwoSessionsOfOneDayAndTitleApartByProtocolAndFile() throws Exception {
        List<Session> both = twoOnSecondNovember();
        // Bulganin took part in the one and spoke in the other
        String html = get("/people/bulganin-nikolai");
        String sessions = html.substring(html.indexOf("id=\"sessions-heading\""), html.indexOf("</section>", html.indexOf("id=\"sessions-heading\"")));
        List<String> told = new ArrayList<>();
        for (Session s : both) {
            Matcher m = Pattern.compile("<li><a href=\"/sessions/" + s.documentId() + "\">[^<]*</a> <span class=\"meta\"><time datetime=\"1956-11-02\">"
                    + "1956-11-02</time> · <span class=\"apart\">([^<]*)</span> · ").matcher(sessions);
            assertThat(m.find()).as(s.documentId()).isTrue();
            String apart = m.group(1).replace("&#39;", "'");
            assertThat(apart).as(s.documentId()).isEqualTo(String.join(" · ", factsOf(s)));
            told.add(apart);
        }
        assertThat(told).doesNotHaveDuplicates().anyMatch(t -> t.startsWith("No. 50, point IV")).anyMatch(t -> t.startsWith("no protocol cited"));
        // a session alone on its day and title is listed as before, with nothing added
        assertThat(sessions).contains("<time datetime=\"1956-10-30\">1956-10-30</time> · took part");
    }

    @Test
    void theListOfSessionsAndTheComparisonGiveEachSessionOfTheDayItsProtocolAndFile() throws Exception {
        List<Session> both = twoOnSecondNovember();
        String list = get("/sessions");
        for (Session s : both) {
            assertThat(list).as(s.documentId()).contains("<li><a href=\"/sessions/" + s.documentId() + "\">" + s.title()
                    + "</a> <span class=\"meta\"><time datetime=\"1956-11-02\">1956-11-02</time> · " + String.join(" · ", factsOf(s)) + " · ");
        }
        String html = get("/compare?session=" + both.get(0).documentId() + "&session=" + both.get(1).documentId());
        List<String> columns = all(html, "<th scope=\"col\"><a href=\"/sessions/[^\"]*\">([^<]*)</a></th>");
        assertThat(columns).containsExactly("1956-11-02 · " + String.join(" · ", factsOf(both.get(0))),
                "1956-11-02 · " + String.join(" · ", factsOf(both.get(1))));
    }

    @Test
    void versionsSayWhenInWordsAndWhatChanged() throws Exception {
        String id = "wcda-111883";
        StoredVersion first = archive.store().read(id, VersionRef.LATEST).orElseThrow();
        ObjectNode json = (ObjectNode) RecordJson.mapper().readTree(first.recordJson());
        json.put("title", json.get("title").asText() + " (corrected)");
        ArchiveRecord changed = RecordJson.read(json.toString());
        archive.store().put(new Deposit(first.source(), "corrected.txt", changed, "test", false));
        archive.store().flush();
        String html = get("/documents/" + id);
        String versions = html.substring(html.indexOf("id=\"history-heading\""));
        assertThat(versions).containsPattern("version 1</a>, <time datetime=\"[^\"]+\">\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d UTC</time> · first version");
        assertThat(versions).containsPattern("<strong>version 2</strong>, <time datetime=\"[^\"]+\">\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d UTC</time> · changed: title <");
        assertThat(versions).doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d+");
    }

    @Test
    void anySessionsCanBeComparedSideBySideFromASessionPage() throws Exception {
        // the session of 2 November 1956 in the seeds (Protocol No. 50, point IV) and the session before it
        String page = get("/sessions/wcda-111884");
        Matcher link = Pattern.compile("<a class=\"compare\" href=\"([^\"]*)\">").matcher(page);
        assertThat(link.find()).isTrue();
        String html = get(link.group(1).replace("&amp;", "&"));
        List<String> columns = all(html, "<th scope=\"col\"><a href=\"/sessions/[^\"]*\">([^<]*)</a></th>");
        assertThat(columns).hasSize(2).doesNotHaveDuplicates();
        assertThat(columns.get(1)).startsWith("1956-11-02");
        // a row per person either names, with what each record says of them
        assertThat(html).containsPattern("<tr><th scope=\"row\"><a href=\"/people/kadar-janos\">[^<]*</a></th><td>[^<]*</td><td>took part[^<]*</td></tr>");
        HttpResponse<String> one = HTTP.send(HttpRequest.newBuilder(URI.create(archive.base() + "/compare?session=wcda-111884")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(one.statusCode()).isEqualTo(404);
        assertThat(one.body()).contains("Choose two sessions or more");
    }

    @Test
    void aDigestIdIsNeverShownBesideATitleWhileAnArchivesNumberIs() throws Exception {
        // the generated records and some real ones carry no archive number: their ids are digests
        String everything = get("/search?q=&sort=date");
        List<String> linked = all(everything, "href=\"/documents/(h-[0-9a-f]{16})\"");
        assertThat(linked).as("digest ids among the hits").isNotEmpty();
        for (String page : List.of("/search?q=&sort=date", "/dates?year=1956", "/dates?year=1962", "/people/Kadar")) {
            String html = get(page);
            List<String> metas = all(html, "(?s)class=\"meta\">(.*?)</(?:span|p)>");
            assertThat(metas).as(page).isNotEmpty();
            assertThat(metas).as("the grey line under or beside each title on %s", page).noneMatch(m -> m.matches("(?s).*h-[0-9a-f]{16}.*"));
        }
        // the archive's own number is worth citing and stays
        assertThat(all(everything, "(?s)class=\"meta\">(.*?)</p>")).anyMatch(m -> m.matches("(?s).*<span class=\"id\">[a-z]+-[0-9]+</span>.*"));
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1).replace("&amp;", "&").replace("&#39;", "'"));
        return out;
    }

}
