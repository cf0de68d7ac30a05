package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.sessions.Session;
import org.fonds.deliberation.sessions.SpeakerCount;
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

    /**
     * Malin lists those who spoke on an item in parentheses after it ("(Khrushchev, Mikoyan)",
     * "(Cdes. Zhukov, Bulganin, Khrushchev)"). Read here from the source files by a pattern of
     * the test's own: every name of every such list in every Presidium record of the corpus (the real
     * records and the seeds) is among the speakers of its session, with an empty authority.
     */
    @Test
    void the_speakers_of_every_presidium_record_include_malins_parenthesised_lists() throws IOException {
        Map<String, String> checked = new TreeMap<>();
        checkLists(Corpus.folder("real/docs"), real, d, checked);
        checkLists(Corpus.folder("seeds"), Corpus.parsed(Corpus.folder("seeds")), Deliberations.build(Corpus.seeds(), Authority.empty()), checked);
        // the lists of 01 (two), 02, 03, 04, 06, 18, 19 and seeds 000, 001, 002, 004
        assertThat(checked).hasSizeGreaterThanOrEqualTo(12);
    }

    private static final Pattern LIST = Pattern.compile(
            "\\(((?:Cdes?\\.\\s*)?\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?(?:,\\s*(?:and\\s+)?(?:Cdes?\\.\\s*)?\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)*)\\)");
    private static final Pattern NOTES = Pattern.compile("Translator'?s Notes|(?m)^#* *Notes *$");
    private static final Pattern ITEM = Pattern.compile("(?:and\\s+)?(?:Cdes?\\.\\s*)?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)");

    private static void checkLists(Path dir, Map<String, ArchiveRecord> records, Deliberations tables, Map<String, String> checked)
            throws IOException {
        for (var e : records.entrySet()) {
            String text = Files.readString(dir.resolve(e.getKey() + ".txt"));
            // the notes' parentheses are the editors' ("five Soviet officials (Zhukov, Suslov, ...)")
            Matcher notes = NOTES.matcher(text);
            if (notes.find()) text = text.substring(0, notes.start());
            // a Presidium record that is no record of a meeting (12, Novotny's account of one) makes no session
            Session s = tables.session(e.getValue().id()).orElse(null);
            if (s == null || !text.contains("Presidium")) continue;
            Set<String> spoke = new HashSet<>();
            for (SpeakerCount c : s.speakers()) {
                spoke.add(c.name());
                if (c.personId() != null) tables.person(c.personId()).ifPresent(p -> spoke.addAll(p.forms()));
            }
            Matcher m = LIST.matcher(text);
            while (m.find()) {
                String list = m.group(1);
                // Malin's form: two names or more, one title at most before the first; "(Cde. Mikoyan)" marks who
                // said a thing and "(Cde. Khrushchev, Cde. Liu Shaoqi)" who was there (the seeds' expected facts)
                if (!list.contains(",") || list.indexOf("Cde", 1) > 0) continue;
                Matcher item = ITEM.matcher(list);
                while (item.find()) {
                    assertThat(spoke).as(e.getKey() + ": " + list).contains(item.group(1));
                }
                checked.put(e.getKey() + "@" + m.start(), list);
            }
        }
    }

    /** Numbered resolutions ("1) Bring back Cdes. Mikoyan and Brezhnev.", seed 004) lose their number and name their people. */
    @Test
    void numbered_resolutions_are_decisions_without_their_numbers_linked_to_the_people_they_name() {
        Deliberations seeds = Deliberations.build(Corpus.seeds(), Authority.empty());
        LogEntry back = seeds.log().decisions().stream().filter(t -> t.text().contains("Bring back Cdes. Mikoyan and Brezhnev"))
                .findFirst().orElseThrow();
        assertThat(back.text()).startsWith("Bring back").doesNotContain("(3)");
        assertThat(back.personIds()).hasSize(2).anyMatch(id -> id.startsWith("mikoyan")).anyMatch(id -> id.startsWith("brezhnev"));
        assertThat(seeds.log().decisions()).extracting(LogEntry::text).anyMatch(t -> t.startsWith("Provide assistance to Hungary"));
    }
}
