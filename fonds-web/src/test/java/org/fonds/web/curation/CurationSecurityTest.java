package org.fonds.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.fonds.parse.NeedsShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may change the archive, over real HTTP on a real home of real records: every way of sending a
 * change without the right to is refused with 403 and changes nothing; sign-in rotates the session,
 * sets the cookie's flags, and locks after repeated wrong passwords; hostile text stays text; no
 * password or token reaches the log.
 */
@NeedsShared("corpus/real")
class CurationSecurityTest {
    @TempDir
    Path tmp;

    private static Map<String, String> correction(String csrf, String title, String reason) {
        Map<String, String> f = new HashMap<>();
        if (csrf != null) f.put("csrf", csrf);
        f.put("title", title);
        f.put("reason", reason);
        return f;
    }

    @Test
    void anEditorsCorrectionWithSessionTokenAndOwnOriginIsTaken() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            int before = h.version(id);
            CurationHome.Signed s = h.signedIn("historian", id);
            CurationHome.Answer a = h.post("/curation/documents/" + id, correction(s.csrf(), "Malin's notes, 3 November", "as printed"),
                    s.cookie(), Map.of("Origin", h.base));
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(a.location()).isEqualTo("/changes/documents/" + id);
            assertThat(h.version(id)).isEqualTo(before + 1);
            assertThat(h.record(id).title()).isEqualTo("Malin's notes, 3 November");
        }
    }

    @Test
    void everyChangeWithoutTheRightIsRefused403AndChangesNothing() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            String title = h.record(id).title();
            int version = h.version(id);
            CurationHome.Signed editor = h.signedIn("historian", id);
            CurationHome.Signed reader = h.signedIn("guest", id);
            String path = "/curation/documents/" + id;

            assertRefused(h.post(path, correction(editor.csrf(), "X", "no session"), null, Map.of()), "sign in first");
            assertRefused(h.post(path, correction(reader.csrf(), "X", "a reader"), reader.cookie(), Map.of()), "may not change");
            assertRefused(h.post(path, correction(null, "X", "no token"), editor.cookie(), Map.of()), "security token");
            assertRefused(h.post(path, correction(reader.csrf(), "X", "another session's token"), editor.cookie(), Map.of()), "security token");
            assertRefused(h.post(path, correction(editor.csrf(), "X", "from elsewhere"), editor.cookie(),
                    Map.of("Origin", "https://evil.example")), "this site's own pages");
            assertRefused(h.post(path, correction(editor.csrf(), "X", "cross-site"), editor.cookie(),
                    Map.of("Sec-Fetch-Site", "cross-site")), "this site's own pages");
            assertRefused(h.post(path + "/revert", Map.of("csrf", "x", "change", "1", "reason", "r"), editor.cookie(), Map.of()), "security token");
            assertRefused(h.post("/signout", Map.of("csrf", "wrong"), editor.cookie(), Map.of()), "security token");

            h.clock.advance(Duration.ofMinutes(31)); // idle longer than a session lives
            assertRefused(h.post(path, correction(editor.csrf(), "X", "expired"), editor.cookie(), Map.of()), "sign in first");

            assertThat(h.version(id)).isEqualTo(version);
            assertThat(h.record(id).title()).isEqualTo(title);
            assertThat(h.record(id).corrections()).isEmpty();
        }
    }

    @Test
    void aSessionEndsAfterItsLifetimeEvenWhenUsedAndAtOnceWhenItsAccountIsRemoved() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            CurationHome.Signed s = h.signedIn("historian", id);
            for (int i = 0; i < 16; i++) { // 7 h 44 min in all, never idle 30 minutes
                h.clock.advance(Duration.ofMinutes(29));
                assertThat(h.get("/changes/documents/" + id, s.cookie()).body()).contains("Signed in as");
            }
            h.clock.advance(Duration.ofMinutes(29)); // 8 h 13 min after sign-in
            assertThat(h.get("/changes/documents/" + id, s.cookie()).body()).doesNotContain("Signed in as");

            CurationHome.Signed keeper = h.signedIn("keeper", id);
            h.archive.accounts().remove("keeper");
            assertRefused(h.post("/curation/documents/" + id, correction(keeper.csrf(), "X", "removed"), keeper.cookie(), Map.of()), "sign in first");
        }
    }

    /**
     * The same refusals for every route that changes anything: a record's fields, its revert, its
     * decisions and tasks, and each people change (on real records naming Rankovic twice
     * and József Marjai): no session, a reader's, no or another session's token, another origin or
     * site, an expired session; 403 each time, and neither the record nor the people changed.
     */
    @Test
    void everyChangeRouteRefusesWhatLacksTheRightWith403AndChangesNothing() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            h.archive.ingest(java.util.List.of(org.fonds.parse.Seeds.corpus("real/docs").resolve("b18_hungarian_record_dprk_ambassador_1972-08-30.txt"),
                    org.fonds.parse.Seeds.corpus("real/docs").resolve("b16_yugoslav_record_stalin_tito_1946-05-27.txt"),
                    org.fonds.parse.Seeds.corpus("real/docs").resolve("08_horvath_notes_1956-11-03.txt")),
                    1, org.fonds.ingest.Ingest.Progress.NONE, line -> { });
            String id = h.malin();
            int version = h.version(id);
            CurationHome.Signed editor = h.signedIn("historian", id);
            CurationHome.Signed reader = h.signedIn("guest", id);
            Map<String, Map<String, String>> routes = new java.util.LinkedHashMap<>();
            routes.put("/curation/documents/" + id, Map.of("title", "X", "reason", "r"));
            routes.put("/curation/documents/" + id + "/revert", Map.of("change", "1", "reason", "r"));
            routes.put("/curation/documents/" + id + "/resolutions", Map.of("field", "decision", "action", "add", "text", "Form a government.", "reason", "r"));
            routes.put("/curation/people/marko/merge", Map.of("into", "rankovic", "reason", "r"));
            routes.put("/curation/people/marjai-jozsef/rename", Map.of("name", "József Marjai", "reason", "r"));
            routes.put("/curation/people/marko/not-a-person", Map.of("form", "Marko", "reason", "r"));
            routes.put("/curation/people/marjai-jozsef/split", Map.of("name", "Other Marjai", "form", "Marjai József", "reason", "r"));
            routes.put("/curation/people/marko/give", Map.of("document", id, "form", "Marko", "to", "rankovic", "reason", "r"));
            routes.put("/curation/people/marjai-jozsef/describe", Map.of("description", "a diplomat", "reason", "r"));
            routes.put("/curation/people/revert", Map.of("change", "1", "person", "", "reason", "r"));
            routes.forEach((path, f) -> {
                assertRefused(h.post(path, with(f, editor.csrf()), null, Map.of()), "sign in first");
                assertRefused(h.post(path, with(f, reader.csrf()), reader.cookie(), Map.of()), "may not change");
                assertRefused(h.post(path, with(f, null), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, with(f, reader.csrf()), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, with(f, editor.csrf()), editor.cookie(), Map.of("Origin", "https://evil.example")),
                        "this site's own pages");
                assertRefused(h.post(path, with(f, editor.csrf()), editor.cookie(), Map.of("Sec-Fetch-Site", "cross-site")),
                        "this site's own pages");
            });
            h.clock.advance(Duration.ofMinutes(31)); // idle longer than a session lives
            routes.forEach((path, f) -> assertRefused(h.post(path, with(f, editor.csrf()), editor.cookie(), Map.of()), "sign in first"));

            assertThat(h.version(id)).isEqualTo(version);
            assertThat(h.record(id).corrections()).isEmpty();
            assertThat(h.archive.peopleChanges()).isEmpty();
        }
    }

    private static Map<String, String> with(Map<String, String> form, String csrf) {
        Map<String, String> f = new HashMap<>(form);
        if (csrf != null) f.put("csrf", csrf);
        return f;
    }

    @Test
    void withoutAccountsEditingIsSwitchedOff() {
        try (CurationHome h = CurationHome.withoutAccounts(tmp)) {
            String id = h.malin();
            assertThat(h.get("/signin", null).body()).contains("Editing is switched off").doesNotContain("type=\"password\"");
            assertRefused(h.post("/curation/documents/" + id, correction("x", "X", "r"), "fonds-session=x", Map.of()), "switched off");
            assertThat(h.get("/changes/documents/" + id, null).body()).doesNotContain("Sign in to correct");
            assertThat(h.version(id)).isEqualTo(1);
        }
    }

    @Test
    void signingInGivesANewHttpOnlyStrictSessionIdEachTime() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            CurationHome.Answer first = h.signIn("historian", CurationHome.PASSWORD, "planted-by-an-attacker");
            assertThat(first.status()).isEqualTo(303);
            String cookie = first.cookie("fonds-session").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").contains("Max-Age=")
                    .doesNotContain("Secure");
            String id = first.cookieValue("fonds-session");
            assertThat(id).isNotEqualTo("planted-by-an-attacker").hasSizeGreaterThanOrEqualTo(43);
            assertThat(h.signIn("historian", CurationHome.PASSWORD, id).cookieValue("fonds-session")).isNotEqualTo(id);
            assertThat(h.get("/changes/documents/" + h.malin(), "fonds-session=" + id).body())
                    .as("the session the second sign-in replaced is over").doesNotContain("Signed in as");
        }
    }

    @Test
    void overHttpsTheCookieIsSecureAndHostBound() {
        try (CurationHome h = CurationHome.withAccounts(tmp, c -> new CurationConfig("https://archive.example.org", c.clock(), c.idle(),
                c.lifetime(), c.accountLimit(), c.addressLimit(), c.lockFor(), c.failDelay()))) {
            CurationHome.Answer a = h.signIn("historian", CurationHome.PASSWORD, null);
            assertThat(a.status()).isEqualTo(303);
            assertThat(a.cookie("__Host-fonds-session")).get().asString().contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
            assertThat(a.cookie("fonds-signin")).get().asString().contains("Secure");
        }
    }

    @Test
    void signingInFromAnotherSiteOrWithoutTheFormsTokenIsRefused() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            CurationHome.Answer form = h.get("/signin", null);
            String token = CurationHome.hidden(form.body(), "csrf");
            Map<String, String> f = Map.of("csrf", token, "name", "historian", "password", CurationHome.PASSWORD);
            assertRefused(h.post("/signin", f, null, Map.of()), "sign-in form's security token");
            assertRefused(h.post("/signin", f, "fonds-signin=" + form.cookieValue("fonds-signin"), Map.of("Origin", "http://evil.example")),
                    "this site's own pages");
        }
    }

    @Test
    void twentyWrongPasswordsLockTheAccountForATime() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            for (int i = 0; i < 20; i++) {
                CurationHome.Answer a = h.signIn("historian", "wrong password " + i, null);
                assertThat(a.status()).as("attempt " + (i + 1)).isEqualTo(401);
                assertThat(a.body()).contains("The account name or the password is wrong");
            }
            CurationHome.Answer locked = h.signIn("historian", CurationHome.PASSWORD, null);
            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.body()).contains("locked for 15 minutes");
            assertThat(locked.cookie("fonds-session")).isEmpty();
            assertThat(h.signIn("keeper", CurationHome.PASSWORD, null).status()).as("other accounts sign in").isEqualTo(303);
            h.clock.advance(Duration.ofMinutes(16));
            assertThat(h.signIn("historian", CurationHome.PASSWORD, null).status()).isEqualTo(303);
        }
    }

    @Test
    void wrongPasswordsFromOneAddressLockItWhicheverAccountsTheyTry() {
        try (CurationHome h = CurationHome.withAccounts(tmp, c -> new CurationConfig(null, c.clock(), c.idle(), c.lifetime(),
                c.accountLimit(), 12, c.lockFor(), c.failDelay()))) {
            for (int i = 0; i < 12; i++) h.signIn(i % 2 == 0 ? "historian" : "keeper", "wrong " + i, null);
            assertThat(h.signIn("guest", CurationHome.PASSWORD, null).status()).isEqualTo(429);
        }
    }

    @Test
    void hostileTextInAReasonIsShownAsText() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            CurationHome.Signed s = h.signedIn("historian", id);
            String hostile = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>";
            assertThat(h.post("/curation/documents/" + id, correction(s.csrf(), "A title " + hostile, "because " + hostile), s.cookie(),
                    Map.of()).status()).isEqualTo(303);
            String page = h.get("/changes/documents/" + id, null).body();
            assertThat(page).doesNotContain("<script>window").doesNotContain("<img src=x")
                    .contains("because &lt;script&gt;window.__pwned=1&lt;/script&gt;");
            assertThat(h.get("/documents/" + id, null).body()).doesNotContain("<script>window");
        }
    }

    @Test
    void noPasswordSessionIdOrTokenReachesTheLog() {
        PrintStream err = System.err, out = System.out;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        String session, csrf;
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            h.signIn("historian", "a wrong password here", null);
            CurationHome.Signed s = h.signedIn("historian", id);
            session = s.cookie().substring("fonds-session=".length());
            csrf = s.csrf();
            h.post("/curation/documents/" + id, correction(s.csrf(), "T", "r"), s.cookie(), Map.of());
            h.post("/curation/documents/" + id, correction("wrong", "T2", "r"), s.cookie(), Map.of());
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(CurationHome.PASSWORD).doesNotContain("a wrong password here")
                .doesNotContain(session).doesNotContain(csrf);
    }

    private static void assertRefused(CurationHome.Answer a, String why) {
        assertThat(a.status()).as(a.body()).isEqualTo(403);
        assertThat(a.body()).contains(why);
    }
}
