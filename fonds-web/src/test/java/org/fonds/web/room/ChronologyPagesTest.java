package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.read.Tables;
import org.fonds.deliberation.tables.DocumentEntry;
import org.fonds.ingest.RecordProblem;
import org.fonds.ingest.SkippedRecords;
import org.fonds.parse.NeedsShared;
import org.fonds.store.ArchiveHome;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chronology of every dated record and the names of documents (issue 13, items 5 and 6) over
 * real HTTP, on the seeds, 60 generated records and real records of several kinds (telegrams,
 * reports, a letter, memoranda of conversation, a diary, undated ones): what the pages show is
 * checked against the records' own dates, kinds and titles.
 */
@NeedsShared("corpus/seeds")
class ChronologyPagesTest {
    /** Two telegrams of 27 and 28 October 1956, a report, a letter, a memorandum, a diary, and two records without a day. */
    static final List<String> REAL = List.of("14_mikoyan_suslov_telegram_1956-10-27.txt", "15_kgb_budapest_telegram_1956-10-28.txt",
            "13_mikoyan_suslov_report_1956-10-24.txt", "b22_castro_letter_khrushchev_1962-10-26.txt",
            "09_mikoyan_mccloy_stevenson_1962-11-01.txt", "b09_tsedenbal_diary_1956-02-24.txt", "b08_frus_memcon_nixon_khrushchev_1959.txt",
            "b19_frus_telegram_1948.txt");
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static Deliberations d;

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 60, REAL);
        d = archive.deliberations();
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close();
    }

    static String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = archive.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).as(path).doesNotContain("<script>", " style=", "<style");
        return r.body();
    }

    /** The dated records within the dates, in the chronology's order, from the value built in memory. */
    static List<DocumentEntry> dated(String from, String to) {
        return d.documents().entries().stream().filter(e -> e.date() != null && !e.date().isEmpty())
                .filter(e -> from.isEmpty() && to.isEmpty() || Tables.within(e.date(), from, to)).toList();
    }

    @Test
    void theWholeRangeIsCountedByKindInBarsThatAddUpToEveryDatedRecord() throws Exception {
        String html = page("/pictures/chronology");
        assertThat(dated("", "")).hasSizeGreaterThan(40);
        assertThat(html).contains("<svg class=\"chronology\"", "role=\"group\"", "<a class=\"bar\" href=\"/pictures/chronology?from=");
        // the table view: a row per bar, its total last; with the records dated less finely, every dated record
        int total = 0;
        Matcher row = Pattern.compile("<tr><th scope=\"row\"><a href=\"/pictures/chronology\\?from=[^\"]*\">[^<]*</a></th>(.*?)</tr>",
                Pattern.DOTALL).matcher(html);
        while (row.find()) {
            List<Integer> cells = numbers(row.group(1));
            assertThat(cells.subList(0, cells.size() - 1).stream().mapToInt(Integer::intValue).sum()).isEqualTo(cells.getLast());
            total += cells.getLast();
        }
        Matcher coarse = Pattern.compile("<a href=\"/pictures/chronology\\?from=[^\"]*\">[^<]*</a>: (\\d+) ").matcher(
                html.contains("class=\"coarse\"") ? html.substring(html.indexOf("class=\"coarse\"")) : "");
        while (coarse.find()) total += Integer.parseInt(coarse.group(1));
        assertThat(total).isEqualTo(dated("", "").size());
        long undated = d.documents().entries().stream().filter(e -> e.date() == null).count();
        assertThat(undated).isPositive();
        assertThat(html).contains(undated + " records carry no date");
        // every kind present is in the legend with its count
        assertThat(html).containsPattern("Telegrams: [1-9]").containsPattern("Letters: 1<").containsPattern("Memoranda of conversation: [1-9]");
        assertThat(page("/pictures")).contains("href=\"/pictures/chronology\"");
        assertThat(page("/")).contains("<li><a href=\"/pictures/chronology\">Chronology</a></li>");
    }

    @Test
    void theBarsZoomDownToTheRecordsThemselvesLabelledWithDateKindAndTitle() throws Exception {
        DocumentEntry telegram = d.documents().entries().stream().filter(e -> "1956-10-28".equals(e.date()) && "telegram".equals(e.kind()))
                .findFirst().orElseThrow();
        String address = "/pictures/chronology";
        String html = page(address);
        for (int zooms = 0; !html.contains("<a class=\"record\"") && zooms < 5; zooms++) {
            // the bar whose dates hold the telegram's
            Matcher bar = Pattern.compile("<a class=\"bar\" href=\"/pictures/chronology\\?from=([^&\"]*)&amp;to=([^\"]*)\">").matcher(html);
            String next = null;
            while (bar.find()) if (Tables.within(telegram.date(), bar.group(1), bar.group(2))) next = "/pictures/chronology?from=" + bar.group(1) + "&to=" + bar.group(2);
            assertThat(next).as("a bar holding " + telegram.date() + " at " + address).isNotNull();
            address = next;
            html = page(address);
        }
        assertThat(html).as(address).contains("<a class=\"record\" href=\"/documents/" + telegram.documentId() + "\">");
        String row = html.substring(html.indexOf("href=\"/documents/" + telegram.documentId() + "\""));
        row = row.substring(0, row.indexOf("</a>"));
        assertThat(row).contains("class=\"k-telegram\"", "1956-10-28 · telegram · Telegram from the Budapest KGB Station");
        // listed: every record of the dates, in date order, with its kind, in the picture and in the table
        String from = address.replaceAll(".*from=([^&]*).*", "$1");
        String to = address.replaceAll(".*to=(.*)", "$1");
        List<DocumentEntry> expected = dated(from, to);
        assertThat(expected.size()).isBetween(2, 40);
        List<String> drawn = Pattern.compile("<a class=\"record\" href=\"/documents/([^\"]*)\">").matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(drawn).containsExactlyElementsOf(expected.stream().map(DocumentEntry::documentId).toList());
        List<String> kinds = Pattern.compile("<td class=\"date\"><time datetime=\"[^\"]*\">[^<]*</time></td><td>([^<]*)</td>").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(kinds).containsExactlyElementsOf(expected.stream().map(e -> e.kind() == null ? "kind not told" : e.kind()).toList());
    }

    @Test
    void aFewDaysAreListedAndTheirDataIsTheRecordsDrawn() throws Exception {
        String html = page("/pictures/chronology?from=1956-10-24&to=1956-10-28");
        List<DocumentEntry> expected = dated("1956-10-24", "1956-10-28");
        assertThat(expected.stream().map(DocumentEntry::kind).distinct()).contains("telegram", "report");
        assertThat(html).contains("Shown: " + expected.size() + " records, dated 1956-10-24 to 1956-10-28.");
        // labels of 12 px and more: the picture is drawn at the page's width and never scaled down
        assertThat(html).contains("viewBox=\"0 0 1160 ", "width=\"1160\"");
        String csv = archive.get("/pictures/chronology.csv?from=1956-10-24&to=1956-10-28").body();
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("date,kind,document,title");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[2]).toList())
                .containsExactlyElementsOf(expected.stream().map(DocumentEntry::documentId).toList());
        assertThat(archive.get("/pictures/chronology.json?from=1956-10-24&to=1956-10-28").body()).startsWith("{\"about\":\"chronology")
                .contains("\"kind\":\"telegram\"");
        // counted, the data are the counts per step and kind, adding up to the records of the dates
        String counts = archive.get("/pictures/chronology.csv").body();
        assertThat(counts).startsWith("period,kind,records\r\n");
        assertThat(counts.lines().skip(1).mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1))).sum()).isEqualTo(dated("", "").size());
        // the whole table behind it: every document, dated or not
        String all = archive.get("/api/tables/documents.csv").body();
        assertThat(all).startsWith("date,document,kind,title\r\n");
        assertThat(all.lines().count() - 1).isEqualTo(d.documents().entries().size());
    }

    @Test
    void hostileTitlesStayTextAndBadDatesAreSaidNotDrawn() throws Exception {
        String html = page("/pictures/chronology?from=1960-01-05&to=1960-01-05");
        assertThat(html).contains("<text class=\"record-label\"", "· minutes · &lt;script&gt;alert('title')&lt;/script&gt; A hostile record")
                .doesNotContain("<script>alert");
        HttpResponse<String> bad = archive.get("/pictures/chronology?from=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\"", "dates are written").doesNotContain("<script>alert");
        assertThat(archive.get("/pictures/chronology.csv?to=soon").statusCode()).isEqualTo(400);
        assertThat(page("/pictures/chronology?from=1700&to=1701")).contains("No dated record falls within these dates.");
    }

    @Test
    void theReferencesNameTheCitingDocumentsByTitleNotById() throws Exception {
        String html = page("/references");
        Matcher link = Pattern.compile("<li><a href=\"/documents/([^\"#]+)(#[^\"]*)?\">([^<]*)</a>").matcher(html);
        int checked = 0;
        while (link.find()) {
            String id = link.group(1);
            assertThat(link.group(3)).as(id).isNotEqualTo(id).isNotBlank();
            String title = d.session(id).map(s -> s.title()).orElseGet(() -> d.documents().entries().stream()
                    .filter(e -> e.documentId().equals(id)).findFirst().orElseThrow().title());
            assertThat(text(link.group(3))).as(id).isEqualTo(title);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(html).doesNotContainPattern(">wcda-\\d+, note");
    }

    @Test
    void aDocumentLeftOutOfTheTablesIsNamedByItsTitleOnTheProblemsPage() throws Exception {
        SkippedRecords skipped = new SkippedRecords(new ArchiveHome(tmp.resolve("home")));
        skipped.replace(SkippedRecords.TABLE_STAGES, List.of(new RecordProblem("wcda-111883", RecordProblem.TABLES, "a test says so"),
                new RecordProblem("no-such-document", RecordProblem.TABLES, "a test says so")));
        try {
            String html = page("/problems");
            String title = d.documents().entries().stream().filter(e -> e.documentId().equals("wcda-111883")).findFirst().orElseThrow().title();
            Matcher named = Pattern.compile("<a href=\"/documents/wcda-111883\">([^<]*)</a>").matcher(html);
            assertThat(named.find()).isTrue();
            assertThat(text(named.group(1))).isEqualTo(title);
            // one that cannot be read keeps its id, the only name left; a refused file keeps its file name
            assertThat(html).contains("<a href=\"/documents/no-such-document\">no-such-document</a>", TestArchive.REFUSED_NAME);
        } finally {
            skipped.replace(SkippedRecords.TABLE_STAGES, List.of());
        }
    }

    /** HTML content back to text. */
    private static String text(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static List<Integer> numbers(String cells) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(cells);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }
}
