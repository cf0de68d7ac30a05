package org.fonds.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fonds.ingest.Ingest;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People corrections over real HTTP on a real home (Malin's and Horváth's notes, the Hungarian record
 * of 1972, and Horvath's notes (08) with the Yugoslav record of 1946 (b16) where Rankovic is two people, "Rankovic" and "Marko"): an editor merges
 * them and the person page, the API and the changes pages show it; a revert undoes it; every way of
 * sending a people change without the right to is refused with 403 and changes nothing; hostile text
 * in a reason or a name is shown as text.
 */
@NeedsShared("corpus/real")
class PeopleCurationTest {
    private static final String B18 = "b18_hungarian_record_dprk_ambassador_1972-08-30.txt";
    private static final String B16 = "b16_yugoslav_record_stalin_tito_1946-05-27.txt";
    private static final String B08 = "08_horvath_notes_1956-11-03.txt";
    @TempDir
    Path tmp;

    private static CurationHome home(Path tmp) {
        CurationHome h = CurationHome.withAccounts(tmp);
        h.archive.ingest(List.of(Seeds.corpus("real/docs").resolve(B18), Seeds.corpus("real/docs").resolve(B16),
                Seeds.corpus("real/docs").resolve(B08)), 1, Ingest.Progress.NONE, line -> { });
        return h;
    }

    private static Map<String, String> form(String csrf, String... pairs) {
        Map<String, String> f = new HashMap<>();
        if (csrf != null) f.put("csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) f.put(pairs[i], pairs[i + 1]);
        return f;
    }

    @Test
    void anEditorMergesTwoPeopleSeesItOnThePagesAndRevertsIt() {
        try (CurationHome h = home(tmp)) {
            CurationHome.Signed s = h.signedIn("historian", h.malin());
            CurationHome.Answer a = h.post("/curation/people/marko/merge", form(s.csrf(), "into", "rankovic",
                    "reason", "Marko is Rankovic, one man"), s.cookie(), Map.of("Origin", h.base));
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(a.location()).isEqualTo("/changes/people/rankovic");
            assertThat(h.get("/people/rankovic", null).body()).contains("<li>Marko</li>").contains("/changes/people/rankovic");
            assertThat(h.get("/api/people/marko", null).status()).isEqualTo(404);
            String changes = h.get("/changes/people/marko", null).body();
            assertThat(changes).contains("merged Marko (marko) into Rankovic (rankovic)").contains("historian")
                    .contains("Marko is Rankovic, one man").contains("<ins>Rankovic (rankovic): ");
            assertThat(h.get("/changes/people", null).body()).contains("merged Marko (marko)");
            assertThat(h.archive.verify()).isEmpty();

            String page = h.get("/changes/people/rankovic", s.cookie()).body();
            assertThat(page).contains("revert-1");
            a = h.post("/curation/people/revert", form(s.csrf(), "change", "1", "reason", "not yet sure", "person", "rankovic"),
                    s.cookie(), Map.of());
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(h.get("/api/people/marko", null).status()).isEqualTo(200);
            assertThat(h.get("/changes/people/rankovic", null).body()).contains("undoing change 1");
            assertThat(h.archive.verify()).isEmpty();
        }
    }

    @Test
    void everyPeopleChangeWithoutTheRightIsRefused403AndChangesNothing() {
        try (CurationHome h = home(tmp)) {
            CurationHome.Signed editor = h.signedIn("historian", h.malin());
            CurationHome.Signed reader = h.signedIn("guest", h.malin());
            for (String path : List.of("/curation/people/marko/merge", "/curation/people/marjai-jozsef/rename",
                    "/curation/people/marko/not-a-person", "/curation/people/revert")) {
                String[] f = {"into", "rankovic", "name", "József Marjai", "form", "Marko", "change", "1", "reason", "r"};
                assertRefused(h.post(path, form(editor.csrf(), f), null, Map.of()), "sign in first");
                assertRefused(h.post(path, form(reader.csrf(), f), reader.cookie(), Map.of()), "may not change");
                assertRefused(h.post(path, form(null, f), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, form(reader.csrf(), f), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, form(editor.csrf(), f), editor.cookie(), Map.of("Origin", "https://evil.example")),
                        "this site's own pages");
            }
            assertThat(h.archive.peopleChanges()).isEmpty();
            assertThat(h.get("/api/people/marko", null).status()).isEqualTo(200);
            assertThat(h.get("/people/marjai-jozsef", null).body()).contains("Marjai József");
        }
    }

    @Test
    void hostileTextInAReasonOrANameIsShownAsText() {
        try (CurationHome h = home(tmp)) {
            CurationHome.Signed s = h.signedIn("historian", h.malin());
            String hostile = "<script>window.__pwned=1</script>";
            CurationHome.Answer a = h.post("/curation/people/marjai-jozsef/rename", form(s.csrf(), "name", "József Marjai" + hostile,
                    "reason", "because " + hostile), s.cookie(), Map.of());
            String changes = h.get("/changes/people/marjai-jozsef", null).body();
            String person = h.get("/people/marjai-jozsef", null).body();
            assertThat(changes + person).doesNotContain("<script>window");
            if (a.status() == 303) assertThat(changes).contains("because &lt;script&gt;");
        }
    }

    private static void assertRefused(CurationHome.Answer a, String why) {
        assertThat(a.status()).as(a.body()).isEqualTo(403);
        assertThat(a.body()).contains(why);
    }
}
