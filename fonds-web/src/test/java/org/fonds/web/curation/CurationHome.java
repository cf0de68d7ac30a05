package org.fonds.web.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fonds.archive.Archive;
import org.fonds.archive.accounts.Role;
import org.fonds.ingest.Ingest;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.stored.VersionRef;
import org.fonds.web.WebServer;

/**
 * A home for the curation tests: real records of the shared corpus ingested as a user would, an
 * editor, an admin and a reader account, served over real HTTP with a clock the test moves.
 */
final class CurationHome implements AutoCloseable {
    static final String MALIN = "06_presidium_1956-11-03.txt";
    static final String HORVATH = "08_horvath_notes_1956-11-03.txt";
    static final String PASSWORD = "a long password";

    /** In a browser on the sign-in page (or on its way there): signs in as the editor "historian". */
    static void signInAsEditor(org.openqa.selenium.WebDriver browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("password")));
        browser.findElement(org.openqa.selenium.By.id("name")).sendKeys("historian");
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(PASSWORD);
        browser.findElement(org.openqa.selenium.By.id("signin")).click();
    }
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-04T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Archive archive;
    final WebServer server;
    final String base;
    final MovingClock clock = new MovingClock();

    private CurationHome(Path dir, boolean accounts, java.util.function.UnaryOperator<CurationConfig> tune) {
        archive = Archive.open(dir.resolve("home"), null, "test");
        archive.ingest(List.of(Seeds.corpus("real/docs").resolve(MALIN), Seeds.corpus("real/docs").resolve(HORVATH)), 1,
                Ingest.Progress.NONE, line -> { });
        if (accounts) {
            archive.accounts().add("historian", Role.EDITOR, PASSWORD.toCharArray());
            archive.accounts().add("keeper", Role.ADMIN, PASSWORD.toCharArray());
            archive.accounts().add("guest", Role.READER, PASSWORD.toCharArray());
        }
        CurationConfig config = tune.apply(CurationConfig.defaults(null).withClock(clock).withFailDelay(Duration.ZERO));
        server = new WebServer(archive, null, archive.liveTables(line -> { }), config);
        base = "http://127.0.0.1:" + server.start(0);
    }

    /** Ingests {@code files} besides the two records every home holds, as {@code fonds ingest} does. */
    void ingest(Path... files) {
        archive.ingest(List.of(files), 1, Ingest.Progress.NONE, line -> { });
    }

    /** The end of a browser test class: its browser, then its home, whichever of them was started. */
    static void close(org.openqa.selenium.WebDriver browser, CurationHome home) {
        if (browser != null) browser.quit();
        if (home != null) home.close();
    }

    static CurationHome withAccounts(Path dir) {
        return new CurationHome(dir, true, c -> c);
    }

    static CurationHome withAccounts(Path dir, java.util.function.UnaryOperator<CurationConfig> tune) {
        return new CurationHome(dir, true, tune);
    }

    static CurationHome withoutAccounts(Path dir) {
        return new CurationHome(dir, false, c -> c);
    }

    /** The id of Malin's notes of 3 November 1956. */
    String malin() {
        try (var ids = archive.documents().ids()) {
            return ids.filter(i -> archive.documents().record(i).orElseThrow().title().contains("Session of the CPSU CC Presidium"))
                    .findFirst().orElseThrow();
        }
    }

    ArchiveRecord record(String id) {
        return archive.documents().record(id).orElseThrow();
    }

    int version(String id) {
        return archive.documents().read(id, VersionRef.LATEST).orElseThrow().version();
    }

    // ---- HTTP as a browser would speak it, cookies by hand

    record Answer(int status, String body, List<String> cookies, String location) {
        Optional<String> cookie(String name) {
            return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }

        String cookieValue(String name) {
            return cookie(name).map(c -> c.substring(name.length() + 1, c.indexOf(';'))).orElse(null);
        }
    }

    Answer get(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) b.header("Cookie", cookie);
        return send(b.build());
    }

    Answer post(String path, Map<String, String> form, String cookie, Map<String, String> headers) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) b.header("Cookie", cookie);
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A signed-in session: the sign-in form fetched, then sent with {@code password}. */
    Answer signIn(String name, String password, String plantedSession) {
        Answer form = get("/signin", null);
        String token = hidden(form.body(), "csrf");
        String cookie = "fonds-signin=" + form.cookieValue("fonds-signin") + (plantedSession != null ? "; fonds-session=" + plantedSession : "");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("csrf", token);
        f.put("name", name);
        f.put("password", password);
        f.put("next", "/");
        return post("/signin", f, cookie, Map.of());
    }

    /** The session cookie of a signed-in account, and the CSRF token its pages carry. */
    record Signed(String cookie, String csrf) {
    }

    Signed signedIn(String name, String id) {
        Answer a = signIn(name, PASSWORD, null);
        if (a.status() != 303) throw new AssertionError("sign-in of " + name + " answered " + a.status() + ": " + a.body());
        String cookie = "fonds-session=" + a.cookieValue("fonds-session");
        Answer changes = get("/changes/documents/" + id, cookie);
        return new Signed(cookie, hidden(changes.body(), "csrf"));
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Answer send(HttpRequest r) {
        try {
            HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            return new Answer(res.statusCode(), res.body(), res.headers().allValues("Set-Cookie"),
                    res.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        archive.close();
    }
}
