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
 * of 1972, and the Albanian record of 1960 where Enver Hoxha is two people, "Enver Hoxha" and "Enver"): an editor merges
 * them and the person page, the API and the changes pages show it; a revert undoes it; every way of
 * sending a people change without the right to is refused with 403 and changes nothing; hostile text
 * in a reason or a name is shown as text.
 */
@NeedsShared("corpus/real")
class PeopleCurationTest {
    private static final String B18 = "b18_hungarian_record_dprk_ambassador_1972-08-30.txt";
    private static final String B10 = "b10_alp_cpsu_meeting_1960-11-12.txt";
    @TempDir
    Path tmp;

    private static CurationHome home(Path tmp) {
        CurationHome h = CurationHome.withAccounts(tmp);
        h.archive.ingest(List.of(Seeds.corpus("real/docs").resolve(B18), Seeds.corpus("real/docs").resolve(B10)), 1, Ingest.Progress.NONE, line -> { });
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
            CurationHome.Answer a = h.post("/curation/people/enver/merge", form(s.csrf(), "into", "hoxha-enver",
                    "reason", "Enver is Hoxha, one man"), s.cookie(), Map.of("Origin", h.base));
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(a.location()).isEqualTo("/changes/people/hoxha-enver");
            assertThat(h.get("/people/hoxha-enver", null).body()).contains("<li>Enver</li>").contains("/changes/people/hoxha-enver");
            assertThat(h.get("/api/people/enver", null).status()).isEqualTo(404);
            String changes = h.get("/changes/people/enver", null).body();
            assertThat(changes).contains("merged Enver (enver) into Enver Hoxha (hoxha-enver)").contains("historian")
                    .contains("Enver is Hoxha, one man").contains("<ins>Enver Hoxha (hoxha-enver): ");
            assertThat(h.get("/changes/people", null).body()).contains("merged Enver (enver)");
            assertThat(h.archive.verify()).isEmpty();

            String page = h.get("/changes/people/hoxha-enver", s.cookie()).body();
            assertThat(page).contains("revert-1");
            a = h.post("/curation/people/revert", form(s.csrf(), "change", "1", "reason", "not yet sure", "person", "hoxha-enver"),
                    s.cookie(), Map.of());
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(h.get("/api/people/enver", null).status()).isEqualTo(200);
            assertThat(h.get("/changes/people/hoxha-enver", null).body()).contains("undoing change 1");
            assertThat(h.archive.verify()).isEmpty();
        }
    }

    @Test
    void everyPeopleChangeWithoutTheRightIsRefused403AndChangesNothing() {
        try (CurationHome h = home(tmp)) {
            CurationHome.Signed editor = h.signedIn("historian", h.malin());
            CurationHome.Signed reader = h.signedIn("guest", h.malin());
            for (String path : List.of("/curation/people/enver/merge", "/curation/people/marjai-jozsef/rename",
                    "/curation/people/enver/not-a-person", "/curation/people/revert")) {
                String[] f = {"into", "hoxha-enver", "name", "József Marjai", "form", "Enver", "change", "1", "reason", "r"};
                assertRefused(h.post(path, form(editor.csrf(), f), null, Map.of()), "sign in first");
                assertRefused(h.post(path, form(reader.csrf(), f), reader.cookie(), Map.of()), "may not change");
                assertRefused(h.post(path, form(null, f), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, form(reader.csrf(), f), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, form(editor.csrf(), f), editor.cookie(), Map.of("Origin", "https://evil.example")),
                        "this site's own pages");
            }
            assertThat(h.archive.peopleChanges()).isEmpty();
            assertThat(h.get("/api/people/enver", null).status()).isEqualTo(200);
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
