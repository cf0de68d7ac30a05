package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 26 fixed on unseen pages (issue 11): a site's "[Show full text]" under the text, the National
 * Security Archive's diaries with their front matter, CREST copies cut above their title (the OCR text's subject or
 * meeting as title, "MEMORANDUM OF CONVERSATION" as kind, its participants run together, "PRESENT:" as minutes), a FRUS
 * file number naming a person, a marking line with its handling words above or under a heading, a ciphergram's "To:"
 * field, lower-case "present:" and "In the chair," on a Politburo record, a signature's post as no speaker, a blog's
 * quotations above "CODED TELEGRAM". No seed or real record has these shapes (every one parses the same before and
 * after), so each is a fixture in our own words with the structure of the public page its comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe26FamiliesTest {
    /**
     * docslib.org's copy of a WCDA PDF (document 111944): the record run together on one line, then the site's button
     * "[Show full text]" on a line of its own, which was kept as the text's last words. Our own words.
     */
    @Test
    void a_sites_show_full_text_button_under_the_text_is_none_of_it() {
        ArchiveRecord r = Parsing.accept("""
                Digital Archive digitalarchive.wilsoncenter.org International History Declassified July 02, 1957 Working Notes \
                from the Session of the CPSU CC Presidium on 2 July 1957 Citation: "Working Notes from the Session of the CPSU \
                CC Presidium on 2 July 1957," July 02, 1957, History and Public Policy Program Digital Archive, compiled by \
                V. N. Malin. http://digitalarchive.wilsoncenter.org/document/900001 Summary: The Presidium reads a telegram \
                about the harvest. Original Language: Russian Contents: English Translation Working Notes from the Session of \
                the CPSU CC Presidium on 2 July 1957 Those Taking Part: Orlov, Belov, Sokolov The harvest is late and the \
                roads are bad this year.
                [Show full text]
                """);

        assertThat(r.body()).doesNotContain("Show full text").endsWith("the roads are bad this year.");
    }

    /**
     * The National Security Archive's translation of a year of a diary as docslib.org keeps its PDF (Chernyaev's 1990):
     * the title, then the front matter run on to the first entries, then "[Show full text]". The front matter was the
     * text's start and the record had no date. Our own words and names.
     */
    @Test
    void a_diarys_text_starts_at_its_first_entry_which_dates_it_under_the_archives_front_matter() {
        ArchiveRecord r = Parsing.accept("""
                The Diary of Ivan P. Sample 1990
                The Diary of Ivan P. Sample 1990 Donated by I.P. Sample to The National Security Archive Translated by Anna \
                Example Edited by John Editor http://www.nsarchive.org Translation © The National Security Archive, 2010 The \
                Diary of Ivan P. Sample, 1990 http://www.nsarchive.org January 3, 1990. The snow fell all day and the \
                meeting was put off. January 5, 1990. Another long day at the office, with no news from the south.
                [Show full text]
                """);

        assertThat(r.title()).isEqualTo("The Diary of Ivan P. Sample 1990");
        assertThat(r.date()).isEqualTo("1990-01-03");
        assertThat(r.kind()).isEqualTo("diary");
        assertThat(r.translators()).containsExactly("Anna Example");
        assertThat(r.body()).startsWith("January 3, 1990. The snow fell").doesNotContain("Donated", "Show full text");
    }

    /**
     * The same diary's PDF on a viewer site (pdfslide.us, Chernyaev's 1989): a page number, the front matter run on to
     * the title, the site's name for the file, its buttons, then the PDF's pages a line each. The title ran on into the
     * front matter, and the buttons were the text's start. Our own words and names.
     */
    @Test
    void a_diary_on_a_viewer_site_is_titled_by_its_name_and_starts_at_its_first_entry() {
        ArchiveRecord r = Parsing.accept("""
                57
                The Diary of Ivan P. Sample 1989 Donated by I.P. Sample to The National Security Archive Translated by Anna \
                Example Edited by John Editor http://www.nsarchive.org Translation © The National Security Archive, 2009

                The Diary of Ivan P. Sample 1989 for...The harvest was late. The roads were bad and nobody came to

                  • Upload
                    others

                  • Download
                    0

                Citation preview

                  • The Diary of Ivan P. Sample

                    1989

                    Donated by I.P. Sample to The National Security Archive

                    Translated by Anna Example

                    http://www.nsarchive.org

                    1

                    January 1, 1989.

                    The New Year has come. The speech on the radio was rather long and said little.

                    January 15, 1989.

                    The list of candidates was published today, and my name is on it.
                """);

        assertThat(r.title()).isEqualTo("The Diary of Ivan P. Sample 1989");
        assertThat(r.date()).isEqualTo("1989-01-01");
        assertThat(r.body()).startsWith("January 1, 1989.").doesNotContain("Upload", "Citation preview");
    }

    /**
     * cia.gov/readingroom/document/cia-rdp73b00296r…: a copy cut above the page's title, its labels first without their
     * values, then the OCR text, which opens with the release stamp (once the title) and runs the State Department's
     * "Memorandum Of Conversafio" heading, its fields and its list together. Our own words and names.
     */
    private static final String CREST_MEMCON = """
            Document Type:\s
            Document Number (FOIA) /ESDN (CREST):\s
            Release Decision:\s
            Original Classification:\s
            Document Page Count:\s
            Document Creation Date:\s
            December 16, 2016
            Document Release Date:\s
            April 12, 2002
            Sequence Number:\s
            Case Number:\s
            Publication Date:\s
            May 5, 1970
            Content Type:\s
            PDF icon CIA-RDP99B00000R000000000001-0.pdf63.16 KB
            Approved For Release 2QQ2/04~12 : CIA-RDP99B00000R0000 DEPARTMENT OF STATE Memorandum Of Conversafio DATE: \
            May 5, 1970 SUBJECT: Fishing Rights in the North Sea PLACE: The Harbour Restaurant, Washington, D.C. \
            PARTICIPANTS: Mr. John Q. Sample, Deputy Director, EUR/XYZ Mr. Piotr Nowak, First Secretary, Embassy of \
            Ruritania COPIES TO: EUR/XYZ 1. Mr. Nowak and I had a long lunch and talked about the catch of the season.
            """;

    @Test
    void a_crest_copy_cut_above_its_title_is_titled_by_its_subject_and_its_heading_gives_its_kind() {
        ArchiveRecord r = Parsing.accept(CREST_MEMCON);

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.title()).isEqualTo("Fishing Rights in the North Sea").doesNotContain("Approved For Release");
        assertThat(r.kind()).isEqualTo("memorandum of conversation");
        assertThat(r.date()).isEqualTo("1970-05-05");
    }

    /** The same copy's list: a name, a comma and his post ("Deputy Director", "First Secretary"); the post is no name. */
    @Test
    void a_post_after_a_participants_comma_is_no_participant() {
        ArchiveRecord r = Parsing.accept(CREST_MEMCON);

        assertThat(r.participants()).containsExactly("Sample", "Nowak").doesNotContain("Director", "Secretary");
    }

    /**
     * cia.gov/readingroom/document/cia-rdp72-00337r…: OCR runs the list one name a line into one ("State: Mr. Wolf Mr.
     * Futterman …"), the withheld names' codes ("25X1A") and the next field's label ("TIME AND PLACE:") after it, and the
     * list read no name. Our own words and names.
     */
    @Test
    void a_participants_list_that_ocr_ran_together_gives_each_name() {
        ArchiveRecord r = Parsing.accept("""
                Document Type:\s
                Document Number (FOIA) /ESDN (CREST):\s
                Publication Date:\s
                December 10, 1969
                Content Type:\s
                PDF icon CIA-RDP99-00000R000000000002-0.pdf102.79 KB
                S -Approved For Relea'2003/03/25 : CIA-RDP99-00000R000W00002-0 10 December 1969 MEMORANDUM OF CONVERSATION \
                SUBJECT: The Ambassador's Testimony PARTICIPANTS: State: Mr. Alder Mr. Birch Mr. Cedar 25X1A 25X1A TIME AND \
                PLACE: 1500 hours, 10 December 1969, Room 100 1. I met with Messrs. Alder, Birch and Cedar this afternoon.
                """);

        assertThat(r.title()).isEqualTo("The Ambassador's Testimony");
        assertThat(r.participants()).containsExactly("Alder", "Birch", "Cedar");
    }

    /** cia.gov/readingroom/document/cia-rdp80b01676r…: the Director's morning meeting, cut above its title. Our own words. */
    @Test
    void a_crest_morning_meeting_cut_above_its_title_is_titled_by_the_meeting() {
        ArchiveRecord r = Parsing.accept("""
                Document Type:\s
                Document Number (FOIA) /ESDN (CREST):\s
                Publication Date:\s
                August 10, 1966
                Content Type:\s
                PDF icon CIA-RDP99B00000R000000000003-1.pdf77.42 KB
                lermt Approved For Release 2008/03/03: CIA-RDP99B00000R000000000003-1 10 August 1966 Morning Meeting of 10 \
                August 1966 The Executive Director was in the chair. The group heard of a plan to send letters to the \
                universities. Godfrey reported on the harbour.
                """);

        assertThat(r.title()).isEqualTo("Morning Meeting of 10 August 1966");
        assertThat(r.kind()).isEqualTo("minutes");
    }

    /**
     * cia.gov/readingroom/print/…: the print page keeps a label, the release stamp, the day and "PRESENT:" — a meeting's
     * minutes with nothing else to tell it by; "Monday, 14 March 1955" read as the place "Monday". Our own words and names.
     */
    @Test
    void those_present_make_a_crest_record_minutes_and_a_weekday_is_no_place() {
        ArchiveRecord r = Parsing.accept("""
                Document Number (FOIA) /ESDN (CREST):
                Approved for Release: 2017/01/01 C00000001
                Tuesday, 15 March 1955
                PRESENT: Mr. Alder, General Birch, Messrs. Cedar,
                Colonel Elm and Fir
                Mr. Alder:
                a. Noted that the conference at the harbour would need guidance, and asked Mr. Fir to remind him of it.
                """);

        assertThat(r.kind()).isEqualTo("minutes");
        assertThat(r.place()).isNotEqualTo("Tuesday");
    }

    /**
     * history.state.gov/historicaldocuments/frus1950v04/d553: "264.1111 Vogeler, Robert A./6–2250: Telegram", a case's
     * file named after the person; the line was read as the title and the page as no FRUS page. Our own words and names.
     */
    @Test
    void a_frus_file_number_naming_a_person_is_the_source_line_above_the_heading() {
        ArchiveRecord r = Parsing.accept("""
                264.1111 Sample, John A./6–2250: Telegram

                The Secretary of State to the Legation in Ruritania

                secret

                35. Urdes 635 June 22.1 Believe the talks on Sample's release may now be put off for long unless we press \
                for a decision. You should see the Minister at the earliest opportunity.

                Acheson
                  1. Not printed.
                """);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.title()).isEqualTo("The Secretary of State to the Legation in Ruritania");
        assertThat(r.from()).containsExactly("The Secretary of State");
        assertThat(r.citation()).contains("264.1111 Sample, John A./6–2250");
    }

    /**
     * docslib.org's copy of a CWIHP working paper (4455477): "Top Secret Single Copy (Working Notes)" above "SESSION OF
     * THE CPSU CC POLITBURO 22 January 1981" was the title. Our own names.
     */
    @Test
    void a_marking_line_with_its_handling_words_above_a_sessions_heading_is_no_title() {
        ArchiveRecord r = Parsing.accept("""
                Top Secret Single Copy (Working Notes)

                SESSION OF THE CPSU CC POLITBURO 5 March 1981

                Cde. A. B. ORLOV presiding.

                Also taking part: Cdes. V. V. Belov, G. G. Sokolov.

                4. On the Harvest

                BELOV. The harvest is late this year, and the roads are bad.
                """);

        assertThat(r.title()).isEqualTo("SESSION OF THE CPSU CC POLITBURO 5 March 1981");
        assertThat(r.date()).isEqualTo("1981-03-05");
        assertThat(r.kind()).isEqualTo("working notes");
        assertThat(r.classification()).isEqualTo("Top Secret");
        assertThat(r.chair()).isEqualTo("A. B. ORLOV");
    }

    /** digitalarchive.wilsoncenter.org/document/summary-cc-cpsu-meeting: "(Top Secret)" under the title ran on to it. */
    @Test
    void a_marking_in_brackets_under_a_title_is_no_part_of_it() {
        ArchiveRecord r = Parsing.accept("""
                December 26, 1979

                Summary of a CC CPSU Meeting

                (Top Secret)

                …the progress of the plan was reported by Cdes. Alder, Birch, and Cedar, and the commission was asked to go on.

                [signature] K. Elm
                """);

        assertThat(r.title()).isEqualTo("Summary of a CC CPSU Meeting");
        assertThat(r.classification()).isEqualTo("Top Secret");
    }

    /**
     * digitalarchive.wilsoncenter.org/document/telegram-polish-embassy-washington-drozniak-26-october-1962-0: a Polish
     * ciphergram's "To: [Foreign Ministry Director Eugeniusz] MILNIKIEL1" named no addressee. Our own words and names.
     */
    @Test
    void a_ciphergrams_to_field_names_its_addressee() {
        ArchiveRecord r = Parsing.accept("""
                October 26, 1962

                Telegram from the Ruritanian Embassy in Washington (Nowak), 26 October 1962

                Ciphergram No. 15815

                Dispatched from Washington, D.C., on 10.26.1962 at 23:00 and received on 10.27.1962 at 7:25

                To: [Foreign Ministry Director Jan] KOWALSKI1

                From: [Ambassador Piotr] NOWAK2

                A reliable source says the situation continues to be serious, whatever the press writes.
                """);

        assertThat(r.kind()).isEqualTo("telegram");
        assertThat(r.to()).containsExactly("KOWALSKI");
    }

    /**
     * bukovskyarchive.wordpress.com's Politburo records (12 December 1979, Pb 176/125): "In the chair, Comrade L.I.
     * Brezhnev" and "present: Suslov, …" in lower case were read as neither; the signature "Central Committee Secretary,
     * L. Brezhnev" gave "Secretary" as a speaker. Our own names.
     */
    @Test
    void a_politburo_records_chair_and_those_present_are_read_and_its_signature_names_no_speaker() {
        ArchiveRecord r = Parsing.accept("""
                12 December 1979, Pb 176/125

                Politburo. The situation at the harbour, as recorded in two documents (2 pp).

                Top Secret
                Special File

                In the chair, Comrade L.I. Alder
                present: Birch, Cedar, Elm,
                Fir, Oak, Pine,

                Resolution of the Central Committee

                1. Approve the measures put forward by Comrades Birch and Cedar.

                Central Committee Secretary, L. Alder
                """);

        assertThat(r.chair()).isEqualTo("L.I. Alder");
        assertThat(r.kind()).isEqualTo("minutes");
        assertThat(r.participants()).containsExactly("Birch", "Cedar", "Elm", "Fir", "Oak", "Pine");
        assertThat(r.speakers()).doesNotContain("Secretary");
    }

    /**
     * spikethenews.blogspot.com's post of Andropov's coded telegram of 1 November 1956: quotations from historians and a
     * caption above "CODED TELEGRAM"; the quotation's author was the title, and the record had no date and no kind. Our
     * own words and names.
     */
    @Test
    void a_document_reprinted_under_a_blogs_quotations_is_read_from_its_heading() {
        ArchiveRecord r = Parsing.accept("""
                "The crowd was angry and the square was full." - A. Historian
                - A. Historian
                "He watched from the window as the square filled, and never forgot it." - B. Writer
                THE crowd filled the square; the caption under a photograph of it.
                CODED TELEGRAM
                From Ruritania Priority
                Top Secret
                Not to be copied
                Orlov Report from Ruritania to Moscow
                2 November 1956
                Today, on November 2, at 6 p.m. I was invited to the meeting of the council. The chairman spoke first
                and asked for an explanation of the troops' movements.
                """);

        assertThat(r.title()).isEqualTo("Orlov Report from Ruritania to Moscow");
        assertThat(r.date()).isEqualTo("1956-11-02");
        assertThat(r.kind()).isEqualTo("telegram");
        assertThat(r.classification()).isEqualTo("Top Secret");
        assertThat(r.from()).containsExactly("Orlov");
        assertThat(r.to()).containsExactly("Moscow");
        assertThat(r.body()).startsWith("Today, on November 2").doesNotContain("Historian");
        assertThat(r.summary()).doesNotContain("crowd");
    }

    /**
     * digitalarchive.wilsoncenter.org's "Excerpt, Note from the Session of the Political Bureau …": a session sends nothing,
     * and one note taker's record of it is working notes, as "Notes from the Session" are. Our own words.
     */
    @Test
    void a_note_from_a_session_has_no_sender() {
        ArchiveRecord r = Parsing.accept("""
                October 26, 1964

                Excerpt, Note from the Session of the Political Bureau and the Secretariat of the Central Committee

                Cde. Alder said that the plenum's decision was right and that we saw various reasons for it.
                """);

        assertThat(r.from()).doesNotContain("Session of the Political Bureau");
        assertThat(r.kind()).isEqualTo("working notes");
    }

    /**
     * history.state.gov/historicaldocuments/frus1942v03/d149: a diplomatic note under a heading of sender and addressee
     * only, its file number without a kind ("860C.48/754"), had no kind. Our own words.
     */
    @Test
    void a_note_that_presents_its_senders_compliments_is_a_note() {
        ArchiveRecord r = Parsing.accept("""
                860C.48/754

                The Ruritanian Ambassador (Sample) to the Secretary of State

                The Ruritanian Ambassador presents his compliments to the Secretary of State and, with reference to his \
                letter of August 3rd, has the honor to communicate the latest news of the harbour.
                """);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.kind()).isEqualTo("note");
        assertThat(r.from()).containsExactly("The Ruritanian Ambassador (Sample)");
    }

    /**
     * history.state.gov/historicaldocuments/frus1969-76v29/d73: the participants as bullets without their heading, among
     * them "• Bulgarian Interpreter", a post with no name, read as a participant "Interpreter". Our own names.
     */
    @Test
    void an_interpreter_named_by_post_alone_is_no_participant() {
        ArchiveRecord r = Parsing.accept("""
                73. Memorandum of Conversation1


                  • Prime Minister Ivan Alder
                  • Foreign Minister Petar Birch
                  • Ruritanian Interpreter
                  • Ambassador J.Q. Cedar, Jr.


                  • Protocol Call on Prime Minister Alder

                Prime Minister Alder welcomed me as a new Ambassador and wished success for my mission. He said that his \
                country wished to have normal relations with ours.
                """);

        assertThat(r.participants()).contains("Alder", "Birch", "Cedar").doesNotContain("Interpreter");
    }

    /**
     * history.state.gov/historicaldocuments/frus1961-63v06/d58: a telegram carrying the President's letter between
     * "Begin Verbatim Text:" and "End Verbatim Text."; the first was read as a speaker. Our own words.
     */
    @Test
    void a_telegrams_begin_verbatim_text_is_no_speaker() {
        ArchiveRecord r = Parsing.accept("""
                58. Telegram From the Department of State to the Embassy in Ruritania 0

                826. Following message for delivery soonest to the Chairman from the President:

                Begin Verbatim Text:

                Dear Mr. Chairman:

                I thank you for your congratulations on the opening of the harbour.

                John Q. Sample.

                End Verbatim Text.
                """);

        assertThat(r.speakers()).doesNotContain("Begin Verbatim Text").isEmpty();
    }

    /**
     * history.state.gov/historicaldocuments/frus1981-88v06/d181: the participants by side as nested bullets, among them
     * "• Secretary of State George P. Shultz", whose post's "of" made it no name. Our own names.
     */
    @Test
    void a_participant_after_a_post_with_of_is_named() {
        ArchiveRecord r = Parsing.accept("""
                181. Memorandum of Conversation1


                  • The Luncheon at the Harbour (S)


                  • US

                    • The President
                    • Secretary of State John Q. Alder
                    • Ambassador Jack Birch
                  • Ruritania

                    • Chairman P.Q. Cedar
                    • Foreign Minister Ivan Elm

                The President said that the harbour had never been so busy. (S)
                """);

        assertThat(r.participants()).contains("Alder", "Birch", "Cedar", "Elm").doesNotContain("State");
    }

    /**
     * wilson-center-digital-archive.dvincitest.com's copy of the SED Politburo transcript of 5 September 1989: the page's
     * date line says "September 5, 1985" over a heading that says 1989; the heading's year stands. Our own words.
     */
    @Test
    void a_date_line_whose_year_the_titles_same_day_contradicts_gives_way_to_the_title() {
        ArchiveRecord r = Parsing.accept("""
                September 5, 1985
                Transcript of the Harbour Committee Session held on 5 September 1989
                [Ivan] Alder. The letter from the ministry was forwarded by the secretary. It raised the question of the cranes.
                [Piotr] Birch. The cranes are old, and the port needs new ones before the winter.
                """);

        assertThat(r.date()).isEqualTo("1989-09-05");
    }

    /** A guard: a title naming another day than the date line's leaves the date line's date. */
    @Test
    void a_title_naming_another_day_leaves_the_date_lines_date() {
        ArchiveRecord r = Parsing.accept("""
                October 3, 1990
                Report on the Events of 5 September 1989 at the Harbour
                The committee looked back at the events of that day and found that the cranes had failed.
                """);

        assertThat(r.date()).isEqualTo("1990-10-03");
    }

    /**
     * chronik-der-mauer.de's documents: the site's path to the page ("Material > Dokumente > 1989 > Oktober > …") was
     * the title. Our own words.
     */
    @Test
    void a_sites_breadcrumbs_are_no_title() {
        ArchiveRecord r = Parsing.accept("""
                Material > Documents > 1989 > October > Hans Sample: Notes on the Session of the Harbour Board, 10 October 1989

                Hans Sample: Notes on the Session of the Harbour Board, 10 October 1989

                The board met in the evening. The cranes were discussed at length, and nothing was decided.
                """);

        assertThat(r.title()).isEqualTo("Hans Sample: Notes on the Session of the Harbour Board, 10 October 1989");
    }

    /** A guard: a name after a title in a list ("Secretary Rusk") is a name; only an item that is all post is none. */
    @Test
    void a_name_after_a_post_in_a_list_is_still_a_participant() {
        ArchiveRecord r = Parsing.accept("""
                Memorandum of Conversation

                Washington, May 4, 1962.

                Participants: Secretary Alder, Ambassador Birch, First Secretary Cedar

                The Secretary said that the harbour talks would go on next week.
                """);

        assertThat(r.participants()).contains("Alder", "Birch", "Cedar");
    }
}
