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

    /**
     * The heat map counts the meeting once: one column for the two accounts, a cell for everyone either
     * account has take part, with the most turns either gives; an account that lists no one (Horváth's)
     * is silent, not in disagreement, so no cell is marked as disputed.
     */
    @Test
    void the_heat_map_draws_the_two_accounts_of_3_november_as_one_column_and_an_account_without_a_list_is_silent() throws Exception {
        List<Session> third = d.sessions().stream().filter(s -> "1956-11-03".equals(s.date())).toList();
        assertThat(third).hasSize(2);
        java.util.Map<String, int[]> expected = new java.util.TreeMap<>(); // person: accounts naming them, most turns
        for (var c : d.attendance().cells()) {
            if (third.stream().noneMatch(s -> s.documentId().equals(c.documentId()))) continue;
            expected.computeIfAbsent(c.personId(), k -> new int[2])[0]++;
        }
        for (var c : d.speaking().cells()) {
            int[] n = expected.get(c.personId());
            if (n != null && third.stream().anyMatch(s -> s.documentId().equals(c.documentId()))) n[1] = Math.max(n[1], c.value());
        }
        // Horváth's notes list no one as taking part: they are silent on attendance, and the cells are Malin's, none marked
        assertThat(third.stream().filter(s -> s.participants().isEmpty())).hasSize(1);
        assertThat(expected).hasSizeGreaterThan(5);

        String csv = archive.get("/pictures/attendance.csv?from=1956-11-03&to=1956-11-03").body();
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines.stream().map(l -> l.split(",")[2]).distinct()).as("one column").hasSize(1);
        java.util.Map<String, String> got = new java.util.TreeMap<>();
        for (String l : lines) {
            String[] f = l.split(",");
            got.put(f[0], f[f.length - 2] + "," + f[f.length - 1]);
        }
        java.util.Map<String, String> want = new java.util.TreeMap<>();
        expected.forEach((p, n) -> want.put(p, n[1] + "," + n[0] + " of 1"));
        // the page draws the forty people who took part most; two accounts name fewer than that
        assertThat(got).isEqualTo(want);

        String html = archive.get("/pictures/attendance?from=1956-11-03&to=1956-11-03").body();
        assertThat(html.split("class=\"col-label\"", -1)).hasSize(2);
        assertThat(html).doesNotContainPattern("<rect class=\"heat t\\d partial\"").contains("2 accounts of this meeting drawn as one column");
        assertThat(html.split("<rect class=\"heat t", -1)).hasSize(expected.size() + 1);
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
