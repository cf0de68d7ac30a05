package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 29 fixed on unseen pages (issue 11): CREST's "MEMORANDUM FOR:" addressees a line each and its
 * writer above the redaction mark; the Thatcher Foundation's titles that name sender and addressee; WCDA's current page
 * cut above its "Document Information" block; a text run together on one line (an OCR'd State telegram, a bulletin's
 * columns), which was taken for a summary; the Japanese Foreign Ministry's cable fields and "Vice Premier" labels; a
 * meeting's number in brackets after a title's party; a diary's title; FRUS 1952-54's library source line above the
 * heading and its marker glued to the year; FRUS's topic headings opening with a possessive; the inter-Korean talks'
 * labels by side; a letter told by its salutation and closing. No seed or real record has these shapes (every seed and
 * real record parses the same before and after, but for the diary's addressee), so each fixture is in our own words and
 * invented names with the structure of the public page its comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe29FamiliesTest {
    private static final String CREST_LABELS = """
            Document Type:
            Collection:
            Document Number (FOIA) /ESDN (CREST):
            CIA-RDP00B00000A000100020003-4
            Release Decision:
            RIPPUB
            Original Classification:
            S
            Publication Date:
            March 2, 1974
            Content Type:
            MF
            Body:
            """;

    /**
     * CREST's memorandum under a title that names no party (reading room's "HEREWITH OPTION X", CIA-RDP78B02992A…): its
     * OCR text sets "MEMORANDUM F'OR:" with the first addressee, then one a line, and the writer's name in capitals
     * above "STAT". Neither was read. Our own names and words.
     */
    @Test
    void a_crest_memorandums_addressees_a_line_each_and_its_writer_above_the_redaction_mark_are_read() {
        ArchiveRecord r = Parsing.accept("THE HARBOUR PLAN\n" + CREST_LABELS + """
                Approved For Release 2004/01/01: CIA-RDP00B00000A000100020003-4
                2 March 1974
                MEMORANDUM F'OR: DDCI
                Mr. Quill
                Gen. Ostrov
                Dr. Pelkin
                Attached is the harbour plan as the Director approved it this
                morning. He asked that it go to the board before Friday.
                JOHN Q. SAMPLE
                STAT
                Approved For Release 2004/01/01: CIA-RDP00B00000A000100020003-4
                """);

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.to()).containsExactly("DDCI", "Mr. Quill", "Gen. Ostrov", "Dr. Pelkin");
        assertThat(r.from()).containsExactly("JOHN Q. SAMPLE");
    }

    /** Guard: the heading run on into the text on one line (OCR's usual CREST text) names no addressee by lines. */
    @Test
    void a_crest_memorandum_run_together_on_one_line_names_no_addressee_by_its_lines() {
        ArchiveRecord r = Parsing.accept("THE HARBOUR PLAN\n" + CREST_LABELS + """
                Approved For Release 2004/01/01: CIA-RDP00B00000A000100020003-4 MEMORANDUM FOR: DDCI SUBJECT: The harbour plan 1. Attached is the plan as the Director approved it.
                """);

        assertThat(r.to()).isEmpty();
        assertThat(r.from()).isEmpty();
    }

    /**
     * The Thatcher Foundation's catalogue titles "Cold War: Thatcher letter to Reagan (thanks …) [declassified 1998]",
     * "Economy: Reagan letter to Thatcher (…)": the addressee was read, never the sender before the kind. Our own names.
     */
    @Test
    void a_thatcher_title_names_its_sender_before_the_kind_and_its_addressee_after() {
        ArchiveRecord r = Parsing.accept("""
                Archive (Sample Library)

                Trade: Quill letter to Ostrov (thanks for the harbour visit) [declassified 2001]

                Document type: Declassified documents
                Venue: Harbour House
                Source: Sample Library: Head of State File (Box 3)
                Editorial comments:
                Importance ranking: Major
                Word count: 40 words
                Themes: Trade

                4 May 1983

                Dear Mr. Ostrov,

                Thank you for showing us the harbour. We were glad of the day.

                Yours sincerely
                Anna Quill
                """);

        assertThat(r.layout()).isEqualTo("thatcher-archive");
        assertThat(r.from()).containsExactly("Quill");
        assertThat(r.to()).containsExactly("Ostrov");
    }

    /** Guard: a title with no sender before its kind ("Letter to the Mayor (…)") names none from its title. */
    @Test
    void a_thatcher_title_without_a_sender_before_the_kind_names_none() {
        ArchiveRecord r = Parsing.accept("""
                Archive (Sample Library)

                Trade: Letter to the Mayor (the harbour) [released 2004]

                Document type: Speeches, interviews, etc.
                Source: Sample Library
                Editorial comments:
                Themes: Trade

                Dear Mayor.

                The harbour is finished and we are glad of it.
                """);

        assertThat(r.from()).isEmpty();
    }

    /**
     * WCDA's current page cut above its "Document Information" block, as a search's excerpt keeps it: "Skip to content",
     * the date alone on its line, the title, the text (a diary's excerpts, the Japanese Foreign Ministry's cables). It was
     * read as plain. Our own title and words.
     */
    @Test
    void a_wcda_current_page_cut_above_its_block_is_the_archives_page_with_its_text_whole() {
        ArchiveRecord r = Parsing.accept("""
                Skip to content

                May 4, 1979

                Excerpts from Ostrov's diary on his talk with the harbour board

                4 May 1979

                The board met me at noon. We spoke of the harbour.

                The board asked for more cranes. I promised to ask Pelkin.
                """);

        assertThat(r.layout()).isEqualTo("wcda-page");
        assertThat(r.body()).startsWith("4 May 1979").endsWith("I promised to ask Pelkin.");
        assertThat(r.summary()).isEmpty();
    }

    /** Guard: the site's search listing ("Skip to content" / "Results:") is no document page. */
    @Test
    void a_search_listing_under_the_sites_link_is_no_current_page() {
        ArchiveRecord r = Parsing.accept("""
                Skip to content

                Results:

                1 - 10 of 12

                May 4, 1979

                Excerpts from Ostrov's diary on his talk with the harbour board
                """);

        assertThat(r.layout()).isNotEqualTo("wcda-page");
    }

    /**
     * A record run together on one line with no header (the National Security Archive's OCR of a State telegram in
     * capitals; a mirror of a CWIHP Bulletin with its columns run together): the line was taken for a summary and the
     * record had no text. Our own words.
     */
    @Test
    void a_text_run_together_on_one_line_is_the_text_not_a_summary() {
        String line = "Declassified Released Sample Review 1 May 2001 Message Text SECRET PAGE 01 HARBOUR 01234 FM AMEMBASSY"
                + " HARBOUR TO SECSTATE WASHDC IMMEDIATE 1 I CALLED ON THE HARBOUR MASTER THIS MORNING AND HE SAID THE CRANES"
                + " WOULD COME IN MAY 2 HE ALSO ASKED FOR THE PLANS OF THE QUAY AND FOR THE NAMES OF THE ENGINEERS WHO WOULD"
                + " BUILD IT 3 I TOLD HIM THAT THE PLANS WERE WITH THE DEPARTMENT AND THAT THE ENGINEERS HAD NOT YET BEEN NAMED";
        ArchiveRecord r = Parsing.accept(line + "\n");

        assertThat(r.summary()).isEmpty();
        assertThat(r.body()).isEqualTo(line);
    }

    /** Guard: a long line above the title is still the summary (a legacy page's excerpt cut above its title). */
    @Test
    void a_long_line_above_the_title_is_still_its_summary() {
        ArchiveRecord r = Parsing.accept("""
                The harbour master tells the embassy that the cranes will come in May and asks for the plans of the quay.

                Report on the Harbour Talks

                I called on the harbour master this morning.

                He said the cranes would come in May.
                """);

        assertThat(r.summary()).startsWith("The harbour master tells");
        assertThat(r.title()).isEqualTo("Report on the Harbour Talks");
        assertThat(r.body()).startsWith("I called on").endsWith("come in May.");
    }

    /**
     * WCDA's Japanese Foreign Ministry cables ("Primary: Asia and China", "Sent: China 21:10 …", "Received: MOFA 22:28
     * …") and records of meetings ("Vice Premier Deng: …"): the cable's fields were speakers, and "Vice Premier" was read
     * as part of the name. Our own names and words.
     */
    @Test
    void a_cables_routing_fields_are_no_speakers_and_a_vice_premiers_title_is_no_part_of_his_name() {
        ArchiveRecord r = Parsing.accept("""
                Skip to content

                May 4, 1979

                Cable from Ambassador Quill to the Foreign Minister, 'Visit to the Harbour (Talks with Vice Premier Lan)'

                Number R000123

                Primary: Asia and the Harbour

                Sent: Harbour 21:10 Year Month 4

                Received: MOFA 22:28 1979 May 4

                To: The Foreign Minister From: Ambassador Quill

                Vice Premier Lan: I thank the Minister for coming to the harbour.

                Minister Ostrov: The harbour is a fine one.
                """);

        assertThat(r.speakers()).containsExactly("Lan", "Ostrov");
    }

    /**
     * "Record of Meeting between Prime Minister Fukuda and Vice Premier Deng (First Meeting)" (WCDA): the bracket numbers
     * the meeting and named "Meeting" a participant, the party lost. Our own names.
     */
    @Test
    void a_meetings_number_in_brackets_after_a_party_names_no_one() {
        ArchiveRecord r = Parsing.accept("""
                Record of Meeting between Prime Minister Ostrov and Vice Premier Lan (Second Meeting)

                May 4, 1979

                The meeting took place in the harbour office.
                """);

        assertThat(r.participants()).containsExactly("Ostrov", "Lan");
    }

    /** Guard: FRUS's post with its holder in brackets still gives the holder. */
    @Test
    void a_posts_holder_in_brackets_is_still_the_party() {
        ArchiveRecord r = Parsing.accept("""
                Memorandum of Conversation Between the Harbour Master and the Fenland Ambassador (Ostrov)

                May 4, 1979

                The Ambassador called at noon.
                """);

        assertThat(r.participants()).contains("Ostrov");
    }

    /**
     * "Excerpts from Tsedenbal's diary on his conversation … and Aid to the People's Republic of Mongolia" (WCDA): a
     * diary was given the addressee "People". Our own title.
     */
    @Test
    void a_diarys_title_names_no_addressee() {
        ArchiveRecord r = Parsing.accept("""
                Excerpts from Ostrov's diary on his talk with the Board on Aid to the People's Harbour of Fenland

                May 4, 1979

                The board met me at noon.
                """);

        assertThat(r.kind()).isEqualTo("diary");
        assertThat(r.from()).containsExactly("Ostrov");
        assertThat(r.to()).isEmpty();
    }

    /**
     * FRUS 1952-54's document under the library's source line ("Eisenhower Library, Eisenhower papers, Whitman file"),
     * with no "No. 143" under it, and the source note's marker glued to the heading's year ("…, December 21, 19541"):
     * the source line was the title, the heading the text's first line, and the record had no date. Our own names.
     */
    @Test
    void a_frus_heading_under_a_librarys_source_line_is_the_title_and_dates_the_record() {
        ArchiveRecord r = Parsing.accept("""
                Sample Library, Sample papers, Harbour file

                Memorandum of Discussion at the 12th Meeting of the Harbour Board, Tuesday, May 6, 19521


                top secret

                Present at the 12th Meeting of the Board were the Harbour Master, presiding; the Treasurer; and the Clerk.

                1. Cranes

                The Harbour Master said the cranes would come in May.
                """);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.title()).isEqualTo("Memorandum of Discussion at the 12th Meeting of the Harbour Board, Tuesday, May 6, 1952");
        assertThat(r.date()).isEqualTo("1952-05-06");
        assertThat(r.kind()).isEqualTo("minutes");
        assertThat(r.body()).startsWith("Present at the 12th Meeting");
    }

    /** Guard: a FRUS heading that ends with its year alone keeps the year whole. */
    @Test
    void a_frus_heading_ending_with_its_year_keeps_it_whole() {
        ArchiveRecord r = Parsing.accept("""
                Sample Library, Sample papers, Harbour file

                Memorandum of Discussion at the 12th Meeting of the Harbour Board, Tuesday, May 6, 1950

                The Harbour Master said the cranes would come in May.
                """);

        assertThat(r.title()).endsWith("May 6, 1950");
        assertThat(r.date()).isEqualTo("1950-05-06");
    }

    /**
     * FRUS 1955-57's memorandum of a conversation set by topic ("France: …", "His Own Plans: While he …"): a heading
     * opening with a possessive was a speaker. Our own words.
     */
    @Test
    void a_topic_heading_opening_with_a_possessive_is_no_speaker() {
        ArchiveRecord r = Parsing.accept("""
                6. Memorandum of a Conversation Between the Harbour Master and the Minister in Fenland (Ostrov), Harbour, May 4, 19791

                The Harbour Master received me at noon and spoke along the following lines:

                Her Own Plans: She did not speak of them, but said that the quay would be her last work.

                Their Cranes: The cranes would come in May.

                Herter: We agree.
                """);

        assertThat(r.speakers()).containsExactly("Herter");
    }

    /**
     * The inter-Korean talks' records on WCDA ("North (KIM): …", "South (LEE): …"): the side was the speaker; the name in
     * capitals in brackets is. Our own names.
     */
    @Test
    void a_turn_labelled_by_side_and_the_name_in_brackets_is_the_names() {
        ArchiveRecord r = Parsing.accept("""
                Conversation between Ostrov and Lan

                May 4, 1979

                North (OSTROV): Is the harbour ready?

                South (LAN): Yes, it is ready.

                North (OSTROV): Then we shall sail in May.
                """);

        assertThat(r.speakers()).containsExactly("OSTROV", "LAN");
    }

    /** Guard: a name with an aside in brackets keeps the name ("Northcott (laughing): …"). */
    @Test
    void a_name_with_an_aside_keeps_the_name() {
        ArchiveRecord r = Parsing.accept("""
                Conversation between Northcott and Lan

                May 4, 1979

                Northcott (laughing): Is the harbour ready?

                Lan: Yes, it is ready.
                """);

        assertThat(r.speakers()).containsExactly("Northcott", "Lan");
    }

    /**
     * A letter reprinted under a title of the site's own (a newspaper's quotation above Indira Gandhi's letters): its
     * salutation and closing make it a letter; it had no kind. Our own words.
     */
    @Test
    void a_text_with_a_salutation_and_a_closing_is_a_letter() {
        ArchiveRecord r = Parsing.accept("""
                ‘The harbour is, as you know, a difficult place.’

                4 May 1979

                Dear Tamsin,
                Your letter came yesterday. The cranes will come in May.
                With good wishes
                Yours sincerely,
                Anna Quill
                """);

        assertThat(r.kind()).isEqualTo("letter");
    }

    /** Guard: a salutation without a letter's closing ("Dear colleagues," over a circular's points) names no kind. */
    @Test
    void a_salutation_without_a_closing_names_no_kind() {
        ArchiveRecord r = Parsing.accept("""
                The harbour works

                4 May 1979

                Dear colleagues,
                The cranes will come in May.
                """);

        assertThat(r.kind()).isNull();
    }
}
