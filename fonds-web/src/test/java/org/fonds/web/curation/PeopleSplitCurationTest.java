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
 * Splitting a person, giving one mention to a person, and an editor's description, over real HTTP
 * on a real home: the journalist Yuri Zhukov (FRUS memorandum of 1959, real/docs b08) and Marshal
 * Zhukov (Presidium notes of 20 October 1956, real/docs 02) are one person by the rules until an
 * editor splits them; the bare "Kovacs" of Horváth's notes (real/docs 08) is unresolved between
 * Béla Kovács (real/docs 14) and István Kovács (real/docs 13) until an editor gives it to Béla;
 * seed 002's translator's note describes Mikhail Malinin until an editor's description replaces it.
 * Pages, the API and the changes pages show each, after a rebuild too, revert undoes it, every way
 * of sending one without the right to is refused with 403 and changes nothing, hostile text stays text.
 */
@NeedsShared("corpus/real")
class PeopleSplitCurationTest {
    @TempDir
    Path tmp;

    private static CurationHome home(Path tmp) {
        CurationHome h = CurationHome.withAccounts(tmp);
        Path real = Seeds.corpus("real/docs");
        h.archive.ingest(List.of(real.resolve("b08_frus_memcon_nixon_khrushchev_1959.txt"), real.resolve("02_presidium_1956-10-20.txt"),
                real.resolve("13_mikoyan_suslov_report_1956-10-24.txt"), real.resolve("14_mikoyan_suslov_telegram_1956-10-27.txt"),
                Seeds.corpus("seeds").resolve("002_83cb7e9f6d5f0379.txt")), 1, Ingest.Progress.NONE, line -> { });
        return h;
    }

