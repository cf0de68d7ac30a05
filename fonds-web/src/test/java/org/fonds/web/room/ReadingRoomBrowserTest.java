package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.Cell;
import org.fonds.parse.NeedsShared;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's path through the reading room in a real headless Chromium: search, pick a facet, open
 * a document, open a note from its marker, follow a speaker to the person's page, download a
 * citation; and axe-core's accessibility rules on every kind of page. With {@code
 * -Dfonds.screenshots=DIR} it also saves the screenshots of the README.
 */
@NeedsShared("corpus/seeds")
@EnabledIf(value = "org.fonds.web.room.Browser#availableOrInCi", disabledReason = Browser.MISSING)
class ReadingRoomBrowserTest {
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        // with real records of other kinds (telegrams, reports, a letter, memoranda) for the chronology
        archive = TestArchive.seedsAndGenerated(tmp, 80, ChronologyPagesTest.REAL);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (archive != null) archive.close();
    }

    @Test
    void aReadersPathFromSearchToAPerson() throws Exception {
        browser.get(archive.base() + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Hungary", Keys.ENTER);
        waitFor(By.id("results-heading"));
        assertThat(browser.findElement(By.id("results-heading")).getText()).matches("\\d+ documents.*");
        screenshot("search.png");

        // a facet: ticking Kadar submits the form at once (the script), leaving one document
        WebElement kadar = browser.findElement(By.cssSelector(".facets input[name='facet.person'][value='Kadar']"));
        // past the first values of a long facet, a reader opens "show all N" first
        if (!kadar.isDisplayed()) kadar.findElement(By.xpath("ancestor::details/summary")).click();
        follow(kadar);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("facet.person=Kadar"));
        assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("1 document");
        assertThat(browser.findElement(By.cssSelector(".facets input[value='Kadar']")).isSelected()).isTrue();

        // the document
        follow(browser.findElement(By.cssSelector(".hit h3 a")));
        waitFor(By.id("title"));
        assertThat(browser.findElement(By.id("title")).getText()).contains("2 November 1956");
        assertThat(browser.getCurrentUrl()).endsWith("/documents/wcda-111884");
        screenshot("document.png");
        // its versions with a day and time a person reads, never a server's path or a nanosecond timestamp
        List<WebElement> versions = browser.findElements(By.xpath("//h2[@id='history-heading']/following-sibling::*//li"));
        assertThat(versions).isNotEmpty();
        assertThat(versions.getFirst().getText()).matches("version \\d+, \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d UTC.*")
                .doesNotContain(tmp.toString());

        // the RIS download a reference manager takes: a real RIS parser reads it back
        String ris = browser.findElement(By.linkText("RIS")).getAttribute("href");
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ris)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-research-info-systems");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("wcda-111884.ris");
        RISLibrary parsed = new RISParser().parse(new StringReader(file.body()));
        assertThat(parsed.getReferences()).hasSize(1);
        assertThat(parsed.getReferences().getFirst().getTitle()).isEqualTo("Working Notes from the Session of the CPSU CC Presidium on 2 November 1956");
        assertThat(browser.findElement(By.id("citation")).getText()).contains("Working Notes", "TsKhSD, F. 3, Op. 12, D. 1006");

        // a note from its marker: focus shows the pop-up, following it lands on the note, which links back
        WebElement marker = browser.findElement(By.cssSelector("sup.marker a"));
        WebElement pop = browser.findElement(By.id("pop-" + marker.getAttribute("id")));
        assertThat(pop.isDisplayed()).isFalse();
        new Actions(browser).moveToElement(marker).perform();
        assertThat(pop.isDisplayed()).isTrue();
        String note = marker.getAttribute("href").replaceAll(".*#", "");
        marker.click();
        assertThat(browser.getCurrentUrl()).endsWith("#" + note);
        WebElement noteItem = browser.findElement(By.id(note));
        assertThat(noteItem.getText()).isNotBlank();
        assertThat(noteItem.findElement(By.cssSelector("a.back")).getAttribute("href")).endsWith("#" + marker.getAttribute("id"));

        // a speaker's attribution leads to the person the session resolves "Kadar" to
        WebElement speaker = browser.findElement(By.cssSelector("a.speaker[href='/people/kadar-janos']"));
        follow(speaker);
        waitFor(By.tagName("h1"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("János Kádár");
        assertThat(browser.findElements(By.cssSelector(".forms li"))).extracting(WebElement::getText).contains("Kadar", "J. Kadar");
        assertThat(browser.findElements(By.cssSelector(".documents a"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("2 November 1956"));
    }

    @Test
    void theArchivalFilePageListsItsDocumentsInLeafOrderWithTheGaps() throws IOException {
        browser.get(archive.base() + "/documents/wcda-111883");
        follow(browser.findElement(By.cssSelector(".facts a[href^='/files']")));
        waitFor(By.tagName("h1"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("TsKhSD F. 3, Op. 12, D. 1006");
        List<String> rows = browser.findElements(By.cssSelector(".documents li")).stream().map(WebElement::getText).toList();
        // leaves 6-14 (30 Oct), 19-22 (1 Nov), 23-29, 30 (2 Nov), 34-36ob (4 Nov); 15-18 and 31-33 are gaps
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).contains("30 October 1956", "Ll. 6-14");
        assertThat(rows.get(1)).startsWith("Ll. 15-18");
        assertThat(rows.get(5)).startsWith("Ll. 31-33");
        assertThat(rows.get(6)).contains("4 November 1956", "Ll. 34-36ob");
        screenshot("archival-file.png");
    }

    @Test
    void recordTextNeverBecomesMarkup() {
        browser.get(archive.base() + "/documents/" + TestArchive.HOSTILE_ID);
        waitFor(By.id("title"));
        assertThat(browser.findElement(By.id("title")).getText()).contains("<script>alert('title')</script>");
        assertThat(browser.findElements(By.cssSelector(".text script, .text img, .text b"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("<img src=x onerror=alert(1)>");
        assertThat((Boolean) browser.executeScript("return window.__pwned === undefined")).isTrue();
    }

    /**
     * The default heat map: the first sessions in date order, and at most 40 people, those who took
     * part most often in them. Its cells must be exactly the attendance table's cells there.
     */
    @Test
    void theHeatMapDrawsEveryAttendanceOfTheShownPeopleAndSessions() throws IOException {
        Deliberations d = archive.deliberations();
        browser.get(archive.base() + "/pictures/attendance");
        waitFor(By.cssSelector("svg.heatmap"));
        List<String> sessions = ids(browser.findElements(By.cssSelector("svg.heatmap a[href^='/sessions/']:not(.cell)")), "/sessions/");
        List<String> people = ids(browser.findElements(By.cssSelector("svg.heatmap a[href^='/people/']")), "/people/");
        List<String> first = d.sessions().stream().limit(PicturePages.SESSIONS).map(Session::documentId).toList();
        assertThat(d.sessions()).hasSizeGreaterThan(PicturePages.SESSIONS); // so the range is a real cut
        assertThat(sessions).isEqualTo(first);
        Map<String, Integer> attended = new HashMap<>();
        for (Cell c : d.attendance().cells()) if (first.contains(c.documentId())) attended.merge(c.personId(), 1, Integer::sum);
        assertThat(attended.size()).isGreaterThan(PicturePages.PEOPLE);
        assertThat(people).hasSize(PicturePages.PEOPLE).doesNotHaveDuplicates();
        int leastShown = people.stream().mapToInt(attended::get).min().orElseThrow();
        Set<String> shown = new HashSet<>(people);
        attended.forEach((id, n) -> {
            if (!shown.contains(id)) assertThat(n).as("%s is left out", id).isLessThanOrEqualTo(leastShown);
        });
        long expected = d.attendance().cells().stream().filter(c -> first.contains(c.documentId()) && shown.contains(c.personId())).count();
        assertThat(browser.findElements(By.cssSelector("svg.heatmap a.cell rect"))).hasSize((int) expected);
        assertThat(browser.findElement(By.cssSelector(".intro")).getText())
                .contains("Of the " + attended.size() + " people", "only the 40 who took part most often");
        shot("figure.picture", "heatmap.png");
    }

    @Test
    void aHeatMapCellOpensItsSession() throws IOException {
        Deliberations d = archive.deliberations();
        browser.get(archive.base() + "/pictures/attendance?from=1956-10-30&to=1956-11-04");
        waitFor(By.cssSelector("svg.heatmap"));
        long filled = d.attendance().cells().stream().filter(c -> {
            String date = d.session(c.documentId()).orElseThrow().date();
            return date != null && date.compareTo("1956-10-30") >= 0 && date.compareTo("1956-11-04") <= 0;
        }).count();
        assertThat(browser.findElements(By.cssSelector("svg.heatmap a.cell rect"))).hasSize((int) filled);
        WebElement cell = browser.findElements(By.cssSelector("svg.heatmap a.cell")).stream()
                .filter(a -> a.getAttribute("textContent").startsWith("János Kádár, 1956-11-02: took part, 1 turn")).findFirst().orElseThrow();
        assertThat(cell.getDomAttribute("href")).isEqualTo("/sessions/wcda-111884");
        follow(cell.findElement(By.tagName("rect")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sessions/"));
        assertThat(browser.getCurrentUrl()).endsWith("/sessions/wcda-111884");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Working Notes from the Session of the CPSU CC Presidium on 2 November 1956");
        assertThat(browser.findElement(By.cssSelector("header time")).getAttribute("datetime")).isEqualTo("1956-11-02");
        assertThat(browser.findElements(By.cssSelector(".people a"))).extracting(WebElement::getText).contains("Kadar", "Munnich", "Bata");
        screenshot("session.png");
    }

    @Test
    void aPersonPageShowsTheirTurnsInDateOrder() throws IOException {
        browser.get(archive.base() + "/people/bulganin-nikolai");
        waitFor(By.id("name"));
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("Nikolai Bulganin");
        List<WebElement> times = browser.findElements(By.cssSelector(".statements time"));
        List<String> shown = times.stream().map(WebElement::getText).toList();
        assertThat(shown).hasSize(archive.deliberations().statements().of("bulganin-nikolai").size()).isSorted();
        assertThat(shown.getFirst()).isEqualTo("1956-10-30");
        assertThat(shown.getLast()).isEqualTo("1956-11-04");
        assertThat(times).allSatisfy(t -> assertThat(t.getAttribute("datetime")).isEqualTo(t.getText()));
        // the two sessions of 2 November 1956 share a title: each says its protocol and archival file, in sight
        List<WebElement> apart = browser.findElements(By.cssSelector(".sessions .apart"));
        assertThat(apart).hasSize(2).allMatch(WebElement::isDisplayed);
        assertThat(apart.stream().map(WebElement::getText).toList()).doesNotHaveDuplicates()
                .anyMatch(t -> t.startsWith("No. 50, point IV")).anyMatch(t -> t.startsWith("no protocol cited"));
        screenshot("person.png");
        // a turn leads to its session
        follow(browser.findElement(By.cssSelector(".statements li a")));
        waitFor(By.id("title"));
        assertThat(browser.getCurrentUrl()).endsWith("/sessions/wcda-113647");
    }

    @Test
    void theTimelineAndTheNetworkDrawAndLead() throws IOException {
        browser.get(archive.base() + "/pictures/timeline?from=1956-10-01&to=1956-11-30");
        waitFor(By.cssSelector("svg.timeline"));
        List<WebElement> marks = browser.findElements(By.cssSelector("svg.timeline a.session-mark rect"));
        long sessions = archive.deliberations().sessions().stream()
                .filter(s -> s.date() != null && s.date().compareTo("1956-10-01") >= 0 && s.date().compareTo("1956-11-30") <= 0).count();
        assertThat(marks).hasSize((int) sessions);
        assertThat(browser.findElements(By.cssSelector("svg.timeline rect.mention-bar"))).isNotEmpty();
        shot("svg.timeline", "timeline.png");
        browser.get(archive.base() + "/pictures/network?from=1956-10-01&to=1956-11-30");
        waitFor(By.cssSelector("svg.network"));
        assertThat(browser.findElements(By.cssSelector("svg.network a.node[href='/people/bulganin-nikolai']"))).hasSize(1);
        shot("svg.network", "network.png");
        browser.get(archive.base() + "/pictures/network");
        waitFor(By.cssSelector("svg.network"));
        assertThat(browser.findElements(By.cssSelector("svg.network a.node"))).hasSize(PicturePages.PEOPLE);
        WebElement node = browser.findElement(By.cssSelector("svg.network a.node"));
        String person = node.getDomAttribute("href");
        String name = node.findElement(By.tagName("text")).getAttribute("textContent");
        follow(node.findElement(By.tagName("text")));
        waitFor(By.id("name"));
        assertThat(browser.getCurrentUrl()).endsWith(person);
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo(name);
    }

    /**
     * Issue 13: the heat map fills the page's width and is never scaled down, so its labels keep 12 px
     * and more as drawn on the screen; its columns are labelled apart; its table view has a column per session.
     */
    @Test
    void theHeatMapFillsThePageWithLegibleDistinctLabels() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.get(archive.base() + "/pictures/attendance?from=1956-10-20&to=1956-11-06");
        waitFor(By.cssSelector("svg.heatmap"));
        WebElement svg = browser.findElement(By.cssSelector("svg.heatmap"));
        double main = ((Number) browser.executeScript("const m = document.querySelector('main'); const s = getComputedStyle(m);"
                + " return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);")).doubleValue();
        assertThat((double) svg.getRect().getWidth()).isGreaterThanOrEqualTo(main * 0.95);
        for (String label : List.of("svg.heatmap .col-label", "svg.heatmap .row-label")) {
            List<WebElement> texts = browser.findElements(By.cssSelector(label));
            assertThat(texts).as(label).isNotEmpty();
            // the height a label takes on the screen: 12 px type draws at least about 12 px * 0.7 for its capitals, turned or not
            Number drawn = (Number) browser.executeScript("const t = arguments[0];"
                    + " const scale = t.ownerSVGElement.getScreenCTM().a; return parseFloat(getComputedStyle(t).fontSize) * scale;", texts.getFirst());
            assertThat(drawn.doubleValue()).as(label).isGreaterThanOrEqualTo(12.0);
        }
        List<String> columns = browser.findElements(By.cssSelector("svg.heatmap .col-label")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertThat(columns).doesNotHaveDuplicates();
        // the seeds hold two sessions of 2 November 1956: one of Protocol No. 50, point IV, and one the record gives no protocol
        assertThat(columns.stream().filter(c -> c.startsWith("1956-11-02"))).hasSizeGreaterThan(1);
        browser.findElement(By.cssSelector("details.table-view summary")).click();
        List<String> headers = browser.findElements(By.cssSelector("table.heat-table thead th a")).stream().map(WebElement::getText).toList();
        assertThat(headers).isEqualTo(columns);
        assertThat(browser.findElements(By.cssSelector("table.heat-table tbody tr")))
                .hasSize(browser.findElements(By.cssSelector("svg.heatmap .row-label")).size());
    }

    /**
     * Issue 13: the chronology of every dated record, drawn at the page's width with labels of 12 px
     * and more; choosing bars zooms in until the records themselves are drawn, each labelled and
     * opening its document, and the table view lists what is drawn.
     */
    @Test
    void theChronologyZoomsFromBarsToLabelledRecordsThatOpen() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.get(archive.base() + "/pictures/chronology");
        waitFor(By.cssSelector("svg.chronology"));
        WebElement svg = browser.findElement(By.cssSelector("svg.chronology"));
        double main = ((Number) browser.executeScript("const m = document.querySelector('main'); const s = getComputedStyle(m);"
                + " return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);")).doubleValue();
        assertThat((double) svg.getRect().getWidth()).isGreaterThanOrEqualTo(main * 0.95);
        assertThat(drawnSize("svg.chronology .tick-label")).isGreaterThanOrEqualTo(12.0);
        long dated = archive.deliberations().documents().entries().stream().filter(e -> e.date() != null).count();
        assertThat(dated).isGreaterThan(40);
        for (int zooms = 0; browser.findElements(By.cssSelector("svg.chronology a.record")).isEmpty() && zooms < 5; zooms++) {
            List<WebElement> bars = browser.findElements(By.cssSelector("svg.chronology a.bar"));
            assertThat(bars).isNotEmpty();
            String before = browser.getCurrentUrl();
            // the tallest bar: the dates with the most records
            WebElement tallest = bars.stream().max(java.util.Comparator.comparingInt(b -> b.findElements(By.tagName("rect")).stream()
                    .mapToInt(r -> r.getRect().getHeight()).sum())).orElseThrow();
            follow(tallest.findElement(By.tagName("rect")));
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(before));
            waitFor(By.cssSelector("svg.chronology"));
        }
        List<WebElement> records = browser.findElements(By.cssSelector("svg.chronology a.record"));
        assertThat(records).isNotEmpty().hasSizeLessThanOrEqualTo(40);
        assertThat(drawnSize("svg.chronology .record-label")).isGreaterThanOrEqualTo(12.0);
        assertThat(browser.findElements(By.cssSelector("table.chronology-table tbody tr"))).hasSize(records.size());
        WebElement first = records.getFirst();
        String href = first.getDomAttribute("href");
        String label = first.findElement(By.cssSelector("text.record-label")).getAttribute("textContent");
        assertThat(label).matches("\\d{4}(-\\d\\d){0,2} · [^·]+ · .+");
        follow(first.findElement(By.cssSelector("text.record-label")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith(href));
        String title = browser.findElement(By.tagName("h1")).getText();
        String shown = label.substring(label.indexOf(" · ", label.indexOf(" · ") + 3) + 3).replace("…", "");
        assertThat(title).startsWith(shown);
        browser.get(archive.base() + "/pictures/chronology?from=1956-10-20&to=1956-11-06");
        waitFor(By.cssSelector("svg.chronology a.record"));
        assertThat(browser.findElements(By.cssSelector("svg.chronology a.record circle.k-telegram"))).hasSize(2);
        shot("figure.picture", "chronology.png");
    }

    /** The size a text of the picture is drawn at on the screen, in px. */
    private static double drawnSize(String css) {
        List<WebElement> texts = browser.findElements(By.cssSelector(css));
        assertThat(texts).as(css).isNotEmpty();
        Number drawn = (Number) browser.executeScript("const t = arguments[0];"
                + " const scale = t.ownerSVGElement.getScreenCTM().a; return parseFloat(getComputedStyle(t).fontSize) * scale;", texts.getFirst());
        return drawn.doubleValue();
    }

    /** Who sat together: a matrix whose cells are the pairs who shared at least the sessions asked for, each told as a share. */
    @Test
    void whoSatTogetherIsAMatrixOfSharesAboveAThreshold() throws IOException {
        browser.get(archive.base() + "/pictures/network?from=1956-10-01&to=1956-11-30&min=3");
        waitFor(By.cssSelector("svg.together"));
        List<WebElement> cells = browser.findElements(By.cssSelector("svg.together rect[class^='share']"));
        assertThat(cells).isNotEmpty();
        for (WebElement c : cells.subList(0, Math.min(20, cells.size()))) {
            String title = c.findElement(By.tagName("title")).getAttribute("textContent");
            int shared = Integer.parseInt(title.replaceAll(".*together in (\\d+) sessions?.*", "$1"));
            assertThat(shared).as(title).isGreaterThanOrEqualTo(3);
            assertThat(title).containsPattern("\\d+% of the sessions of the one who came less often");
        }
        int all = browser.findElements(By.cssSelector("svg.together rect[class^='share']")).size();
        browser.get(archive.base() + "/pictures/network?from=1956-10-01&to=1956-11-30");
        waitFor(By.cssSelector("svg.together"));
        assertThat(browser.findElements(By.cssSelector("svg.together rect[class^='share']")).size()).isGreaterThan(all);
        assertThat(browser.findElement(By.id("min")).getDomProperty("value")).isEqualTo("1");
    }

    @Test
    void filtersInForceAreShownAndRemovedOneByOneAndLongFacetsOpen() {
        browser.get(archive.base() + "/search?q=&facet.year=1956&from=1956-10-01&sort=date");
        waitFor(By.id("results-heading"));
        List<WebElement> active = browser.findElements(By.cssSelector(".active-filters li a"));
        assertThat(active).extracting(WebElement::getText).containsExactly("Year: 1956 ×", "Dates: from 1956-10-01 ×");
        // with no words asked, each hit shows its summary
        assertThat(browser.findElements(By.cssSelector(".hit p.summary"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".hit p.snippet"))).isEmpty();
        String before = browser.findElement(By.id("results-heading")).getText();
        follow(active.get(1));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("from="));
        assertThat(browser.getCurrentUrl()).contains("facet.year=1956", "sort=date");
        assertThat(browser.findElements(By.cssSelector(".active-filters li a"))).extracting(WebElement::getText)
                .containsExactly("Year: 1956 ×");
        assertThat(browser.findElement(By.id("results-heading")).getText()).isNotEqualTo(before);

        // the person facet lists its first values and says how many there are in all
        WebElement more = browser.findElement(By.xpath("//fieldset[legend='Person']//details[@class='more']"));
        WebElement hidden = more.findElement(By.cssSelector("ul li label"));
        assertThat(hidden.isDisplayed()).isFalse();
        more.findElement(By.tagName("summary")).click();
        assertThat(hidden.isDisplayed()).isTrue();
        assertThat(more.findElement(By.tagName("summary")).getText()).matches("show all \\d+");
    }

    @Test
    void theHomePageLeadsToTheProblemsAndASearchDownloadsItsHitsAsABibliography() throws Exception {
        browser.get(archive.base() + "/");
        WebElement note = browser.findElement(By.cssSelector("p.problems-note"));
        assertThat(note.getText()).startsWith("1 file was refused and ");
        follow(note.findElement(By.linkText("see which, and why")));
        waitFor(By.id("refused-heading"));
        assertThat(browser.getCurrentUrl()).endsWith("/problems");
        assertThat(browser.findElement(By.id("refused-heading")).getText()).isEqualTo("1 file was refused");
        assertThat(browser.findElements(By.xpath("//th[@scope='row'][.='" + TestArchive.REFUSED_NAME + "']"))).hasSize(1);

        // the search's hits as RIS, from the link the page offers: a real RIS parser reads one reference per hit
        browser.get(archive.base() + "/search?q=Hungary");
        waitFor(By.id("results-heading"));
        int hits = Integer.parseInt(browser.findElement(By.id("results-heading")).getText().replaceAll("^(\\d+) documents?.*", "$1"));
        WebElement downloads = browser.findElement(By.cssSelector("p.downloads"));
        assertThat(downloads.getText()).startsWith("Download these " + hits + " documents as");
        String ris = downloads.findElement(By.linkText("RIS")).getDomProperty("href");
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ris)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new RISParser().parse(new StringReader(file.body())).getReferences()).hasSize(hits);
    }

    @Test
    void aTelegramShowsWhoSentItToWhomFromWhere() {
        browser.get(archive.base() + "/documents/" + TestArchive.HOSTILE_ID);
        waitFor(By.id("title"));
        List<String> terms = browser.findElements(By.cssSelector("dl.facts dt")).stream().map(WebElement::getText).toList();
        assertThat(terms).containsSubsequence("Kind", "From", "To", "Place", "Classification", "Translator");
        assertThat(browser.findElement(By.xpath("//dt[.='To']/following-sibling::dd[1]")).getText())
                .isEqualTo("Filippov [Stalin] <script>window.__pwned=1</script>");
        assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    }

    @Test
    void noSeriousAccessibilityViolations() {
        for (String page : List.of("/", "/search?q=Kadar", "/search?q=%22unclosed", "/documents/wcda-111884",
                "/search?q=&facet.year=1956&facet.kind=minutes&from=1950", "/search?q=", "/documents/" + TestArchive.HOSTILE_ID,
                "/problems", "/search?facet.warning=no-citation",
                "/files?delo=TsKhSD+F.+3%2C+Op.+12%2C+D.+1006", "/people/Kadar", "/dates", "/dates?year=1956", "/nowhere",
                "/people", "/people/kadar-janos", "/people/" + TestArchive.HOSTILE_PERSON, "/sessions", "/sessions/wcda-111887",
                "/references", "/pictures", "/pictures/attendance", "/pictures/attendance?from=x", "/pictures/timeline",
                "/pictures/network", "/pictures/network?min=3&from=1956", "/compare?session=wcda-111883&session=wcda-111884", "/pictures/attendance?from=1956-11-01&to=1956-11-06",
                "/pictures/chronology", "/pictures/chronology?from=1956-10-20&to=1956-11-06", "/pictures/chronology?from=x",
                "/people/bulganin-nikolai", "/compare?session=wcda-111884&session=wcda-111885", "/pictures/network?from=1956-13",
                "/search?q=Kadar&to=1957-02-29")) {
            browser.get(archive.base() + page);
            // what a reader opens is checked too: the pictures' tables, "show all N" of a long facet, the query help
            browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
            Results results = new AxeBuilder().analyze(browser);
            List<String> serious = results.getViolations().stream()
                    .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                    .map(ReadingRoomBrowserTest::describe).toList();
            assertThat(serious).as("axe on %s", page).isEmpty();
            assertThat(results.getPasses()).as("axe ran on %s (%s)", page, results.getErrorMessage()).isNotEmpty();
        }
    }

    private static String describe(Rule r) {
        return r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList();
    }

    private static List<String> ids(List<WebElement> links, String prefix) {
        // an SVG link's href property is an SVGAnimatedString: read the attribute as written
        return links.stream().map(a -> a.getDomAttribute("href")).map(h -> h.substring(h.indexOf(prefix) + prefix.length()))
                .map(id -> URLDecoder.decode(id, StandardCharsets.UTF_8)).toList();
    }

    private static void waitFor(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    /**
     * Clicks what leads to another page and waits until the page it was on is gone: waiting for an
     * element alone may find the old page's (a document's h1 before the person's), and reading it
     * as the new page replaces it threw StaleElementReferenceException now and then.
     */
    private static void follow(WebElement link) {
        WebElement page = browser.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    /** A screenshot of one element, for the README's pictures (only with -Dfonds.screenshots). */
    private static void shot(String css, String name) throws IOException {
        String dir = System.getProperty("fonds.screenshots");
        if (dir == null || dir.isBlank()) return;
        Path out = Path.of(dir).resolve(name);
        Files.createDirectories(out.getParent());
        WebElement element = browser.findElement(By.cssSelector(css));
        // an element's screenshot is cut at the window's bottom (who sat together's matrix was): the window is
        // made tall enough to hold all of it, from the top of the page, and put back after
        Dimension before = browser.manage().window().getSize();
        long bottom = ((Number) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return Math.ceil(r.bottom + window.scrollY);", element)).longValue();
        long inner = ((Number) browser.executeScript("return window.innerHeight;")).longValue();
        if (bottom + 24 > inner) {
            browser.manage().window().setSize(new Dimension(before.getWidth(), (int) (bottom + 24 + before.getHeight() - inner)));
            browser.executeScript("window.scrollTo(0, 0);");
        }
        try {
            Files.write(out, element.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private static void screenshot(String name) throws IOException {
        String dir = System.getProperty("fonds.screenshots");
        if (dir == null || dir.isBlank()) return;
        Path out = Path.of(dir).resolve(name);
        Files.createDirectories(out.getParent());
        Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
    }
}
