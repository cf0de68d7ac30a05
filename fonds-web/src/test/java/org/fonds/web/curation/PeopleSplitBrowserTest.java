package org.fonds.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.web.room.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor in a real headless Chromium splits one person the rules made of two: from the page of
 * "Yuri Zhukov" (the journalist of the FRUS memorandum of 1959, real/docs b08, who is also the
 * Marshal Zhukov of the Presidium notes of 20 October 1956, real/docs 02) to the sign-in, the
 * person's correction form, a split that gives the 1956 record to a new person, the new person's
 * page and the session's page linking to them; then a revert from the changes page puts them back
 * together. {@code verify} is clean after each change.
 */
@NeedsShared("corpus/real")
@EnabledIf(value = "org.fonds.web.room.Browser#availableOrInCi", disabledReason = Browser.MISSING)
class PeopleSplitBrowserTest {
    @TempDir
    static Path tmp;
    static CurationHome home;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        home = CurationHome.withAccounts(tmp);
        Path real = Seeds.corpus("real/docs");
        home.ingest(real.resolve("b08_frus_memcon_nixon_khrushchev_1959.txt"), real.resolve("02_presidium_1956-10-20.txt"));
    }

    @AfterAll
    static void stop() {
        CurationHome.close(browser, home);
    }

    @Test
    void anEditorSplitsMarshalZhukovFromTheJournalistAndRevertsIt() {
        String presidium;
        try (var ids = home.archive.documents().ids()) {
            presidium = ids.filter(i -> "1956-10-20".equals(home.record(i).date())).findFirst().orElseThrow();
        }
        String title = home.record(presidium).title();

        browser.get(home.base + "/people/zhukov-yuri");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        browser.findElement(By.id("correct-person")).click();
        CurationHome.signInAsEditor(browser);
        waitFor(By.id("split"));
        assertThat(browser.getCurrentUrl()).endsWith("/curation/people/zhukov-yuri");

        browser.findElement(By.id("split-name")).sendKeys("Georgy Zhukov");
        browser.findElement(By.cssSelector("#split-form input[name=document][value='" + presidium + "']")).click();
        browser.findElement(By.id("split-reason")).sendKeys("the Zhukov of the Presidium in 1956 is the marshal, <i>not</i> the journalist");
        browser.findElement(By.id("split")).click();
        waitFor(By.id("change-1"));
        assertThat(browser.findElement(By.cssSelector("#change-1 strong")).getText())
                .isEqualTo("split Georgy Zhukov (zhukov-georgy) from Yuri Zhukov (zhukov-yuri): documents " + presidium);
        assertThat(browser.findElement(By.cssSelector("#change-1 .reason")).getText()).contains("<i>not</i> the journalist");
        assertThat(home.archive.verify()).isEmpty();

        // the new person's page lists the 1956 record; the journalist's no longer does; the session links to the marshal
        browser.get(home.base + "/people/zhukov-georgy");
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("Georgy Zhukov");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        browser.get(home.base + "/people/zhukov-yuri");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(title);
        browser.get(home.base + "/sessions/" + presidium);
        assertThat(browser.findElements(By.cssSelector("main a[href='/people/zhukov-georgy']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("main a[href='/people/zhukov-yuri']"))).isEmpty();

        // revert from the changes page: a new change, one person again
        browser.get(home.base + "/changes/people/zhukov-yuri");
        browser.findElement(By.id("why-1")).sendKeys("check the dates first");
        browser.findElement(By.id("revert-1")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == 2);
        assertThat(browser.findElement(By.cssSelector(".change")).getText()).contains("undoing change 1");
        assertThat(home.get("/api/people/zhukov-georgy", null).status()).isEqualTo(404);
        browser.get(home.base + "/people/zhukov-yuri");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
        assertThat(home.archive.verify()).isEmpty();
    }

    private static void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
