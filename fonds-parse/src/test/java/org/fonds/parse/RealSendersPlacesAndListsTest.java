package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fonds.parse.describe.Provenance;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Conventions of kinds of record, each shown on the real record that needs it (read in place from
 * the shared corpus) and, where cheap, on a second example of our own: signatures ending letters and
 * telegrams, writers named by an editor, posts named after their city, attendance lines, list forms.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RealSendersPlacesAndListsTest {
    private static final RecordParser PARSER = new RecordParser();

    private static ArchiveRecord read(String prefix) throws IOException {
        Path file = RealRecordsTest.realRecords().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        return Parsing.accepted(PARSER.parse(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    /**
     * "… White House envoy John McCloy and US Ambassador to the UN Adlai Stevenson" (09): the "to" of an envoy's post
     * before his name is the post's, so a record of conversation has no addressee "UN Adlai Stevenson".
     */
    @Test
    void an_envoys_post_before_his_name_is_no_addressee() throws IOException {
        assertThat(read("09_").to()).isEmpty();
    }

    /**
     * The CIA reading room's page saved from its labels on, each label with the space the page leaves after it
     * (cia.gov/readingroom/document/cia-rdp80r01731r001200050063-9): the copy's creation date stands first among the
     * dates, the publication date is the document's. b11's page in that shape.
     */
    @Test
    void a_crest_page_is_dated_by_its_publication_date_not_the_copys() throws IOException {
        Path file = RealRecordsTest.realRecords().filter(p -> p.getFileName().toString().startsWith("b11_")).findFirst().orElseThrow();
        List<String> lines = Files.readString(file).lines().toList();
        StringBuilder page = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) page.append(line).append(line.endsWith(":") ? " \n" : "\n");

        ArchiveRecord r = Parsing.accept(page.toString());

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.date()).isEqualTo("1950-03-13");
    }

    @Test
    void a_telegram_without_a_sender_in_its_heading_is_from_the_signature_that_ends_it() throws IOException {
        assertThat(read("16_").from()).containsExactly("CC CPSU");
    }

    @Test
    void a_signature_ending_a_letter_of_our_own_names_its_sender() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1961

                Telegram to the Harbour Master in Odessa

                The crane is repaired and the ships may berth from Monday. Send the winter timetable at once.

                A. B. Petrova
                """);

        assertThat(r.kind()).isEqualTo("telegram");
        assertThat(r.from()).containsExactly("A. B. Petrova");
    }

    @Test
    void a_last_line_that_is_a_sentence_or_a_marking_is_no_signature() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1961

                Telegram to the Harbour Master in Odessa

                The crane is repaired and the ships may berth from Monday. Send the winter timetable at once.

                Top Secret
                """);

        assertThat(r.from()).isEmpty();
    }

    @Test
    void a_report_whose_writer_an_editor_names_in_the_first_sentence_is_from_him() throws IOException {
        assertThat(read("12_").from()).containsExactly("Novotny");
    }

    @Test
    void an_editors_bracket_after_i_in_an_account_of_our_own_names_its_writer() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1961

                Account of a Session of the Harbour Committee

                On 3 March I [Petrova] attended the session of the harbour committee, which discussed the broken crane
                and the winter timetable at length.

                The committee decided to repair the crane before the winter.
                """);

        assertThat(r.from()).containsExactly("Petrova");
    }

    @Test
    void a_post_named_after_its_city_in_the_title_gives_the_place() throws IOException {
        assertThat(read("15_").place()).isEqualTo("Budapest");
        assertThat(Provenance.place("Cable from the Odessa Trade Mission on the grain deliveries", List.of())).isEqualTo("Odessa");
        assertThat(Provenance.place("Telegram from the Soviet Embassy on the grain deliveries", List.of())).isNull();
        assertThat(Provenance.place("Report of the Hungarian Legation", List.of())).isNull();
    }

    @Test
    void a_bureau_named_for_what_it_is_is_no_post_named_after_a_city() {
        // found by the generator's round trip: "the Standing Bureau" gave the place "Standing"
        assertThat(Provenance.place("Working Notes from the Session of the Standing Bureau of the Aven Assembly", List.of())).isNull();
        assertThat(Provenance.place("Minutes of the Political Bureau of the Party", List.of())).isNull();
    }

    @Test
    void a_line_of_abbreviated_names_opening_the_notes_is_who_was_present_not_who_spoke() throws IOException {
        assertThat(read("08_").speakers()).containsExactly("Khrush.");
    }

    @Test
    void a_bracketed_present_heading_is_no_speaker() throws IOException {
        ArchiveRecord r = read("b16_");

        assertThat(r.speakers()).doesNotContain("Present").contains("Stalin");
        assertThat(r.participants()).contains("Stalin", "Molotov", "Neshkovich");
    }

    @Test
    void initials_run_together_and_an_and_also_still_name_those_taking_part() throws IOException {
        assertThat(read("b08_").participants()).contains("Kuznetsov", "Striganov");
        assertThat(read("b14_").participants()).contains("Zhegalin", "Karpishchenko");
        assertThat(read("b02_").participants()).contains("Gromyko", "Kuznetsov");
        assertThat(Parsing.accept(Fiction.record("Those Taking Part: Cdes. P.I. Sidorov, and also K.L. Orlova.\n\nSidorov: The crane is broken."))
                .participants()).containsExactly("Sidorov", "Orlova");
    }

    @Test
    void a_chinese_korean_or_vietnamese_name_keeps_its_family_name_first() throws IOException {
        ArchiveRecord r = read("05_");

        assertThat(r.participants()).contains("Liu Shaoqi").doesNotContain("Shaoqi");
        assertThat(Parsing.accept(Fiction.record("Those Taking Part: Cdes. Ivanov, Kim Il Sung, Pham Van Dong.\n\nIvanov: The crane is broken."))
                .participants()).containsExactly("Ivanov", "Kim Il Sung", "Pham Van Dong");
    }

    @Test
    void a_guest_delegation_line_is_attendance_and_titled_names_closing_a_remark_say_who_made_it() throws IOException {
        ArchiveRecord r = read("05_");

        assertThat(r.participants()).endsWith("Liu Shaoqi");
        assertThat(r.speakers()).contains("Liu Shaoqi", "Bulganin");
    }

    @Test
    void a_delegation_list_hard_wrapped_inside_its_editors_asides_keeps_every_name() throws IOException {
        assertThat(read("b10_").participants()).contains("Hoxha", "Shehu", "Kapo", "Alia", "Khrushchev", "Mikoyan", "Kozlov", "Andropov");
    }

    @Test
    void a_record_run_together_on_one_line_keeps_its_place_line_and_its_participants_name_labels() throws IOException {
        ArchiveRecord r = read("b16_");

        assertThat(r.place()).isEqualTo("Kremlin");
        assertThat(r.speakers()).contains("Stalin", "Molotov");
    }

    @Test
    void a_titled_name_and_colon_after_a_heading_run_on_to_it_opens_a_turn() {
        // b24 has the form ("… in the country Cde. S. Kania: The situation …"), below
        ArchiveRecord r = Parsing.accept(Fiction.record("Agenda The winter timetable of the port Cde. S. Petrov: The crane is broken. We need a new one."));

        assertThat(r.speakers()).containsExactly("Petrov");
    }

    @Test
    void a_protocol_extract_is_from_the_body_of_its_letterhead_above_the_classification() throws IOException {
        // b04: "Communist Party of the Soviet Union. CENTRAL COMMITTEE", then "TOP SECRET"
        assertThat(read("b04_").from()).containsExactly("Communist Party of the Soviet Union. CENTRAL COMMITTEE");
    }

    @Test
    void a_one_line_page_whose_headnote_runs_into_the_minutes_begins_its_text_at_the_first_label() throws IOException {
        // b24, a documents reader copied without line breaks, its omission mark taken out (with it, b24 is a book
        // site's excerpt, read by its own layout: Probe22FamiliesTest): "… Gierek. Agenda … Cde. S. Kania: …"; the
        // header reader kept it all as the summary and the body was empty
        Path file = RealRecordsTest.realRecords().filter(p -> p.getFileName().toString().startsWith("b24_")).findFirst().orElseThrow();
        String text = Files.readString(file).replace("[…] ", "");
        ArchiveRecord r = Parsing.accept(text);

        assertThat(r.layout()).isEqualTo("nsa");
        assertThat(r.summary()).endsWith("Agenda The socio-political situation in the country").doesNotContain("Kania");
        assertThat(r.body()).startsWith("Cde. S. Kania: The situation");
        assertThat(r.speakers()).containsExactly("Kania");
        assertThat(r.warnings()).extracting(w -> w.code()).contains("run-together").doesNotContain("no-body");
    }

    @Test
    void a_one_line_headnote_without_a_speakers_label_stays_the_summary() {
        String text = "Document No. 9: Minutes of a Meeting, March 3, 1961 The editors' headnote says what the meeting was"
                + " about and who took part in it, at some length and in several sentences. […] The text follows here without a label.";
        ArchiveRecord r = Parsing.accept(text);

        assertThat(r.warnings()).extracting(w -> w.code()).doesNotContain("run-together");
        assertThat(r.speakers()).isEmpty();
    }
}
