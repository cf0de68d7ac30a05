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
import java.util.List;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
class ReadingRoomBrowserTest {
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        archive = TestArchive.seedsAndGenerated(tmp, 60);
        browser = Browser.start();
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
        kadar.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("facet.person=Kadar"));
        assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("1 document");
        assertThat(browser.findElement(By.cssSelector(".facets input[value='Kadar']")).isSelected()).isTrue();

        // the document
        browser.findElement(By.cssSelector(".hit h3 a")).click();
        waitFor(By.id("title"));
        assertThat(browser.findElement(By.id("title")).getText()).contains("2 November 1956");
        assertThat(browser.getCurrentUrl()).endsWith("/documents/wcda-111884");
        screenshot("document.png");

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

        // a speaker's attribution leads to the person's page
        WebElement speaker = browser.findElement(By.cssSelector("a.speaker[href='/people/Kadar']"));
        speaker.click();
        waitFor(By.tagName("h1"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kadar");
        assertThat(browser.findElements(By.cssSelector(".documents a"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("2 November 1956"));
    }

    @Test
    void theArchivalFilePageListsItsDocumentsInLeafOrderWithTheGaps() throws IOException {
        browser.get(archive.base() + "/documents/wcda-111883");
        browser.findElement(By.cssSelector(".facts a[href^='/files']")).click();
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

    @Test
    void noSeriousAccessibilityViolations() {
        for (String page : List.of("/", "/search?q=Kadar", "/search?q=%22unclosed", "/documents/wcda-111884",
                "/files?delo=TsKhSD+F.+3%2C+Op.+12%2C+D.+1006", "/people/Kadar", "/dates", "/dates?year=1956", "/nowhere")) {
            browser.get(archive.base() + page);
            Results results = new AxeBuilder().analyze(browser);
            List<String> serious = results.getViolations().stream()
                    .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                    .map(ReadingRoomBrowserTest::describe).toList();
            assertThat(serious).as("axe on %s", page).isEmpty();
            assertThat(results.getPasses()).as("axe ran on %s", page).isNotEmpty();
        }
    }

    private static String describe(Rule r) {
        return r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList();
    }

    private static void waitFor(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static void screenshot(String name) throws IOException {
        String dir = System.getProperty("fonds.screenshots");
        if (dir == null || dir.isBlank()) return;
        Path out = Path.of(dir).resolve(name);
        Files.createDirectories(out.getParent());
        Files.write(out, browser.getScreenshotAs(OutputType.BYTES));
    }
}
