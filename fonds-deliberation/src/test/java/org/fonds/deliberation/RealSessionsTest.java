package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.tables.LogEntry;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions, accounts, decisions and tasks of the real records, with no authority. */
@NeedsShared("corpus/real/docs")
class RealSessionsTest {
    private static Map<String, ArchiveRecord> real;
    private static Deliberations d;

    @BeforeAll
    static void build() {
        real = Corpus.real();
        d = Corpus.realTables();
    }

    private static String doc(String stem) {
        return real.get(stem).id();
    }

    @Test
    void only_records_of_meetings_make_sessions() {
        assertThat(d.session(doc("15_kgb_budapest_telegram_1956-10-28"))).isEmpty();
        assertThat(d.session(doc("17_zhukov_report_1956-11-04"))).isEmpty();
        assertThat(d.session(doc("06_presidium_1956-11-03"))).isPresent();
    }

    @Test
    void malins_and_horvaths_notes_of_3_november_are_two_accounts_of_one_session() {
        String malin = doc("06_presidium_1956-11-03");
        String horvath = doc("08_horvath_notes_1956-11-03");
        assertThat(d.session(malin).orElseThrow().accounts()).containsExactlyInAnyOrder(malin, horvath);
        assertThat(d.session(horvath).orElseThrow().accounts()).containsExactlyInAnyOrder(malin, horvath);
    }

    @Test
    void the_same_notes_from_two_publishers_are_two_accounts_recognised_by_content() {
        String archive = doc("04_presidium_1956-10-23");
        String nsa = doc("19_nsa_presidium_1956-10-23");
        assertThat(d.session(archive).orElseThrow().accounts()).containsExactlyInAnyOrder(archive, nsa);
    }

    @Test
    void two_sessions_of_one_day_by_one_note_taker_stay_two() {
        Deliberations seeds = Deliberations.build(Corpus.seeds(), Authority.empty());
        assertThat(seeds.session("wcda-111884").orElseThrow().accounts()).isEmpty();
        assertThat(seeds.session("wcda-111885").orElseThrow().accounts()).isEmpty();
    }

    @Test
    void tasks_in_the_forms_real_notes_use() {
        List<LogEntry> tasks = d.log().tasks();
        LogEntry to = tasks.stream().filter(t -> t.text().startsWith("To Cdes. Pospelov, Shepilov, and Ponomarev")).findFirst().orElseThrow();
        assertThat(to.personIds()).hasSize(3);
        LogEntry confer = tasks.stream().filter(t -> t.text().contains("should confer with Kovacs")).findFirst().orElseThrow();
        assertThat(confer.personIds()).hasSize(1).allMatch(id -> id.startsWith("mikoyan"));
        assertThat(d.log().decisions()).extracting(LogEntry::text).anyMatch(t -> t.startsWith("Pull out the KGB advisers"));
    }

    @Test
    void note_markers_are_not_part_of_a_decision_or_task() {
        assertThat(d.log().decisions()).extracting(LogEntry::text).noneMatch(t -> t.matches(".*\\w\\(\\d{1,2}\\).*"));
        assertThat(d.log().tasks()).extracting(LogEntry::text).noneMatch(t -> t.matches(".*\\w\\(\\d{1,2}\\).*"));
    }
}
