package org.fonds.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.web.room.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every correction issue 17 names, made by an editor in a real headless Chromium on real records
 * (Malin's notes of 3 November 1956, the Hungarian record of the DPRK ambassador of 1972), beside
 * the title, kind and added decision of {@link CurationBrowserTest}: date, from/to, participants,
 * speakers; a task edited and removed; people merged, renamed, a name marked as no person.
 * After each: the pages, the search, the API (read from the tables) show it, a revert from the
 * changes page restores the earlier state, and {@code verify} is clean. One archive, one browser.
 */
@NeedsShared("corpus/real")
@EnabledIf(value = "org.fonds.web.room.Browser#availableOrInCi", disabledReason = Browser.MISSING)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsBrowserTest {
    private static final String B18 = "b18_hungarian_record_dprk_ambassador_1972-08-30.txt";
    /** Rankovic by his surname (08) and by his wartime name alone ("Marko", b16): two people to the rules. */
    private static final String B16 = "b16_yugoslav_record_stalin_tito_1946-05-27.txt";
    private static final String B08 = "08_horvath_notes_1956-11-03.txt";
    @TempDir
    static Path tmp;
    static CurationHome home;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        home = CurationHome.withAccounts(tmp);
        home.ingest(Seeds.corpus("real/docs").resolve(B18));
        home.ingest(Seeds.corpus("real/docs").resolve(B16));
        home.ingest(Seeds.corpus("real/docs").resolve(B08));
        browser.get(home.base + "/signin");
        CurationHome.signInAsEditor(browser);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.manage().getCookieNamed("fonds-session") != null);
    }

    @AfterAll
    static void stop() {
        CurationHome.close(browser, home);
    }

    @Test
    @Order(1)
    void dateFromToParticipantsAndSpeakersAreCorrectedShownEverywhereAndReverted() throws Exception {
        String id = home.malin();
        var parsed = home.record(id);
        int before = parsed.corrections().size();

        browser.get(home.base + "/curation/documents/" + id);
        waitFor(By.id("save"));
        set("f-date", "1956-11-02");
        set("f-from", "Vladimir Malin");
        set("f-to", "Zhivkov Archive");
        append("f-participants", "Ivan Serov");
        append("f-speakers", "Ivan Serov");
        browser.findElement(By.id("reason")).sendKeys("the notes were begun the evening before; Serov spoke too");
        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == before + 5);
        var corrected = home.record(id);
        assertThat(corrected.date()).isEqualTo("1956-11-02");
        assertThat(corrected.from()).containsExactly("Vladimir Malin");
        assertThat(corrected.to()).containsExactly("Zhivkov Archive");
        assertThat(corrected.participants()).contains("Ivan Serov");
        assertThat(corrected.speakers()).contains("Ivan Serov");
        assertThat(home.archive.verify()).isEmpty();

        browser.get(home.base + "/documents/" + id);
        assertThat(browser.findElement(By.cssSelector("main time")).getText()).isEqualTo("1956-11-02");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Vladimir Malin").contains("Zhivkov Archive").contains("Ivan Serov");
        browser.get(home.base + "/api/documents/" + id);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"date\":\"1956-11-02\"").contains("Ivan Serov");
        browser.get(home.base + "/sessions/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ivan Serov");
        Thread.sleep(1_100); // the searcher looks for a newer commit once a second
        browser.get(home.base + "/search?q=Kadar&from=1956-11-02&to=1956-11-02");
        assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("1 document");

        // revert each of the five, newest first: the parser's values back
        for (int n = before + 5; n > before; n--) revertRecord(id, n, "checked against the Bulletin");
        var back = home.record(id);
        assertThat(back.date()).isEqualTo(parsed.date());
        assertThat(back.from()).isEqualTo(parsed.from());
        assertThat(back.to()).isEqualTo(parsed.to());
        assertThat(back.participants()).isEqualTo(parsed.participants());
        assertThat(back.speakers()).isEqualTo(parsed.speakers());
        browser.get(home.base + "/documents/" + id);
        assertThat(browser.findElement(By.cssSelector("main time")).getText()).isEqualTo(parsed.dateText());
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Zhivkov Archive").doesNotContain("Ivan Serov");
        Thread.sleep(1_100);
        browser.get(home.base + "/search?q=Kadar&from=1956-11-02&to=1956-11-02");
        assertThat(browser.findElement(By.id("results-heading")).getText()).doesNotStartWith("1 document");
        assertThat(home.archive.verify()).isEmpty();
    }

    @Test
    @Order(2)
    void aTaskIsEditedThenRemovedAndBothAreReverted() {
        String id = home.malin();
        int before = home.record(id).corrections().size();
        browser.get(home.base + "/curation/documents/" + id + "/resolutions");
        waitFor(By.id("add-save"));
        List<String> tasks = tasks();
        assertThat(tasks).isNotEmpty();
        String first = tasks.getFirst();
        String edited = first + " (as the Bulletin reads it)";
        WebElement form = taskForm(first);
        WebElement text = form.findElement(By.name("text"));
        text.clear();
        text.sendKeys(edited);
        form.findElement(By.name("reason")).sendKeys("the task's full wording");
        form.findElement(By.cssSelector("button[value=edit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == before + 1);
        assertThat(home.archive.verify()).isEmpty();
        browser.get(home.base + "/curation/documents/" + id + "/resolutions");
        assertThat(tasks()).contains(edited).doesNotContain(first);
        browser.get(home.base + "/sessions/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(edited);

        browser.get(home.base + "/curation/documents/" + id + "/resolutions");
        waitFor(By.id("add-save"));
        form = taskForm(edited);
        form.findElement(By.name("reason")).sendKeys("not a task of this session");
        form.findElement(By.cssSelector("button[value=remove]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == before + 2);
        browser.get(home.base + "/sessions/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(edited);
        assertThat(home.archive.verify()).isEmpty();

        revertRecord(id, before + 2, "it is one after all");
        revertRecord(id, before + 1, "the short wording is the record's");
        browser.get(home.base + "/curation/documents/" + id + "/resolutions");
        assertThat(tasks()).isEqualTo(tasks);
        browser.get(home.base + "/sessions/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(first);
        assertThat(home.archive.verify()).isEmpty();
    }

    @Test
    @Order(3)
    void twoPeopleAreMergedFromThePersonsPageAndTheMergeIsReverted() {
        browser.get(home.base + "/people/marko");
        browser.findElement(By.id("correct-person")).click();
        waitFor(By.id("merge"));
        browser.findElement(By.id("into")).sendKeys("rankovic");
        browser.findElement(By.id("merge-reason")).sendKeys("Marko is Rankovic, one man");
        browser.findElement(By.id("merge")).click();
        waitFor(By.cssSelector(".change"));
        int n = home.archive.peopleChanges().size();
        assertThat(browser.findElement(By.cssSelector("#change-" + n + " strong")).getText())
                .isEqualTo("merged Marko (marko) into Rankovic (rankovic)");
        assertThat(home.archive.verify()).isEmpty();
        browser.get(home.base + "/people/rankovic");
        assertThat(browser.findElements(By.cssSelector("ul.forms li"))).extracting(WebElement::getText).contains("Marko");
        assertThat(home.get("/api/people/marko", null).status()).isEqualTo(404);
        assertThat(home.get("/api/people/rankovic", null).body()).contains("\"Marko\"");
        browser.get(home.base + "/people");
        assertThat(browser.findElements(By.cssSelector("main a[href='/people/marko']"))).isEmpty();

        revertPeople("rankovic", n, "not yet sure");
        assertThat(home.get("/api/people/marko", null).status()).isEqualTo(200);
        browser.get(home.base + "/people");
        assertThat(browser.findElements(By.cssSelector("main a[href='/people/marko']"))).isNotEmpty();
        assertThat(home.archive.verify()).isEmpty();
    }

    @Test
    @Order(4)
    void aPersonIsRenamedShownOnTheirPagesAndTheRenameIsReverted() throws Exception {
        browser.get(home.base + "/curation/people/marjai-jozsef");
        waitFor(By.id("rename"));
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Marjai József");
        browser.findElement(By.id("rename-reason")).sendKeys("as the record writes it, surname first");
        browser.findElement(By.id("rename")).click();
        waitFor(By.cssSelector(".change"));
        int n = home.archive.peopleChanges().size();
        assertThat(home.archive.verify()).isEmpty();
        browser.get(home.base + "/people/marjai-jozsef");
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("Marjai József");
        assertThat(home.get("/api/people/marjai-jozsef", null).body()).contains("\"Marjai József\"");

        revertPeople("marjai-jozsef", n, "keep the record's order");
        browser.get(home.base + "/people/marjai-jozsef");
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("József Marjai");
        assertThat(home.archive.verify()).isEmpty();
    }

    @Test
    @Order(5)
    void aNameMarkedAsNoPersonLeavesThePeopleAndComesBackOnRevert() {
        browser.get(home.base + "/curation/people/marko");
        waitFor(By.id("not-a-person"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("form"))).selectByVisibleText("Marko");
        browser.findElement(By.id("not-reason")).sendKeys("a <b>test</b> of the mark: a given name alone here");
        browser.findElement(By.id("not-a-person")).click();
        waitFor(By.cssSelector(".change"));
        int n = home.archive.peopleChanges().size();
        assertThat(browser.findElement(By.cssSelector("#change-" + n + " .reason")).getText()).contains("a <b>test</b> of the mark");
        assertThat(home.archive.verify()).isEmpty();
        assertThat(home.get("/api/people/marko", null).status()).isEqualTo(404);
        browser.get(home.base + "/people");
        assertThat(browser.findElements(By.cssSelector("main a[href='/people/marko']"))).isEmpty();

        revertPeople(null, n, "it is Rankovic");
        assertThat(home.get("/api/people/marko", null).status()).isEqualTo(200);
        browser.get(home.base + "/people/marko");
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("Marko");
        assertThat(home.archive.verify()).isEmpty();
    }

    private static void set(String field, String value) {
        WebElement e = browser.findElement(By.id(field));
        e.clear();
        e.sendKeys(value);
    }

    private static void append(String field, String line) {
        WebElement e = browser.findElement(By.id(field));
        e.sendKeys(org.openqa.selenium.Keys.END);
        e.sendKeys((e.getAttribute("value").isEmpty() ? "" : "\n") + line);
    }

    private static List<String> tasks() {
        return browser.findElements(By.cssSelector("form.resolution.task input[name=before]")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    private static WebElement taskForm(String text) {
        return browser.findElements(By.cssSelector("form.resolution.task")).stream()
                .filter(f -> text.equals(f.findElement(By.name("before")).getAttribute("value"))).findFirst().orElseThrow();
    }

    private static void revertRecord(String id, int n, String why) {
        browser.get(home.base + "/changes/documents/" + id);
        int count = browser.findElements(By.cssSelector(".change")).size();
        browser.findElement(By.id("why-" + n)).sendKeys(why);
        browser.findElement(By.id("revert-" + n)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == count + 1);
        assertThat(browser.findElement(By.cssSelector(".change")).getText()).contains("undoing change " + n);
        assertThat(home.archive.verify()).isEmpty();
    }

    private static void revertPeople(String person, int n, String why) {
        browser.get(home.base + (person == null ? "/changes/people" : "/changes/people/" + person));
        browser.findElement(By.id("why-" + n)).sendKeys(why);
        browser.findElement(By.id("revert-" + n)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.id("change-" + (n + 1))).size() == 1);
        assertThat(browser.findElement(By.id("change-" + (n + 1))).getText()).contains("undoing change " + n);
        assertThat(home.archive.verify()).isEmpty();
    }

    private static void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
