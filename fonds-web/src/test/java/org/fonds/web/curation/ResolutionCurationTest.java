package org.fonds.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.fonds.parse.NeedsShared;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor corrects the decisions and tasks of a real record (Malin's notes of 3 November 1956) over
 * real HTTP: add, edit, remove, each shown at once by the session page (marked as the editor's), the
 * tables and a person's tasks, kept by reparse and reindex, listed with its difference on the changes
 * page, undone by a revert; every way of sending one without the right is refused and changes nothing.
 */
@NeedsShared("corpus/real")
class ResolutionCurationTest {
    private static final String TASK = "Cdes. Suslov, Mikoyan, and Shepilov are to prepare the documents.";
    private static final String EDITED = "Cdes. Suslov and Shepilov are to prepare the documents for Hungary.";
    private static final String ADDED = "Form a new revolutionary government.";

    @TempDir
    Path tmp;

    private static Map<String, String> form(String csrf, String field, String action, String before, String text, String names, String reason) {
        Map<String, String> f = new HashMap<>();
        if (csrf != null) f.put("csrf", csrf);
        f.put("field", field);
        f.put("action", action);
        if (before != null) f.put("before", before);
        if (text != null) f.put("text", text);
        if (names != null) f.put("names", names);
        f.put("reason", reason);
        return f;
    }

    @Test
    void addEditRemoveShowAtOnceSurviveReparseAndRevertRestores() throws Exception {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            String path = "/curation/documents/" + id + "/resolutions";
            CurationHome.Signed s = h.signedIn("historian", id);
            Map<String, String> origin = Map.of("Origin", h.base);
            String formPage = h.get(path, s.cookie()).body();
            assertThat(formPage).contains(TASK).contains("Add a decision or task");
            assertThat(h.get("/sessions/" + id, null).body()).contains(TASK).doesNotContain(ADDED).contains("correct-resolutions");
            String suslov = personOf(h, id, "Suslov");

            CurationHome.Answer added = h.post(path, form(s.csrf(), "decision", "add", null, ADDED, null, "Kadar's government is resolved here"), s.cookie(), origin);
            assertThat(added.status()).as(added.body()).isEqualTo(303);
            assertThat(added.location()).isEqualTo("/changes/documents/" + id);
            CurationHome.Answer edited = h.post(path, form(s.csrf(), "task", "edit", TASK, EDITED, "Suslov\nShepilov", "Mikoyan was in Budapest"), s.cookie(), origin);
            assertThat(edited.status()).as(edited.body()).isEqualTo(303);
            assertThat(h.record(id).corrections()).hasSize(2);

            assertShown(h, id, suslov);
            h.archive.reparse(line -> { });
            h.archive.reindex();
            assertShown(h, id, suslov);
            assertThat(h.archive.verify()).isEmpty();

            String changes = h.get("/changes/documents/" + id, s.cookie()).body();
            assertThat(changes).contains("<del>" + TASK.replace("'", "&#39;") + "</del>").contains("<ins>" + ADDED + "</ins>");

            CurationHome.Answer removed = h.post(path, form(s.csrf(), "decision", "remove", ADDED, null, null, "added by mistake"), s.cookie(), origin);
            assertThat(removed.status()).as(removed.body()).isEqualTo(303);
            assertThat(h.get("/sessions/" + id, null).body()).doesNotContain(ADDED);
            CurationHome.Answer reverted = h.post("/curation/documents/" + id + "/revert", Map.of("csrf", s.csrf(), "change", "2", "reason", "Mikoyan was tasked too"),
                    s.cookie(), origin);
            assertThat(reverted.status()).as(reverted.body()).isEqualTo(303);
            String session = h.get("/sessions/" + id, null).body();
            assertThat(session).contains(TASK).doesNotContain(EDITED);
            assertThat(h.record(id).corrections()).hasSize(4);
            assertThat(h.archive.verify()).isEmpty();
        }
    }

    @Test
    void everyChangeWithoutTheRightIsRefused403AndChangesNothing() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            int version = h.version(id);
            CurationHome.Signed editor = h.signedIn("historian", id);
            CurationHome.Signed reader = h.signedIn("guest", id);
            String path = "/curation/documents/" + id + "/resolutions";

            assertRefused(h.post(path, form(editor.csrf(), "decision", "add", null, ADDED, null, "no session"), null, Map.of()));
            assertRefused(h.post(path, form(reader.csrf(), "decision", "add", null, ADDED, null, "a reader"), reader.cookie(), Map.of()));
            assertRefused(h.post(path, form(null, "decision", "add", null, ADDED, null, "no token"), editor.cookie(), Map.of()));
            assertRefused(h.post(path, form("forged", "task", "remove", TASK, null, null, "bad token"), editor.cookie(), Map.of()));
            assertRefused(h.post(path, form(editor.csrf(), "task", "remove", TASK, null, null, "elsewhere"), editor.cookie(),
                    Map.of("Origin", "https://evil.example")));
            assertThat(h.get(path, reader.cookie()).status()).isEqualTo(403);
            assertThat(h.get(path, null).status()).isEqualTo(303);

            assertThat(h.version(id)).isEqualTo(version);
            assertThat(h.record(id).corrections()).isEmpty();
            assertThat(h.get("/sessions/" + id, null).body()).contains(TASK).doesNotContain(ADDED);
        }
    }

    @Test
    void hostileTextInAnAddedDecisionIsShownAsText() {
        try (CurationHome h = CurationHome.withAccounts(tmp)) {
            String id = h.malin();
            CurationHome.Signed s = h.signedIn("historian", id);
            String hostile = "Approve <script>alert(1)</script> the plan.";
            CurationHome.Answer a = h.post("/curation/documents/" + id + "/resolutions",
                    form(s.csrf(), "decision", "add", null, hostile, null, "<img src=x onerror=alert(2)>"), s.cookie(), Map.of("Origin", h.base));
            assertThat(a.status()).as(a.body()).isEqualTo(303);
            for (String page : new String[] {"/sessions/" + id, "/changes/documents/" + id}) {
                String body = h.get(page, null).body();
                assertThat(body).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").contains("&lt;script&gt;alert(1)");
            }
        }
    }

    private static void assertShown(CurationHome h, String id, String suslov) throws Exception {
        String session = h.get("/sessions/" + id, null).body();
        assertThat(session).contains(ADDED).contains(EDITED).doesNotContain(TASK).contains("corrected by historian");
        String table = h.get("/api/tables/decisions-and-tasks.json", null).body();
        assertThat(table).contains(ADDED).contains(EDITED).doesNotContain(TASK);
        assertThat(h.get("/api/people/" + suslov, null).body()).contains(EDITED).doesNotContain(TASK);
    }

    /** The id of the person named {@code name} among the session's tasked, from its JSON. */
    private static String personOf(CurationHome h, String id, String name) throws Exception {
        JsonNode s = RecordJson.mapper().readTree(h.get("/api/sessions/" + id, null).body());
        for (JsonNode t : s.path("tasks")) {
            for (int i = 0; i < t.path("names").size(); i++) {
                if (t.path("names").get(i).asText().contains(name)) return t.path("personIds").get(i).asText();
            }
        }
        throw new AssertionError("no task names " + name + ": " + s);
    }

    private static void assertRefused(CurationHome.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(403);
    }
}
