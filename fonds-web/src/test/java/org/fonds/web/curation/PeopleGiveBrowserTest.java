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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two people corrections that work on one person's evidence, made by an editor in a real
 * headless Chromium: the bare "Kovacs" of Horváth's notes of 3 November 1956 (real/docs 08), which
 * the rules leave between Béla Kovács (real/docs 14) and István Kovács (real/docs 13), given to
 * Béla in that document only; and an editor's description of Mikhail Malinin taking the place of
 * seed 002's translator's note. Each shown on the person's page, reverted from the changes page,
 * with {@code verify} clean after every change. One test, so the changes are numbered in order.
 */
@NeedsShared("corpus/real")
@EnabledIf(value = "org.fonds.web.room.Browser#availableOrInCi", disabledReason = Browser.MISSING)
class PeopleGiveBrowserTest {
    @TempDir
    static Path tmp;
    static CurationHome home;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        home = CurationHome.withAccounts(tmp);
        Path real = Seeds.corpus("real/docs");
        home.ingest(real.resolve("13_mikoyan_suslov_report_1956-10-24.txt"),
                real.resolve("14_mikoyan_suslov_telegram_1956-10-27.txt"), Seeds.corpus("seeds").resolve("002_83cb7e9f6d5f0379.txt"));
    }

    @AfterAll
    static void stop() {
        CurationHome.close(browser, home);
    }

    @Test
    void anEditorGivesTheBareKovacsToBelaKovacsThenDescribesMalininAndRevertsBoth() {
        String horvath = horvath();
        String horvathTitle = home.record(horvath).title();
        browser.get(home.base + "/people/kovacs-bela");
        assertThat(main()).doesNotContain(horvathTitle);

        // sign in from the unresolved "Kovacs", whose page lists Horváth's notes
        browser.get(home.base + "/people/kovacs");
        assertThat(main()).contains(horvathTitle);
        browser.findElement(By.id("correct-person")).click();
        CurationHome.signInAsEditor(browser);
        waitFor(By.id("give"));

        new Select(browser.findElement(By.id("give-document"))).selectByValue(horvath);
        new Select(browser.findElement(By.id("give-form-name"))).selectByVisibleText("Kovacs");
        browser.findElement(By.id("give-to")).sendKeys("kovacs-bela");
        browser.findElement(By.id("give-reason")).sendKeys("Horváth lists the new government: <b>Béla</b> Kovács");
        browser.findElement(By.id("give")).click();
        waitFor(By.id("change-1"));
        assertThat(browser.getCurrentUrl()).endsWith("/changes/people/kovacs-bela");
        assertThat(browser.findElement(By.cssSelector("#change-1 .reason")).getText()).contains("<b>Béla</b> Kovács");
        assertThat(home.archive.verify()).isEmpty();
        browser.get(home.base + "/people/kovacs-bela");
        assertThat(main()).contains(horvathTitle);

        // an editor's description of Malinin, shown as such
        browser.get(home.base + "/people/malinin-mikhail-s");
        assertThat(browser.findElement(By.id("description")).getText()).contains("as a note in the documents identifies them");
        browser.get(home.base + "/curation/people/malinin-mikhail-s");
        waitFor(By.id("describe"));
        browser.findElement(By.id("description")).clear();
        browser.findElement(By.id("description")).sendKeys("Soviet general, first deputy chief of the General Staff in 1956");
        browser.findElement(By.id("describe-reason")).sendKeys("fuller than the note");
        browser.findElement(By.id("describe")).click();
        waitFor(By.id("change-2"));
        browser.get(home.base + "/people/malinin-mikhail-s");
        assertThat(browser.findElement(By.id("description")).getText())
                .contains("first deputy chief of the General Staff in 1956").contains("an editor's note");
        assertThat(home.archive.verify()).isEmpty();

        // both reverted from the changes pages, each as a new change
        revert("malinin-mikhail-s", 2);
        browser.get(home.base + "/people/malinin-mikhail-s");
        assertThat(browser.findElement(By.id("description")).getText()).contains("as a note in the documents identifies them");
        revert("kovacs-bela", 1);
        browser.get(home.base + "/people/kovacs-bela");
        assertThat(main()).doesNotContain(horvathTitle);
        assertThat(home.archive.verify()).isEmpty();
    }

    private static void revert(String person, int n) {
        browser.get(home.base + "/changes/people/" + person);
        int before = browser.findElements(By.cssSelector(".change")).size();
        browser.findElement(By.id("why-" + n)).sendKeys("undo change " + n);
        browser.findElement(By.id("revert-" + n)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".change")).size() == before + 1);
        assertThat(browser.findElement(By.cssSelector(".change")).getText()).contains("undoing change " + n);
    }

    /** Horváth's account of 3 November 1956: the one of that date that is not Malin's. */
    private static String horvath() {
        try (var ids = home.archive.documents().ids()) {
            return ids.filter(i -> "1956-11-03".equals(home.record(i).date()) && !i.equals(home.malin())).findFirst().orElseThrow();
        }
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
