package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 27 fixed on unseen pages of thinly covered kinds (issue 11): a blog's copy of an archive's record
 * under the archive's addresses, FRUS's numbered points at a page's end and its indented notes, a note whose title names
 * conversations, the Romanian party's protocols and records (lists before and after their verb, "presided.", labels of
 * three words or run on after a sentence, "Tov."), a FRUS party's name in brackets after its post, an office's file
 * line, a place line with a stray space, the Thatcher Foundation's catalogue page. No seed or real record has these
 * shapes (every one parses the same before and after), so each is a fixture in our own words and names with the
 * structure of the public page its comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe27FamiliesTest {
    /**
     * bachvietnhan.blogspot.com's posts of WCDA's records of conversation: the post's words, the archive's addresses a
     * line each, then the record as the archive's PDF sets it (date, title over two lines, its fields, its text). The
     * address of a person's page stood as the title ("/people/…", read as a PDF's page header), the record had no date,
     * and the sides' lists were not read. Our own words and names.
     */
    @Test
    void a_blogs_copy_under_the_archives_addresses_is_titled_and_dated_by_the_record_and_its_sides_lists_read() {
        ArchiveRecord r = Parsing.accept("""
                A Post About an Old Conference
                ***
                The blogger asks why nobody has yet put this question to the old regime, and answers it himself.
                ***
                https://digitalarchive.wilsoncenter.org/people
                https://digitalarchive.wilsoncenter.org/people/chen-ming
                https://digitalarchive.wilsoncenter.org/document/900001
                June 3, 1955
                Record of Conversation between Chen
                Ming and Jean Exemple
                Time: 3 June 1955, 9:00 p.m. - 10:10 p.m.
                Location: The Lake House
                Chinese participants: Chen Ming, Wang Hua, and Zhang Lin (interpreter)
                French participants: Jean Exemple, Paul Modele, and one interpreter
                Chen Ming: We are glad to see you again.
                Exemple: Thank you. The conference has reached a difficult moment.
                """);

        assertThat(r.title()).isEqualTo("Record of Conversation between Chen Ming and Jean Exemple");
        assertThat(r.date()).isEqualTo("1955-06-03");
        assertThat(r.kind()).isEqualTo("memorandum of conversation");
        assertThat(r.body()).startsWith("Time: 3 June 1955").doesNotContain("blogger", "wilsoncenter.org/people");
        // family names first are kept whole ("Chen Ming"), as the project's lists keep Chinese names
        assertThat(r.participants()).contains("Chen Ming", "Wang Hua", "Zhang Lin", "Exemple", "Modele");
        assertThat(r.speakers()).contains("Exemple").doesNotContain("Time", "Location");
    }

    /** The same blog's post whose title the PDF wrapped before a funder's line: only the two title lines are the title. */
    @Test
    void a_copied_records_title_stops_before_the_funders_line_and_an_offices_file_line_opens_no_turn() {
        ArchiveRecord r = Parsing.accept("""
                Post of the day
                A few words of the blogger's own about translation by machine.
                English version translated by machine
                https://digitalarchive.wilsoncenter.org/document/900002/download
                July 9, 1966
                Record of Conversation between
                Premier Chen Ming and President Tran Van Mau
                This document was made possible with support from the Sample Foundation
                ILD File (66) No. 201
                Top Secret
                Date: 9 July 1966
                Place: Wuhan
                The two leaders spoke of the harvest and of the river.
                """);

        assertThat(r.title()).isEqualTo("Record of Conversation between Premier Chen Ming and President Tran Van Mau");
        assertThat(r.date()).isEqualTo("1966-07-09");
        assertThat(r.place()).isEqualTo("Wuhan");
        assertThat(r.speakers()).doesNotContain("ILD");
    }

    /** Guard: a PDF's page header still gives the title after the site's name ("… wilsoncenter.org DATE TITLE"). */
    @Test
    void a_pdf_page_header_still_gives_the_title() {
        ArchiveRecord r = Parsing.accept("""
                Digital Archive digitalarchive.wilsoncenter.org International History Declassified July 02, 1957 Note on the \
                Harvest Campaign of 1957 Citation: "Note on the Harvest Campaign of 1957," July 02, 1957, History and Public \
                Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/900003 Summary: The harvest. \
                Original Language: Russian Contents: English Translation The harvest is late this year.
                """);

        assertThat(r.layout()).isEqualTo("pdf-text");
        assertThat(r.title()).isEqualTo("Note on the Harvest Campaign of 1957");
    }

    /**
     * history.state.gov's FRUS 1981-88 telegram excerpted before the page's footnotes: its numbered points, a page mark
     * between them, went on to the end, and "3. …" to "5. …" were read as notes 3 to 5, lost from the text. Our words.
     */
    @Test
    void a_frus_telegrams_numbered_points_after_a_page_mark_are_its_text_not_notes() {
        ArchiveRecord r = Parsing.accept("""
                411. Telegram from the Embassy in the Soviet Union to the Department of State1

                20001. For the Secretary. Subject: A Reception. Ref: State 100001.2

                1. (C—Entire text).

                2. I attended the reception and spoke with the Foreign Minister about the talks.

                [Page 1201]

                3. He said the talks would go on in the spring.3 I said we were ready.

                4. The weather was cold and the guests left early.4

                5. Comment follows in a later message
                """);

        assertThat(r.notes()).isEmpty();
        assertThat(r.body()).contains("3. He said the talks", "4. The weather was cold", "5. Comment follows");
    }

    /**
     * FRUS 1945's page (the Berlin conference's volume) copied with its footnotes as the page lists them, indented, one
     * opening in lower case ("  2. i. e., the agreement …"): all the notes stayed in the text. Our own words.
     */
    @Test
    void a_frus_telegrams_indented_notes_are_notes_even_one_opening_in_lower_case() {
        ArchiveRecord r = Parsing.accept("""
                740.00/8–1246: Telegram

                No. 77
                The Ambassador in the United Kingdom (Sample) to the Secretary of State 1

                secret
                urgent

                I saw the Foreign Secretary this morning about the treaty.2 He agreed to wait for your reply.3

                  1. Sent by the Embassy's own channels.
                  2. i. e., the treaty of commerce signed in the spring.
                  3. Not printed.
                """);

        assertThat(r.notes()).extracting(Note::n).containsExactly(1, 2, 3);
        assertThat(r.notes().get(1).text()).startsWith("i. e., the treaty");
        assertThat(r.body()).endsWith("He agreed to wait for your reply.").doesNotContain("Not printed");
    }

    /** Guard: the same lines unindented, the text's own points in lower case ("2. the second …"), are no notes. */
    @Test
    void unindented_lower_case_points_ending_a_frus_text_are_no_notes() {
        ArchiveRecord r = Parsing.accept("""
                740.00/8–1346: Telegram

                No. 78
                The Ambassador in the United Kingdom (Sample) to the Secretary of State

                The Foreign Secretary named two points:

                1. the treaty of commerce;
                2. the fisheries.
                """);

        assertThat(r.notes()).isEmpty();
        assertThat(r.body()).contains("1. the treaty of commerce;", "2. the fisheries.");
    }

    /**
     * WCDA's page and PDF of Khrushchev's note to the Presidium about his talks with Yugoslav leaders: "Note from … regarding
     * conversations …" was a memorandum of conversation. Our own words.
     */
    @Test
    void a_note_whose_title_names_conversations_is_a_note() {
        ArchiveRecord r = Parsing.accept("""
                October 9, 1957

                Note from I. Sample to the CPSU CC Presidium regarding conversations with Ruritanian leaders in Sochi

                9 October 1957

                Top Secret

                I am reporting about my conversations with the Ruritanian guests on the last day of their visit.
                """);

        assertThat(r.kind()).isEqualTo("note");
        assertThat(r.from()).containsExactly("I. Sample");
    }

    /**
     * WCDA's PDF of a protocol of the Romanian party's Executive Political Committee, run together: "Participants in the
     * meeting were: …", "Invited to the meeting were comrades: …", "X presided.", then labels of three words with the
     * hyphen lost ("Cde. Paul Niculescu Mizil:"). No list was read, no chair, the second speaker lost. Our own names.
     */
    @Test
    void a_romanian_protocols_lists_chair_and_three_word_labels_are_read() {
        ArchiveRecord r = Parsing.accept("""
                Digital Archive digitalarchive.wilsoncenter.org International History Declassified March 02, 1967 Protocol \
                No. 9 of the Sample Committee Meeting Citation: "Protocol No. 9 of the Sample Committee Meeting," March 02, \
                1967, History and Public Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/900004 \
                Summary: The committee hears a report on a journey. Original Language: Romanian Contents: English Translation \
                March 2, 1967 Participants in the meeting were: Ion Exemplu, Vasile Model, Petre Proba and Dan Mostra. Invited \
                to the meeting were comrades: Mihai Test, Radu Schita. The meeting began at 1000 hrs. Ion Exemplu presided. \
                Cde. Ion Exemplu: I propose that comrade Petre Proba report on the journey. Cde. Petre Proba Ionescu: The \
                journey went well and the talks were long.
                """);

        assertThat(r.participants()).containsExactly("Exemplu", "Model", "Proba", "Mostra", "Test", "Schita");
        assertThat(r.chair()).isEqualTo("Ion Exemplu");
        assertThat(r.speakers()).containsExactly("Exemplu", "Ionescu");
    }

    /**
     * WCDA's PDF of a Romanian record of the Executive Committee, run together: "Comrades A, B, … participate in the
     * meeting." names those present before its verb, and "Comrade X:" after a sentence opens a turn. Neither was read.
     * Our own names.
     */
    @Test
    void names_before_participate_in_the_meeting_are_a_list_and_comrade_after_a_sentence_is_a_label() {
        ArchiveRecord r = Parsing.accept("""
                Digital Archive digitalarchive.wilsoncenter.org International History Declassified May 04, 1969 Record of \
                the Meeting of the Sample Committee Citation: "Record of the Meeting of the Sample Committee," May 04, 1969, \
                History and Public Policy Program Digital Archive. http://digitalarchive.wilsoncenter.org/document/900005 \
                Summary: Original Language: Romanian Contents: English Translation Comrades Ion Exemplu, Vasile Model, Petre \
                Proba participate in the meeting. The meeting opens at 7:00 a.m. Comrade Ion Exemplu: Comrades, we met early \
                because of the news. Comrade Vasile Model: I agree with the proposal.
                """);

        assertThat(r.participants()).containsExactly("Exemplu", "Model", "Proba");
        assertThat(r.speakers()).containsExactly("Ion Exemplu", "Vasile Model");
    }

    /** Guard: reported speech after a sentence ("Comrade Exemplu said: …") opens no turn. */
    @Test
    void comrade_and_a_verb_before_the_colon_after_a_sentence_opens_no_turn() {
        ArchiveRecord r = Parsing.accept("""
                Record of the Meeting of the Sample Committee

                The committee met at noon. Comrade Exemplu said: we must wait. Nobody answered him.
                """);

        assertThat(r.speakers()).isEmpty();
    }

    /** A blog's translation of a Romanian stenogram keeps the Romanian "Tov." before its speakers' names. Our own names. */
    @Test
    void tov_before_a_name_and_its_colon_is_a_label() {
        ArchiveRecord r = Parsing.accept("""
                The Minutes of the Session of the Sample Committee

                The session started at 10:00.

                Tov. Ion Exemplu: Have the measures been completed?

                Tov. Vasile Model: Yes, they were completed.
                """);

        assertThat(r.speakers()).containsExactly("Ion Exemplu", "Vasile Model");
    }

    /**
     * FRUS 1964-68's "Memorandum of Conversation Between Secretary of State Rusk and the Soviet Ambassador (Dobrynin)":
     * the second party's name in brackets after its post was lost. Our own names.
     */
    @Test
    void a_frus_partys_name_in_brackets_after_its_post_is_a_participant() {
        ArchiveRecord r = Parsing.accept("""
                312. Memorandum of Conversation Between Secretary of State Sample and the Ruritanian Ambassador (Exemplov)1

                In a long talk in my office, with no one else present, the following points emerged:

                1.
                The Ambassador said his government would answer soon.
                """);

        assertThat(r.participants()).containsExactly("Sample", "Exemplov");
    }

    /** WCDA's page of a Romanian stenogram: "Neptun , 23 July 1988", the place line with a stray space before its comma. */
    @Test
    void a_place_line_with_a_space_before_its_comma_gives_the_place() {
        ArchiveRecord r = Parsing.accept("""
                July 23, 1977
                Stenographic transcript of the meeting of the Sample Committee
                STENOGRAPHIC TRANSCRIPT
                of the meeting of the Sample Committee
                Mamaia , 23 July 1977
                The meeting was opened at noon, and the committee heard a report.
                """);

        assertThat(r.place()).isEqualTo("Mamaia");
    }

    /**
     * The Margaret Thatcher Foundation's archive page of a Downing Street record of conversation (margaretthatcher.org/
     * document/N): the collection's name and holder, the document's title, the catalogue's fields. The collection's name
     * was the title, the title was lost, and the fields after "Source:" were read as the citation. Our own words.
     */
    @Test
    void a_thatcher_foundation_catalogue_page_is_titled_by_its_document_and_cited_by_its_source_field() {
        ArchiveRecord r = Parsing.accept("""

                Archive (Sample MSS)
                Personal and party papers, Cambridge

                UK: Private Secretary record of conversation ("Prime Minister's meeting with the Envoy") [released 2019]

                Document type: Declassified documents
                Source: SMPL 2/3/45 f6
                Editorial comments:
                Importance ranking: Minor
                Word count: 3pp
                Themes: Foreign policy (Ruritania), Trade
                """);

        assertThat(r.layout()).isEqualTo("thatcher-archive");
        assertThat(r.title()).startsWith("UK: Private Secretary record of conversation");
        assertThat(r.kind()).isEqualTo("memorandum of conversation");
        assertThat(r.citation()).isEqualTo("SMPL 2/3/45 f6");
    }

    /** Guard: a text that opens with an archive's name in brackets but has no catalogue's fields is no such page. */
    @Test
    void an_archive_name_in_brackets_without_the_catalogues_fields_is_no_thatcher_page() {
        ArchiveRecord r = Parsing.accept("""
                Archive (Sample Papers)

                Letter from the Minister to the Ambassador

                Dear Ambassador, I write to thank you for your visit.
                """);

        assertThat(r.layout()).isNotEqualTo("thatcher-archive");
    }
}