    private static Map<String, String> form(String csrf, String... pairs) {
        Map<String, String> f = new HashMap<>();
        if (csrf != null) f.put("csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) f.put(pairs[i], pairs[i + 1]);
        return f;
    }

    /** The id of the stored record dated {@code date}. */
    private static String dated(CurationHome h, String date) {
        try (var ids = h.archive.documents().ids()) {
            return ids.filter(i -> date.equals(h.record(i).date())).findFirst().orElseThrow();
        }
    }

    @Test
    void anEditorSplitsMarshalZhukovFromTheJournalistAndRevertsIt() {
        try (CurationHome h = home(tmp)) {
            String presidium = dated(h, "1956-10-20");
            CurationHome.Signed s = h.signedIn("historian", h.malin());
            String page = h.get("/curation/people/zhukov-yuri", s.cookie()).body();
            assertThat(page).contains("id=\"split-form\"").contains("value=\"" + presidium + "\"");
            assertThat(h.get("/api/people/zhukov-yuri", null).body()).contains(presidium);

            // the documents given by id, as the form takes those it does not list (the browser test ticks one)
            CurationHome.Answer a = h.post("/curation/people/zhukov-yuri/split", form(s.csrf(), "name", "Georgy Zhukov",
                    "more-documents", " " + presidium + ", ", "reason", "the Zhukov of the Presidium in 1956 is the marshal"), s.cookie(), Map.of("Origin", h.base));
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(a.location()).isEqualTo("/changes/people/zhukov-yuri");
            assertThat(h.get("/api/people/zhukov-georgy", null).body()).contains(presidium);
            // the journalist is no longer named in it, nor listed as present at that session
            assertThat(h.get("/api/people/zhukov-yuri", null).body()).doesNotContain(presidium);
            assertThat(h.get("/api/people/zhukov-georgy", null).body()).contains("\"documentId\":\"" + presidium + "\"");
            assertThat(h.get("/people/zhukov-georgy", null).body()).contains("Georgy Zhukov");
            String changes = h.get("/changes/people/zhukov-georgy", null).body();
            assertThat(changes).contains("split Georgy Zhukov (zhukov-georgy) from Yuri Zhukov (zhukov-yuri)")
                    .contains("<ins>in document " + presidium + ", ").contains("the marshal");
            assertThat(h.archive.verify()).isEmpty();
            h.archive.reindex();
            assertThat(h.get("/api/people/zhukov-georgy", null).body()).contains(presidium);

            a = h.post("/curation/people/revert", form(s.csrf(), "change", "1", "reason", "check first", "person", "zhukov-yuri"),
                    s.cookie(), Map.of());
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(h.get("/api/people/zhukov-georgy", null).status()).isEqualTo(404);
            assertThat(h.get("/api/people/zhukov-yuri", null).body()).contains(presidium);
            assertThat(h.archive.verify()).isEmpty();
        }
    }

    @Test
    void anEditorGivesTheBareKovacsOfHorvathsNotesToBelaKovacs() {
        try (CurationHome h = home(tmp)) {
            String horvath = dated(h, "1956-11-03").equals(h.malin()) ? otherOf(h, "1956-11-03", h.malin()) : dated(h, "1956-11-03");
            assertThat(h.get("/api/people/kovacs", null).body()).contains(horvath).contains("unresolved");
            assertThat(h.get("/api/people/kovacs-bela", null).body()).doesNotContain(horvath);
            CurationHome.Signed s = h.signedIn("historian", h.malin());
            CurationHome.Answer a = h.post("/curation/people/kovacs/give", form(s.csrf(), "document", horvath, "form", "Kovacs",
                    "to", "kovacs-bela", "reason", "Horváth lists the new government: Kovács is Béla Kovács"), s.cookie(), Map.of());
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(a.location()).isEqualTo("/changes/people/kovacs-bela");
            assertThat(h.get("/api/people/kovacs-bela", null).body()).contains(horvath);
            assertThat(h.get("/changes/people/kovacs", null).body()).contains("in document " + horvath + " is Bela Kovacs (kovacs-bela)");
            assertThat(h.archive.verify()).isEmpty();
            h.archive.reindex();
            assertThat(h.get("/api/people/kovacs-bela", null).body()).contains(horvath);
            a = h.post("/curation/people/revert", form(s.csrf(), "change", "1", "reason", "undo", "person", "kovacs"), s.cookie(), Map.of());
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            assertThat(h.get("/api/people/kovacs-bela", null).body()).doesNotContain(horvath);
        }
    }

    private static String otherOf(CurationHome h, String date, String not) {
        try (var ids = h.archive.documents().ids()) {
            return ids.filter(i -> date.equals(h.record(i).date()) && !i.equals(not)).findFirst().orElseThrow();
        }
    }

    @Test
    void anEditorsDescriptionReplacesTheTranslatorsNoteSaysSoAndStaysText() {
        try (CurationHome h = home(tmp)) {
            assertThat(h.get("/people/malinin-mikhail-s", null).body()).contains("a first deputy chief of the Soviet General Staff")
                    .contains("as a note in the documents identifies them");
            CurationHome.Signed s = h.signedIn("historian", h.malin());
            String hostile = "<script>window.__pwned=1</script>";
            CurationHome.Answer a = h.post("/curation/people/malinin-mikhail-s/describe", form(s.csrf(), "description",
                    "Soviet general, first deputy chief of the General Staff " + hostile, "reason", "fuller " + hostile), s.cookie(), Map.of());
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            String person = h.get("/people/malinin-mikhail-s", null).body();
            assertThat(person).contains("Soviet general, first deputy chief of the General Staff &lt;script&gt;")
                    .contains("an editor's note").doesNotContain("<script>window");
            assertThat(h.get("/api/people/malinin-mikhail-s", null).body()).contains("\"describedBy\":\"editor\"");
            String changes = h.get("/changes/people/malinin-mikhail-s", null).body();
            assertThat(changes).contains("described Mikhail S. Malinin").contains("fuller &lt;script&gt;").doesNotContain("<script>window");
            assertThat(h.get("/curation/people/malinin-mikhail-s", s.cookie()).body()).contains("&lt;script&gt;window").doesNotContain("<script>window");
            assertThat(h.archive.verify()).isEmpty();
            h.archive.reindex();
            assertThat(h.get("/api/people/malinin-mikhail-s", null).body()).contains("\"describedBy\":\"editor\"");
        }
    }

    @Test
    void everySplitGiftOrDescriptionWithoutTheRightIsRefused403AndChangesNothing() {
        try (CurationHome h = home(tmp)) {
            String presidium = dated(h, "1956-10-20");
            CurationHome.Signed editor = h.signedIn("historian", h.malin());
            CurationHome.Signed reader = h.signedIn("guest", h.malin());
            for (String path : List.of("/curation/people/zhukov-yuri/split", "/curation/people/zhukov-yuri/give",
                    "/curation/people/malinin-mikhail-s/describe")) {
                String[] f = {"name", "Georgy Zhukov", "document", presidium, "form", "Zhukov", "to", "malinin-mikhail-s",
                        "description", "x", "reason", "r"};
                assertRefused(h.post(path, form(editor.csrf(), f), null, Map.of()), "sign in first");
                assertRefused(h.post(path, form(reader.csrf(), f), reader.cookie(), Map.of()), "may not change");
                assertRefused(h.post(path, form(null, f), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, form(reader.csrf(), f), editor.cookie(), Map.of()), "security token");
                assertRefused(h.post(path, form(editor.csrf(), f), editor.cookie(), Map.of("Origin", "https://evil.example")),
                        "this site's own pages");
            }
            assertThat(h.archive.peopleChanges()).isEmpty();
            assertThat(h.get("/api/people/zhukov-georgy", null).status()).isEqualTo(404);
            assertThat(h.get("/api/people/zhukov-yuri", null).body()).contains(presidium);
            assertThat(h.get("/api/people/malinin-mikhail-s", null).body()).contains("\"describedBy\":\"note\"");
        }
    }

    private static void assertRefused(CurationHome.Answer a, String why) {
        assertThat(a.status()).as(a.body()).isEqualTo(403);
        assertThat(a.body()).contains(why);
    }
}
