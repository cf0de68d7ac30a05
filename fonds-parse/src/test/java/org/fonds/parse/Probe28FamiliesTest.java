package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.fonds.record.ArchivalReference;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 28 fixed on unseen pages of thinly covered kinds (issue 11): a documents reader's excerpt whose
 * record runs on after the editors' headnote under its own heading in capitals, with initialled labels; the Thatcher
 * Foundation's shelf mark and its links under the catalogue; docslib's line over every PDF; the Bulgarian archives'
 * "between A – B" titles; Wade-Giles names and "P.M." in FRUS's memoranda of the 1970s; FRUS 1948's circular
 * telegrams; CREST's intelligence reports; a Vietnamese field in a blog's bilingual copy; names written surname first
 * in a Romanian list. No seed or real record has these shapes (every one parses the same before and after), so each is
 * a fixture in our own words and names with the structure of the public page its comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe28FamiliesTest {
    /**
     * A CEU reader's document on Project MUSE ("In lieu of an abstract …", the book's page, "Document No. 56: Report to …
     * July 22, 1981", the editors' headnote and the record run together on one line): with no omission mark after the
     * headnote the record was taken for part of it, and the text was empty. The record opens with its heading in
     * capitals after the headnote's last sentence, and its turns are labelled with initials and a surname. Our words.
     */
    @Test
    void a_readers_record_after_its_headnote_under_its_own_heading_keeps_its_text_and_initialled_turns() {
        ArchiveRecord r = Parsing.accept("""
                In lieu of an abstract, here is a brief excerpt of the content:

                207 Document No. 12: Report to the Party Bureau with a Transcript of the March 3 Telephone Conversation between Ostrov and Pelkin March 4, 1979 This call was passed to the bureau by the embassy's counsellor. Ostrov congratulates Pelkin on the harvest, and both avoid the question of the border. REPORT Comrade Anna Varga received the counsellor of the embassy on March 4, 1979. The counsellor said that the following exchange took place: T. Ostrov: good day, dear friend. We hope the harvest went well. R. Pelkin: good day. It went well, thank you. T. Ostrov: then we can speak of the border another time.
                """);

        assertThat(r.layout()).isEqualTo("book-excerpt");
        assertThat(r.title()).isEqualTo(
                "Report to the Party Bureau with a Transcript of the March 3 Telephone Conversation between Ostrov and Pelkin");
        assertThat(r.date()).isEqualTo("1979-03-04");
        assertThat(r.summary()).startsWith("This call was passed").endsWith("question of the border.");
        assertThat(r.body()).startsWith("REPORT Comrade Anna Varga").endsWith("another time.");
        assertThat(r.speakers()).containsExactly("T. Ostrov", "R. Pelkin");
        assertThat(r.kind()).isEqualTo("report");
    }

    /**
     * Guard: "… as follows: A. Lindqvist: …" of someone the record does not list opens no turn after a colon, and a word
     * in capitals inside the headnote's sentence ("the REPORT of …") is no heading.
     */
    @Test
    void an_unlisted_initialled_name_after_a_colon_opens_no_turn_and_capitals_inside_a_sentence_start_no_record() {
        ArchiveRecord r = Parsing.accept("""
                In lieu of an abstract, here is a brief excerpt of the content:

                88 Document No. 3: Notes on the Harbour Works May 2, 1960 The editors print the REPORT of the harbour board in part. They add the list as follows: A. Lindqvist: engineer, B. Moss: clerk.
                """);

        assertThat(r.summary()).contains("the REPORT of the harbour board");
        assertThat(r.speakers()).isEmpty();
    }

    /**
     * The Thatcher Foundation's catalogue page whose source names the collection and then its shelf mark ("Thatcher MSS
     * (Churchill Archive Centre): THCR 1/20/3/5 f10"): the whole line stood as the repository, the links under the fields
     * ("Other documents from this day") as the text, and "telegrams" in the title's parentheses made a note a telegram.
     * Our own collection, marks and title.
     */
    @Test
    void a_thatcher_page_names_its_collection_as_repository_its_shelf_mark_as_reference_and_no_links_as_text() {
        ArchiveRecord r = Parsing.accept("""
                Archive

                Archive (Sample MSS)
                Personal and party papers, Cambridge

                Trade: Private Secretary note for PM (covering Embassy telegrams on the harbour) [released 2020]

                Document type: Declassified documents
                Source: Sample MSS (Fenland Archive Centre): SMPL 4/12/7 f33
                Editorial comments:

                See the note on this page. Read the other papers of that week's release.

                Importance ranking: Minor
                Word count: 2pp
                Themes: Trade, Harbours

                Other documents from this day

                Other documents from this file
                """);

        assertThat(r.layout()).isEqualTo("thatcher-archive");
        assertThat(r.repository()).isEqualTo("Sample MSS (Fenland Archive Centre)");
        assertThat(r.archivalReferences()).containsExactly(
                new ArchivalReference("Sample MSS (Fenland Archive Centre)", null, null, null, null, "33", "SMPL 4/12/7 f33"));
        assertThat(r.body()).doesNotContain("Other documents");
        assertThat(r.kind()).isEqualTo("note");
    }

    /** Guard: a FRUS source note's file number with slashes, after no colon, is no shelf mark; repository and reference stay. */
    @Test
    void a_frus_file_number_is_no_shelf_mark() {
        ArchiveRecord r = Parsing.accept("""
                77. Telegram From the Department of State to the Embassy in Ruritania0
                Washington, May 5, 1962, 6:10 p.m.
                12. The Department asks the Embassy to report on the harbour.1
                Rusk
                - Source: Department of State, Central Files, 611.77/5-562. Secret. Drafted by Sample.↩
                - Document 76.↩
                """);

        assertThat(r.repository()).isEqualTo("Department of State");
        // the file's reference FRUS sources already gave, and no other
        assertThat(r.archivalReferences()).extracting(ArchivalReference::text).containsExactly("Central Files, 611.77/5-562");
    }

    /**
     * docslib.org's page of a PDF, with the site's line over it ("Total Page:16", "File Type:pdf, Size:1020Kb") before a
     * Romanian stenogram run together: the site's words at the paragraphs' start were read as the speakers "Total Page"
     * and "File Type" (or joined to the title), and kept as text; the heading's "meeting of June 25, 1971" stood in no
     * short line, and the record had no date. Our own words and names.
     */
    @Test
    void docslibs_line_over_a_pdf_is_neither_speaker_nor_text() {
        ArchiveRecord r = Parsing.accept("""
                Minutes of a Committee Meeting on the Harbour

                Total Page:16

                File Type:pdf, Size:1020Kb

                Minutes of a Committee Meeting on the Harbour STENOGRAM of the Harbour Committee's meeting of May 4, 1972 Participants: Comrades Ion Marinescu, Petre Dobran, Vasile Ungur. Comrade Ion Marinescu: We meet to hear the report on the harbour works.
                """);

        assertThat(r.title()).isEqualTo("Minutes of a Committee Meeting on the Harbour");
        assertThat(r.speakers()).doesNotContain("Total Page", "File Type").contains("Ion Marinescu");
        assertThat(r.body()).doesNotContain("Total Page", "File Type:");
        // the day the heading names after "meeting of", in no short line of its own
        assertThat(r.date()).isEqualTo("1972-05-04");
    }

    /**
     * WCDA's Zhivkov collection titles a record of talks "between Todor Zhivkov – Leonid I. Brezhnev, Voden Residence
     * [Bulgaria]": a dash joins the parties, and read as one party the first was lost. Our own names; the guard keeps a
     * dash before a word that is no name ("– Excerpt") out of the parties.
     */
    @Test
    void a_dash_between_two_names_in_a_titles_between_joins_two_parties() {
        ArchiveRecord r = Parsing.accept("""
                Skip to content

                May 12, 1971

                Minutes of Conversation between Petar Dobrev – Ivan K. Sokolov, Lake Residence [Sampleland]

                Talks between Comrade Petar Dobrev and Comrade Ivan Sokolov at the Lake Residence

                I would like to thank you again, Comrade Sokolov, for accepting our invitation.
                """);
        ArchiveRecord excerpt = Parsing.accept("""
                June 2, 1971
                Record of Conversation between Petar Dobrev and Ivan Sokolov – Excerpt
                We spoke of the harvest.
                """);

        assertThat(r.participants()).containsExactly("Dobrev", "Sokolov");
        assertThat(excerpt.participants()).containsExactly("Dobrev", "Sokolov");
    }

    /**
     * FRUS 1969-76's memoranda of the Chinese side's talks: a list of Wade-Giles names ("Chi Peng-fei, Minister of …",
     * "Mr. Tsien Ta-yung") whose family names are not among the common ones lost the person to the given name's
     * syllables ("Peng-fei"), and "P.M. Chou:", the memorandum's short form of "Prime Minister Chou:", was a speaker of
     * its own. Our own names.
     */
    @Test
    void wade_giles_names_stay_whole_and_pm_is_a_title_before_the_speaker() {
        ArchiveRecord r = Parsing.accept("""
                9. Memorandum of Conversation1

                  • Sung Ming-tao, Premier of the State Council
                  • Fei Kuo-liang, Minister of Foreign Affairs
                  • Mr. Tsou Hai-ping (Interpreter)
                  • Dr. Walter Sample, Assistant to the President
                  • Mr. Henry Example, NSC Staff

                Prime Minister Sung: Welcome to our guests.

                Dr. Sample: Thank you. We come to speak of trade.

                P.M. Sung: Then let us begin with the harbour.
                """);

        assertThat(r.participants()).contains("Sung Ming-tao", "Fei Kuo-liang", "Tsou Hai-ping", "Sample", "Example")
                .doesNotContain("Kuo-liang", "Hai-ping");
        assertThat(r.speakers()).containsExactly("Sung", "Sample");
    }

    /**
     * FRUS 1948's file line "800.00 Summaries/7–648: Circular telegram" names a telegram, as "…: Telegram" does, and its
     * heading "The Secretary of State to Certain Diplomatic Offices" a sender, lost where the addressee has no "the".
     */
    @Test
    void a_frus_file_line_of_a_circular_telegram_names_a_telegram() {
        ArchiveRecord r = Parsing.accept("""
                811.00/3–1548: Circular telegram

                The Secretary of State to Certain Diplomatic Offices 1

                secret

                Infotel. The Chargé reports a talk with an official on the harbour works.

                  1. Sent to Sampleton and Exampleburg.
                """);

        assertThat(r.kind()).isEqualTo("telegram");
        // the heading's sender and its addressee written without "the"
        assertThat(r.from()).containsExactly("The Secretary of State");
        assertThat(r.to()).containsExactly("Certain Diplomatic Offices");
    }

    /** Guard: a title "The Road to Socialism" names no sender and no addressee. */
    @Test
    void a_title_of_the_road_to_somewhere_names_no_sender() {
        ArchiveRecord r = Parsing.accept("""
                The Road to Harbourtown
                May 3, 1961
                The road was built in three years.
                """);

        assertThat(r.from()).isEmpty();
    }

    /** CREST's reading room catalogues an intelligence report "IR"; its capitals title names no kind. Our own title. */
    @Test
    void a_crest_paper_catalogued_ir_is_a_report() {
        ArchiveRecord r = Parsing.accept("""
                THE HARBOUR BOARD AND ITS LEADERS
                Document Type:
                Collection:
                Document Number (FOIA) /ESDN (CREST):
                CIA-RDP00T00000R000100020003-4
                Release Decision:
                RIPPUB
                Original Classification:
                C
                Document Page Count:
                12
                Publication Date:
                March 1, 1972
                Content Type:
                IR
                Body:
                Approved For Release 2004/01/01 : CIA-RDP00T00000R000100020003-4
                THE HARBOUR BOARD AND ITS LEADERS
                1. The board is secure in its position.
                """);

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.kind()).isEqualTo("report");
    }

    /**
     * bachvietnhan.blogspot.com's bilingual copies of WCDA's records from Vietnam's archives set each line and its
     * Vietnamese beside it: "Gửi: COSVN" under "To: COSVN" was a speaker "Gửi", and the archive's funder's line under the
     * title opened the text. Our own words.
     */
    @Test
    void a_vietnamese_field_in_a_bilingual_copy_is_no_speaker() {
        ArchiveRecord r = Parsing.accept("""
                https://digitalarchive.wilsoncenter.org/document/900077
                March 3, 1969
                Sample Politburo Cable No. 12
                This document was made possible with support from the Sample Foundation
                To: Southern Bureau
                Ngày 3 tháng 3 năm 1969
                Gửi: Southern Bureau
                The Politburo has reviewed the harvest and decided as follows.
                """);

        assertThat(r.speakers()).doesNotContain("Gửi");
        assertThat(r.to()).containsExactly("Southern Bureau");
        // the archive's funder's line under the title is the site's, no text of the record
        assertThat(r.body()).startsWith("To: Southern Bureau");
    }

    /**
     * A Romanian protocol lists those present given name first and those invited surname first ("… Matei Stefan, Giosan
     * Nicolae, …", WCDA's PDF of Protocol No. 34, 1966): the given names, which other names of the record open, were
     * read as the surnames. Our own names; the guard keeps a name of three words and a titled one as written.
     */
    @Test
    void names_written_surname_first_in_a_romanian_list_give_their_surnames() {
        ArchiveRecord r = Parsing.accept("""
                Protocol No. 7 of the Harbour Committee Meeting
                March 2, 1967
                Participants in the meeting were: Dorin Albu, Sorin Cretu, Liviu Dan Mocanu and Mr. Radu Petrescu.
                Invited to the meeting were comrades: Barbu Dorin, Oprea Sorin and Petrescu Liviu.
                The meeting began at 1000 hrs.
                """);

        assertThat(r.participants()).contains("Albu", "Cretu", "Mocanu", "Petrescu", "Barbu", "Oprea")
                .doesNotContain("Dorin", "Sorin", "Liviu", "Radu");
    }
}
