package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 21 fixed on unseen pages (issue 11): FRUS memoranda whose subject and first participant were lost
 * to the heading, a participant's role in brackets, the parties a record of conversation names in its title, SED
 * transcripts' speakers with the given name in brackets, a title in capitals, a CREST excerpt cut above its title, a
 * FRUS heading's marker set apart by a space. Real records of the corpus are rearranged into each shape where one shows
 * the family; the SED labels are a fixture in our own words.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe21FamiliesTest {
    private static List<String> real(String file) throws IOException {
        return new ArrayList<>(Files.readString(Seeds.corpus("real/docs").resolve(file), StandardCharsets.UTF_8).lines().toList());
    }

    private static ArchiveRecord read(List<String> lines) {
        return Parsing.accept(String.join("\n", lines) + "\n");
    }

    /** b08's list (its lines "- Vice President Nixon" … up to the text), one page line each, as bullets. */
    private static List<String> listOf(List<String> memorandum) {
        List<String> out = new ArrayList<>();
        for (String line : memorandum.subList(2, memorandum.size())) {
            if (!line.startsWith("- ")) break;
            out.add(line.substring(2));
        }
        return out;
    }

    private static int textStart(List<String> memorandum) {
        int i = 2;
        while (memorandum.get(i).startsWith("- ")) i++;
        return i;
    }

    /**
     * history.state.gov sets a memorandum's subject and its participants each on a line under the heading, headings
     * dropped (frus1958-60v10p1/d60 "• U.S.-Soviet Relations" then "• Anastas I. Mikoyan, …"; frus1961-63v05/d21;
     * frus1958-60v10p1/d118, the participants first). Short lines under "481. Memorandum of Conversation0" were joined
     * to it as the title's next lines and, the layout's title replacing what was joined, lost from the text: b08 with a
     * subject of ours and its own list so set keeps every line in the text, and its first participant.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_frus_heading_takes_no_line_under_it_so_the_subject_and_first_participant_stay() throws IOException {
        List<String> memorandum = real("b08_frus_memcon_nixon_khrushchev_1959.txt");
        List<String> list = listOf(memorandum);
        List<String> page = new ArrayList<>(List.of(memorandum.get(0), "", "  • Talks at the Dacha", ""));
        for (String item : list) page.add("  • " + item);
        page.add("");
        page.addAll(memorandum.subList(textStart(memorandum), memorandum.size()));

        ArchiveRecord r = read(page);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.title()).isEqualTo("Memorandum of Conversation");
        assertThat(r.body()).startsWith("• Talks at the Dacha");
        for (String item : list) assertThat(r.body()).contains(item);
        assertThat(r.participants()).contains("Nixon", "Khrushchev");
    }

    /**
     * The participants' bullets right under the heading, no subject first, each its own paragraph (frus1969-76v15/d43
     * "• Leonid I. Brezhnev, General Secretary …", "• Andrei A. Gromyko, Foreign Minister", …): the first bullet, a
     * name and its post, is a participant, not the subject. b08's list so set, its first person given a post of ours.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_first_bullet_that_is_a_name_and_its_post_is_a_participant_not_the_subject() throws IOException {
        List<String> memorandum = real("b08_frus_memcon_nixon_khrushchev_1959.txt");
        List<String> list = listOf(memorandum);
        List<String> page = new ArrayList<>(List.of(memorandum.get(0), ""));
        page.add("  • Richard M. Nixon, Vice President");
        for (String item : list.subList(2, list.size())) page.add("  • " + item); // "United States" and Nixon's own line left out
        page.add("");
        page.addAll(memorandum.subList(textStart(memorandum), memorandum.size()));

        ArchiveRecord r = read(page);

        assertThat(r.participants()).startsWith("Nixon").contains("Khrushchev");
        assertThat(r.body()).startsWith("• Richard M. Nixon, Vice President");
    }

    /**
     * "Mr. Troyanovsky (interpreting)" under a list's heading (frus1958-60v10p1/d111) and among headless bullets: the role
     * in brackets is no part of the name. b08's own list, one of its people given a role.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_participants_role_in_brackets_is_no_part_of_the_name() throws IOException {
        List<String> memorandum = real("b08_frus_memcon_nixon_khrushchev_1959.txt");
        int at = memorandum.indexOf("- Mr. Troyanovsky");
        assertThat(at).isPositive();
        memorandum.set(at, "- Mr. Troyanovsky (interpreting)");

        assertThat(read(memorandum).participants()).contains("Troyanovsky");

        List<String> bullets = new ArrayList<>(List.of(memorandum.get(0), "", "• Talks at the Dacha", ""));
        StringBuilder line = new StringBuilder();
        for (String item : listOf(memorandum)) line.append(line.isEmpty() ? "• " : " • ").append(item);
        bullets.add(line.toString());
        bullets.add("");
        bullets.addAll(memorandum.subList(textStart(memorandum), memorandum.size()));
        assertThat(read(bullets).participants()).contains("Troyanovsky");
    }

    /**
     * A record of conversation without a list of those present names its parties in its title ("Record of Conversation
     * between Premier Zhou Enlai and Comrade Foreign Minister Ung Van Khiem", b20; the 1989 records "between Egon Krenz,
     * Secretary General of …, and Mikhail S. Gorbachev"): they are its participants, a post before or after each left out.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_record_of_conversation_without_a_list_has_the_parties_its_title_names() throws IOException {
        assertThat(read(real("b20_zhou_ung_van_khiem_1961-08-21.txt")).participants()).containsExactly("Zhou Enlai", "Ung Van Khiem");
        assertThat(read(real("09_mikoyan_mccloy_stevenson_1962-11-01.txt")).participants()).containsExactly("Mikoyan", "McCloy", "Stevenson");
    }

    /** A list of those present outranks the title: b14 ("between Yuri Andropov and the Central Committee …") keeps its list alone. */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_list_of_those_present_outranks_the_parties_in_the_title() throws IOException {
        assertThat(read(real("b14_andropov_rwp_talks_1963-04-03.txt")).participants()).startsWith("Gheorghiu-Dej");
    }

    /**
     * SED Politburo transcripts as the archive sets them (its transcript of 5 September 1989): the given name the editors
     * added in brackets, the surname, a full stop, the space after it perhaps lost. A fixture of that structure in our
     * own words.
     */
    @Test
    void an_sed_transcripts_bracketed_given_name_and_surname_open_a_turn() {
        ArchiveRecord r = Parsing.accept("""
                Transcript of a Politburo Session held on 3 March 1988

                [Hans] Becker.The delegation returned yesterday and reports that the talks went as planned.

                [Karl] Lorenz. We should answer the letter this week, before the plenum.

                [Hans] Becker. Agreed.
                """);

        assertThat(r.speakers()).containsExactly("Becker", "Lorenz");
        assertThat(r.turns().get(0).text()).startsWith("The delegation returned");
        assertThat(r.turns().get(1).text()).startsWith("We should answer");
    }

    /**
     * The archive's legacy page sets the title in capitals ("TELEGRAM FROM SOVIET AMBASSADOR TO THE USA DOBRYNIN TO THE
     * USSR MFA", document 111776) over a citation quoting it in its own case: sender and addressee are read from the
     * quoted words. b07 with its title so set above its summary.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_title_in_capitals_gives_sender_and_addressee_as_the_citation_quotes_it() throws IOException {
        List<String> page = real("b07_shelest_memo_1968-07-10.txt");
        page.add(1, "");
        page.add(2, "MEMORANDUM FROM P. SHELEST TO CPSU CC");

        ArchiveRecord r = read(page);

        assertThat(r.title()).isEqualTo("MEMORANDUM FROM P. SHELEST TO CPSU CC");
        assertThat(r.from()).containsExactly("P. Shelest");
        assertThat(r.to()).containsExactly("CPSU CC");
    }

    /**
     * A CREST excerpt cut above its title opens with the labels, their values lost or moved, and no "Body:" (cia.gov
     * readingroom node/2071603, CIA-RDP80R01731R001200050063-9): "Document Type:" is no title, and the text starts after
     * the labels and the lines under the last one. b11 so cut.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_crest_excerpt_without_its_title_line_takes_no_label_as_title() throws IOException {
        List<String> page = real("b11_cia_intelligence_memo_1950-03-13.txt");
        page.remove(0);
        int body = page.indexOf("Body:");
        page.remove(body);

        ArchiveRecord r = read(page);

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.title()).doesNotEndWith(":");
        assertThat(r.warnings()).anyMatch(w -> w.code().equals("no-title"));
        assertThat(r.body()).startsWith("Declassified and Approved For Release");
        assertThat(r.date()).isEqualTo("1950-03-13");
    }

    /**
     * "156. Memorandum From the Secretary of State’s Special Assistant (Bohlen) to Secretary of State Herter 0": the source
     * note's marker set apart by a space is no part of the title or the addressee. b19's heading so numbered.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_frus_headings_marker_set_apart_by_a_space_is_no_part_of_the_title() throws IOException {
        List<String> telegram = real("b19_frus_telegram_1948.txt");
        telegram.set(0, "214. Telegram From the Secretary of State to the Ambassador in China 0");
        telegram.remove(2); // its own heading

        ArchiveRecord r = read(telegram);

        assertThat(r.title()).isEqualTo("Telegram From the Secretary of State to the Ambassador in China");
        assertThat(r.to()).containsExactly("Ambassador in China");
    }
}
