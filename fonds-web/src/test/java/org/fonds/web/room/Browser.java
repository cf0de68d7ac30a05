package org.fonds.web.room;

import java.io.File;
import java.time.Duration;
import org.fonds.parse.Required;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver (packages chromium and chromium-driver,
 * which {@code ./fonds test} installs where it can), with the flags this machine needs: no sandbox
 * as root, no GPU, and no background connections, which the closed network would refuse. Where they
 * are missing the browser tests are skipped, and fail under {@code CI=true} ({@link Required}).
 * {@code -Dfonds.chromium=PATH} and {@code -Dfonds.chromedriver=PATH} point elsewhere.
 */
public final class Browser {
    public static final String CHROMIUM = System.getProperty("fonds.chromium", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("fonds.chromedriver", "/usr/bin/chromedriver");

    /** Why the browser tests are skipped (a constant, as {@code @EnabledIf} wants it). */
    public static final String MISSING = "the browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium,"
            + " /usr/bin/chromedriver, or -Dfonds.chromium=PATH -Dfonds.chromedriver=PATH): apt-get install chromium"
            + " chromium-driver (./fonds test does, as root) (skipped outside CI; under CI=true this fails)";

    private Browser() {}

    /**
     * For {@code @EnabledIf} on a browser test class: whether it can run. Under {@code CI=true} it
     * always runs, so that a missing browser fails it ({@link #start}) instead of skipping it.
     */
    public static boolean availableOrInCi() {
        return Required.inCi() || available();
    }

    private static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    public static ChromeDriver start() {
        Required.present(available(), "the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                + DRIVER + "): apt-get install chromium chromium-driver (./fonds test does, as root)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
