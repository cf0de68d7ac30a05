package org.fonds.web.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
import org.fonds.parse.NeedsShared;
import org.fonds.web.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the Presidium session of 3 November 1956 as Malin noted it (real record 06) and as Horváth
 * did (real record 08) are two accounts of one meeting, and each one's session page sets them side by side.
 */
@NeedsShared({"corpus/seeds", "corpus/real/docs"})
class AccountsPageTest {
    private static final String MALIN = "06_presidium_1956-11-03.txt", HORVATH = "08_horvath_notes_1956-11-03.txt";
    @TempDir
    static Path tmp;
    static TestArchive archive;
    static Deliberations d;

    @BeforeAll
    static void start() {
        archive = TestArchive.seedsAndGenerated(tmp, 0, List.of(MALIN, HORVATH));
        d = archive.deliberations();
    }

    @AfterAll
    static void stop() {
        if (archive != null) archive.close();
    }

    @Test
    void malins_and_horvaths_notes_of_3_november_are_one_meeting_set_side_by_side() throws Exception {
        List<Session> third = d.sessions().stream().filter(s -> "1956-11-03".equals(s.date())).toList();
        assertThat(third).hasSize(2);
        Session malin = third.stream().filter(s -> !s.speakers().isEmpty() && s.accounts().size() == 2).findFirst().orElseThrow();
        Session other = third.stream().filter(s -> s != malin).findFirst().orElseThrow();
        assertThat(malin.accounts()).containsExactlyInAnyOrder(malin.documentId(), other.documentId());

        var response = archive.get("/sessions/" + malin.documentId());
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        String table = html.substring(html.indexOf("class=\"accounts-table\""), html.indexOf("</table>", html.indexOf("class=\"accounts-table\"")));
        assertThat(table).contains("href=\"/sessions/" + other.documentId() + "\"", "(this page)");
        // every speaker of either account has a row, and the cell says how often that account has them speak
        for (Session s : third) {
            for (SpeakerCount c : s.speakers()) {
                String name = c.personId() == null ? c.name() : d.person(c.personId()).map(p -> p.preferredName()).orElse(c.name());
                int at = table.indexOf(">" + DeliberationPagesTest.html(name) + "</a></th>");
                assertThat(at).as(name).isPositive();
                String row = table.substring(at, table.indexOf("</tr>", at));
                assertThat(row).as(name).contains(AccountsView.spoke(c.turns())).doesNotContain("spoke 0");
            }
        }
        // what each account says was decided and tasked, in its own column
        for (Session s : third) {
            for (var task : s.tasks()) assertThat(table).contains(DeliberationPagesTest.html(task.text()));
            for (var decision : s.decisions()) assertThat(table).contains(DeliberationPagesTest.html(decision.text()));
        }
        assertThat(third.stream().mapToInt(s -> s.tasks().size() + s.decisions().size()).sum()).isPositive();
        // a session that is the only record of its meeting shows no comparison
        Session alone = d.sessions().stream().filter(s -> s.accounts().isEmpty()).findFirst().orElseThrow();
        assertThat(archive.get("/sessions/" + alone.documentId()).body()).doesNotContain("accounts-table");
    }

}
