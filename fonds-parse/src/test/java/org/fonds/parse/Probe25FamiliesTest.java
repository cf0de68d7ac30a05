package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 25 fixed on unseen pages (issue 11): CREST titles in capitals that name sender and addressee, the
 * lists of those present that a run-together PDF copy ends with Malin's "Ciph. Teleg.", that an editor's omission mark
 * ends, and the Polish party's "in the presence of comrades:". No seed or real record has these shapes (every one parses
 * the same before and after), so each is a fixture in our own words with the structure of the public page its comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe25FamiliesTest {
    /** cia.gov/readingroom/document/cia-rdp88b00443r…: the title in capitals, the labels each over its value. Our own words. */
    private static String crest(String title, String contentType) {
        return title + """


                Document Type:\s
                Collection:\s
                Document Number (FOIA) /ESDN (CREST):\s
                CIA-RDP99B00000R000000000001-0
                Release Decision:\s
                RIPPUB
                Original Classification:\s
                S
                Document Page Count:\s
                1
                Publication Date:\s
                March 2, 1979
                Content Type:\s
                """ + contentType + """

                Body:\s
                Approved For Release 2009/01/01: CIA-RDP99B00000R000000000001-0 SECRET 2 March 1979 Dear Sir, I write to say \
                that the report you asked for will reach you next week, and that the team has done careful work on it.
                """;
    }

    @Test
    void a_crest_title_in_capitals_names_the_letters_sender_and_addressee() {
        ArchiveRecord r = Parsing.accept(crest("LETTER TO THE SECRETARY OF DEFENSE FROM JOHN Q. SAMPLE", "LETTER"));

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.kind()).isEqualTo("letter");
        assertThat(r.from()).containsExactly("John Q. Sample");
        assertThat(r.to()).containsExactly("Secretary of Defense");
    }

    /** "MEMORANDUM FOR THE RECORD FROM L. K. WHITE" (cia-rdp80r01284a…): "for the record" names no addressee. */
    @Test
    void a_memorandum_for_the_record_names_its_writer_and_no_addressee() {
        ArchiveRecord r = Parsing.accept(crest("MEMORANDUM FOR THE RECORD FROM A. B. WRITER", "MFR"));

        assertThat(r.from()).containsExactly("A. B. Writer");
        assertThat(r.to()).isEmpty();
    }

    /** A title that does not open with a paper's kind ("TRIP TO MOSCOW") names no party, whatever its "TO". */
    @Test
    void a_crest_title_in_capitals_that_names_no_papers_kind_names_no_party() {
        ArchiveRecord r = Parsing.accept(crest("VISIT TO THE FACTORY FROM THE PLANNING STAFF", "MEMO"));

        assertThat(r.to()).doesNotContain("Factory");
        assertThat(r.from()).doesNotContain("Planning Staff");
    }

    /**
     * WCDA's PDF copies run Malin's notes together on one line (docslib's copy of document 111944): the list of those
     * taking part runs straight into the first item, "Ciph. Teleg. No. from Budapest", and a parenthesised list of those
     * who spoke. Our own names.
     */
    @Test
    void a_ciphered_telegram_run_on_to_the_list_of_those_present_is_no_name_and_hides_none() {
        ArchiveRecord r = Parsing.accept("""
                Digital Archive digitalarchive.wilsoncenter.org International History Declassified July 02, 1957 Working Notes \
                from the Session of the CPSU CC Presidium on 2 July 1957 Citation: "Working Notes from the Session of the CPSU \
                CC Presidium on 2 July 1957," July 02, 1957, History and Public Policy Program Digital Archive, compiled by \
                V. N. Malin. http://digitalarchive.wilsoncenter.org/document/900001 Summary: The Presidium reads a telegram \
                about the harvest. Original Language: Russian Contents: English Translation Working Notes from the Session of \
                the CPSU CC Presidium on 2 July 1957 Those Taking Part: Orlov, Belov, Sokolov, Zaitsev Ciph. Teleg. No. from \
                Warsaw (Orlov, Belov) The harvest is late and the roads are bad this year.
                """);

        assertThat(r.participants()).containsExactly("Orlov", "Belov", "Sokolov", "Zaitsev").doesNotContain("Ciph", "Teleg");
        assertThat(r.speakers()).containsExactly("Orlov", "Belov");
    }

    /**
     * A CWIHP working paper's Politburo notes (docslib 4455477): "Also taking part: Cdes. …, K. V. Rusakov. . . . ." — the
     * editors' omission mark ended the list and lost its last name. Our own names.
     */
    @Test
    void an_omission_mark_after_the_last_name_of_a_list_keeps_that_name() {
        ArchiveRecord r = Parsing.accept("""
                Top Secret Single Copy (Working Notes)

                SESSION OF THE CPSU CC POLITBURO 12 March 1981

                Cde. A. B. ORLOV presiding.

                Also taking part: Cdes. V. V. Belov, G. G. Sokolov, D. D. Zaitsev. . . . .

                4. On the Harvest

                BELOV. The harvest is late this year, and the roads are bad.
                """);

        assertThat(r.participants()).containsExactly("Belov", "Sokolov", "Zaitsev");
        assertThat(r.chair()).isEqualTo("A. B. ORLOV");
    }

    /**
     * WCDA's PDF copies of the Polish Workers' Party's Politburo minutes (docslib's copy of document 123310): "in the
     * presence of comrades: …, with the participation of comrades … and …", run together with the rest. Our own names.
     */
    @Test
    void those_in_whose_presence_a_polish_politburo_met_are_its_participants() {
        ArchiveRecord r = Parsing.accept("""
                Digital Archive digitalarchive.wilsoncenter.org International History Declassified March 3, 1945 Minutes from \
                a Meeting of the Politburo Held on 3 March 1945 Citation: "Minutes from a Meeting of the Politburo Held on 3 \
                March 1945," March 3, 1945, History and Public Policy Program Digital Archive, edited by A. Editor. Translated \
                by B. Translator. http://digitalarchive.wilsoncenter.org/document/900002 Summary: The Politburo hears about \
                the harvest. Original Language: Polish Contents: English Translation Top secret Minutes from a Meeting of the \
                Politburo Held on March 3, 1945 in the presence of comrades: Wiktor, Marek, Jan, with the participation of \
                comrades Nowicki and Kowalczyk. The agenda: 1) The harvest The information is provided by com. Marek. The \
                harvest is late this year and the roads are bad.
                """);

        assertThat(r.participants()).containsExactly("Wiktor", "Marek", "Jan", "Nowicki", "Kowalczyk");
    }

    /**
     * history.state.gov/historicaldocuments/frus1955-57v25/d162: a transcript of a teletype exchange, titled "Transcript of
     * a Teletype Conversation Between the Legation in Hungary and the Department of State", was a memorandum of
     * conversation with "Legation" and "State" its participants. Our own words.
     */
    @Test
    void a_transcript_of_a_teletype_conversation_between_two_offices_is_a_transcript_with_no_person_as_party() {
        ArchiveRecord r = Parsing.accept("""
                201. Transcript of a Teletype Conversation Between the Consulate in Ruritania and the Department of State, \
                May 4–5, 19571

                The Consul is out at present. We are looking for him, and in the meantime we can report that the roads \
                to the capital are closed.

                From Brown, 050210 local time. Crowds are gathering in the square and the radio is silent.

                Brown from Green. Please keep the circuit open as long as you can.
                """);

        assertThat(r.kind()).isEqualTo("transcript");
        assertThat(r.participants()).doesNotContain("Consulate", "State", "Department");
    }

    /** A party the title names by his post and name keeps his name: only a party that opens with a body's word is a body. */
    @Test
    void a_party_named_by_post_and_name_in_a_title_is_still_a_participant() {
        ArchiveRecord r = Parsing.accept("""
                Memorandum of Conversation Between the Foreign Minister Ivan Orlov and the Department of State

                Moscow, May 4, 1957.

                The Minister said that the roads to the capital were closed, and the Department's man took note of it.
                """);

        assertThat(r.participants()).contains("Orlov").doesNotContain("State");
    }
}
