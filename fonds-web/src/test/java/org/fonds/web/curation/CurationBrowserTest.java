package org.fonds.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.fonds.parse.NeedsShared;
import org.fonds.web.room.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor in a real headless Chromium: from a real record's page (Malin's notes of 3 November
 * 1956) to the sign-in, the correction form, the changes page with its difference, the corrected
 * record in its page, the search, the session's page and the API; then a revert from the changes
 * page restores it. {@code verify} is clean after each change.
 */
@NeedsShared("corpus/real")
@EnabledIf(value = "org.fonds.web.room.Browser#availableOrInCi", disabledReason = Browser.MISSING)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CurationBrowserTest {
    @TempDir
    static Path tmp;
    static CurationHome home;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        home = CurationHome.withAccounts(tmp);
    }

    @AfterAll
    static void stop() {
        CurationHome.close(browser, home);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void anEditorSignsInCorrectsARealRecordSeesItEverywhereAndRevertsIt() throws Exception {
        String id = home.malin();
        String parsedTitle = home.record(id).title();

        // from the record's page to the sign-in, and back to the form it led to
        browser.get(home.base + "/documents/" + id);
        browser.findElement(By.id("changes-link")).click();
        waitFor(By.id("no-changes"));
        browser.findElement(By.id("signin")).click();
        CurationHome.signInAsEditor(browser);
        waitFor(By.id("save"));
        assertThat(browser.getCurrentUrl()).endsWith("/curation/documents/" + id);
        assertThat(browser.findElement(By.id("editor")).getText()).isEqualTo("historian");
        assertThat(browser.manage().getCookieNamed("fonds-session").isHttpOnly()).isTrue();

        // the correction: a title and a kind, with a reason
        WebElement title = browser.findElement(By.id("f-title"));
        title.clear();
        title.sendKeys("Malin's working notes on the Zaporozhets session");
        WebElement kind = browser.findElement(By.id("f-kind"));
        kind.clear();
        kind.sendKeys("minutes");
        browser.findElement(By.id("reason")).sendKeys("the Bulletin's title; these are minutes <b>not</b> notes");
        browser.findElement(By.id("save")).click();
        waitFor(By.id("change-1"));
        assertThat(browser.findElement(By.cssSelector("#change-1 del")).getText()).isEqualTo(parsedTitle);
        assertThat(browser.findElements(By.cssSelector(".change"))).hasSize(home.record(id).corrections().size());
        assertThat(browser.findElement(By.cssSelector(".change .reason")).getText()).contains("minutes <b>not</b> notes");
        assertThat(home.archive.verify()).isEmpty();

        // the record's page, its API, the session's page and the search show it
        browser.get(home.base + "/documents/" + id);
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Malin's working notes on the Zaporozhets session");
        browser.get(home.base + "/api/documents/" + id);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"corrections\"").contains("\"editor\":\"historian\"");
        browser.get(home.base + "/sessions/" + id);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Zaporozhets session");
        Thread.sleep(1_100); // the searcher looks for a newer commit once a second
        browser.get(home.base + "/search?q=Zaporozhets+session");
        assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("1 document");
        assertThat(browser.findElement(By.cssSelector(".hit h3 a")).getText()).contains("Malin's working notes");

        // revert the title from the changes page: a new change, the parser's title back
        browser.get(home.base + "/changes/documents/" + id);
        int titleChange = home.record(id).corrections().stream().filter(c -> c.field().equals("title")).findFirst().orElseThrow().n();
        browser.findElement(By.id("why-" + titleChange)).sendKeys("keep the archive's own title");
        browser.findElement(By.id("revert-" + titleChange)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".change")).size() == 3);
        assertThat(browser.findElement(By.cssSelector(".change")).getText()).contains("undoing change " + titleChange);
        browser.get(home.base + "/documents/" + id);
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(parsedTitle);
        assertThat(home.record(id).kind()).isEqualTo("minutes");
        assertThat(home.archive.verify()).isEmpty();

        // signing out ends the session: the form sends the browser to sign in again
        browser.get(home.base + "/changes/documents/" + id);
        browser.findElement(By.id("signout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(home.base + "/"));
        assertThat(browser.manage().getCookieNamed("fonds-session")).isNull();
        browser.get(home.base + "/curation/documents/" + id);
        waitFor(By.id("password"));
    }

    /** After the first test (which signs out): a missed decision added from the session's page, then reverted. */
    @Test
    @org.junit.jupiter.api.Order(2)
    void anEditorAddsAMissedDecisionFromTheSessionsPageAndRevertsIt() {
        String id = home.malin();
        String added = "Form a new revolutionary government.";
        browser.get(home.base + "/sessions/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(added);
        browser.findElement(By.id("correct-resolutions")).click();
        CurationHome.signInAsEditor(browser);
        waitFor(By.id("add-save"));
        assertThat(browser.getCurrentUrl()).endsWith("/curation/documents/" + id + "/resolutions");

        int before = home.record(id).corrections().size();
        browser.findElement(By.id("add-text")).sendKeys(added);
        browser.findElement(By.id("add-reason")).sendKeys("Kadar's new government is what the session resolves");
        browser.findElement(By.id("add-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == before + 1);
        int n = before + 1;
        assertThat(browser.findElement(By.cssSelector("#change-" + n + " ins")).getText()).isEqualTo(added);
        assertThat(home.archive.verify()).isEmpty();

        browser.get(home.base + "/sessions/" + id);
        WebElement mine = browser.findElements(By.cssSelector("ul.decisions li")).stream()
                .filter(li -> li.getText().startsWith(added)).findFirst().orElseThrow();
        assertThat(mine.findElement(By.cssSelector(".corrected")).getText()).isEqualTo("corrected by historian");

        browser.get(home.base + "/changes/documents/" + id);
        browser.findElement(By.id("why-" + n)).sendKeys("the government is formed elsewhere");
        browser.findElement(By.id("revert-" + n)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == n + 1);
        assertThat(browser.findElement(By.cssSelector(".change")).getText()).contains("undoing change " + n);
        browser.get(home.base + "/sessions/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(added);
        assertThat(home.archive.verify()).isEmpty();
    }

    private static void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
