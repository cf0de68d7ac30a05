package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 22 fixed on unseen pages (issue 11): State Department cables as the teleprinter printed them, a
 * book site's excerpts of a documents reader, FRUS 1981-88's long headings and their senders' posts, the labels of a
 * record of a telephone call that no list names, a teaching site's heading above the title. b24 (Project MUSE) shows
 * the book's excerpt; the corpus holds no cable, no telephone record and no FRUS 1981-88 heading, so those are fixtures
 * in our own words with the structure of the public pages each comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe22FamiliesTest {
    private static String real(String file) throws IOException {
        return Files.readString(Seeds.corpus("real/docs").resolve(file), StandardCharsets.UTF_8);
    }

    /**
     * A cable as WikiLeaks' PlusD prints it (search.wikileaks.org/plusd/cables/1978MOSCOW…): the marking, the page line,
     * routing lines, the date-time group, "FM" and "TO" with a further addressee, the marking spaced out, "E.O.",
     * "TAGS:", "SUBJECT:", "REF:", then numbered paragraphs in capitals. Our own words.
     */
    private static final String CABLE = """
            CONFIDENTIAL
            PAGE 01
            LISBON 04410 01 OF 02 120915Z
            ACTION EUR-12
            INFO OCT-01 ISO-00 SS-15 /028 W
            ------------------118802 121002Z /12
            P 120840Z APR 77
            FM AMEMBASSY LISBON
            TO SECSTATE WASHDC PRIORITY 3121
            USDOC WASHDC
            C O N F I D E N T I A L SECTION 01 OF 02 LISBON 4410
            E.O. 11652: GDS
            TAGS: PFOR, PO
            SUBJECT: TALKS WITH THE FOREIGN MINISTER ON THE FISHERIES
            AGREEMENT
            REF: STATE 80211
            1. (C-ENTIRE TEXT) THE FOREIGN MINISTER RECEIVED ME THIS
            MORNING FOR AN HOUR. HE SAID THE CABINET WOULD TAKE UP THE
            DRAFT NEXT WEEK.
            2. HE ASKED THAT WE SAY NOTHING TO THE PRESS UNTIL THEN.
            CONFIDENTIAL
            PAGE 02
            LISBON 04410 01 OF 02 120915Z
            3. COMMENT: THE MINISTER SEEMED CONFIDENT OF THE OUTCOME.
            """;

    @Test
    void a_cable_is_read_by_its_fields_subject_date_time_group_sender_and_addressees() {
        ArchiveRecord r = Parsing.accept(CABLE);

        assertThat(r.layout()).isEqualTo("cable");
        assertThat(r.kind()).isEqualTo("telegram");
        assertThat(r.title()).isEqualTo("TALKS WITH THE FOREIGN MINISTER ON THE FISHERIES AGREEMENT");
        assertThat(r.date()).isEqualTo("1977-04-12");
        assertThat(r.from()).containsExactly("AMEMBASSY LISBON");
        assertThat(r.to()).containsExactly("SECSTATE WASHDC", "USDOC WASHDC");
        assertThat(r.classification()).isEqualTo("CONFIDENTIAL");
        assertThat(r.body()).startsWith("1. (C-ENTIRE TEXT) THE FOREIGN MINISTER").contains("3. COMMENT:");
        assertThat(r.body()).doesNotContain("TAGS:", "FM AMEMBASSY");
    }

    /** Its lines in capitals ending a sentence ("DRAFT NEXT WEEK.", "REF:", "COMMENT:") are teleprinter text, no labels. */
    @Test
    void a_cables_capitals_open_no_turns() {
        ArchiveRecord r = Parsing.accept(CABLE);

        assertThat(r.speakers()).isEmpty();
        assertThat(r.turns()).isEmpty();
    }

    /** A cable whose marking stands only spaced out, its addressees several lines, a subject cut at its width. */
    @Test
    void a_cables_spaced_marking_and_several_addressees_are_read() {
        ArchiveRecord r = Parsing.accept("""
                PAGE 01 STATE 012345
                ORIGIN EUR-12
                O R 021530Z MAR 79
                FM SECSTATE WASHDC
                TO AMEMBASSY ROME IMMEDIATE
                AMEMBASSY MADRID IMMEDIATE
                INFO USMISSION USNATO
                S E C R E T STATE 012345
                TAGS: PFOR
                SUBJECT: INSTRUCTIONS FOR THE MINISTERIAL MEETING OF THE ALLIANCE ON
                THE NEW PROPOSALS
                1. ACTION ADDRESSEES SHOULD CALL ON THE FOREIGN MINISTRY AT ONCE.
                """);

        assertThat(r.classification()).isEqualTo("SECRET");
        assertThat(r.to()).containsExactly("AMEMBASSY ROME", "AMEMBASSY MADRID");
        assertThat(r.date()).isEqualTo("1979-03-02");
        assertThat(r.title()).isEqualTo("INSTRUCTIONS FOR THE MINISTERIAL MEETING OF THE ALLIANCE ON THE NEW PROPOSALS");
    }

    /**
     * b24, Project MUSE's chapter of a documents reader run together on one line: page number, "Document No. 4: …
     * August 27, 1980", the editors' headnote, "[…]", the record. The headnote is the summary, the record the text.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_book_sites_excerpt_takes_its_headnote_as_summary_and_the_text_after_the_omission_mark() throws IOException {
        ArchiveRecord r = Parsing.accept(real("b24_puwp_politburo_1980-08-27.txt"));

        assertThat(r.layout()).isEqualTo("book-excerpt");
        assertThat(r.title()).isEqualTo("Protocol of PUWP CC Politburo Meeting");
        assertThat(r.date()).isEqualTo("1980-08-27");
        assertThat(r.summary()).startsWith("By this time, the PUWP Politburo").doesNotContain("[…]", "Document No.");
        assertThat(r.body()).startsWith("Agenda The socio-political situation");
        assertThat(r.speakers()).contains("Kania");
        assertThat(r.warnings()).noneMatch(w -> w.code().equals("run-together"));
    }

    /**
     * The same with the site's lead above it ("In lieu of an abstract, here is a brief excerpt of the content:", the
     * muse.jhu.edu PDF excerpts), and with the chapter's heading alone above the book's page (muse.jhu.edu/chapter/…).
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_book_excerpt_under_the_sites_lead_or_its_chapter_heading_reads_alike() throws IOException {
        String doc = real("b24_puwp_politburo_1980-08-27.txt");
        ArchiveRecord led = Parsing.accept("In lieu of an abstract, here is a brief excerpt of the content:\n\n" + doc);
        ArchiveRecord headed = Parsing.accept("Document No. 4: Protocol of PUWP CC Politburo Meeting, August 27, 1980\n" + doc);

        for (ArchiveRecord r : new ArchiveRecord[] {led, headed}) {
            assertThat(r.layout()).isEqualTo("book-excerpt");
            assertThat(r.title()).isEqualTo("Protocol of PUWP CC Politburo Meeting");
            assertThat(r.date()).isEqualTo("1980-08-27");
            assertThat(r.summary()).startsWith("By this time");
            assertThat(r.body()).startsWith("Agenda The socio-political situation");
        }
    }

    /** An excerpt cut inside its headnote (the site shows a page or two): title, date and summary, and no text. */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_book_excerpt_cut_in_its_headnote_keeps_title_date_and_summary() throws IOException {
        String doc = real("b24_puwp_politburo_1980-08-27.txt");
        String cut = doc.substring(0, doc.indexOf("[…]"));
        ArchiveRecord r = Parsing.accept("In lieu of an abstract, here is a brief excerpt of the content:\n\n" + cut);

        assertThat(r.layout()).isEqualTo("book-excerpt");
        assertThat(r.title()).isEqualTo("Protocol of PUWP CC Politburo Meeting");
        assertThat(r.date()).isEqualTo("1980-08-27");
        assertThat(r.summary()).startsWith("By this time");
        assertThat(r.body()).isEmpty();
    }

    /** The National Security Archive's reader, its source line under the heading, stays its own layout (b05). */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_documents_reader_with_its_source_line_is_no_book_excerpt() throws IOException {
        assertThat(Parsing.accept(real("b05_cpcz_presidium_1968-05-07.txt")).layout()).isEqualTo("nsa");
    }

    /**
     * FRUS 1981-88's headings grow past 200 chars with two senders each named by post and holder
     * (history.state.gov/historicaldocuments/frus1981-88v…: "231. Information Memorandum From the Assistant Secretary
     * of State for European and Canadian Affairs (…) and the Director of … (…) to Secretary of State Shultz1"), and a
     * post holds its own "and". A fixture of that structure in our own words.
     */
    @Test
    void a_frus_heading_past_200_chars_is_frus_and_a_posts_and_parts_no_senders() {
        ArchiveRecord r = Parsing.accept("""
                231. Information Memorandum From the Assistant Secretary of State for European and Canadian Affairs (Ridge) and the Director of the Bureau of Intelligence and Research (Hall) to Secretary of State Shultz1

                  • The Coming Visit

                The visit will turn on two questions, and we expect the first to take most of the time.

                1. Source: Department of State, Executive Secretariat, S/S Files. Secret.
                """);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.title()).startsWith("Information Memorandum From").endsWith("to Secretary of State Shultz");
        assertThat(r.from()).containsExactly("Assistant Secretary of State for European and Canadian Affairs");
        assertThat(r.to()).containsExactly("Secretary of State Shultz");
    }

    /**
     * A record of a telephone call whose turns open with a surname and a full stop, no list naming the two first
     * (digitalarchive.wilsoncenter.org's "Record of Telephone Conversation between M. S. Gorbachev and … Helmut Kohl":
     * "Kohl. I am glad …", "Gorbachev. That would be good …"). Our own words.
     */
    @Test
    void surnames_opening_paragraphs_with_a_stop_again_and_again_are_speakers() {
        ArchiveRecord r = Parsing.accept("""
                Notes of a Telephone Call, 3 May 1990

                Weber. Good evening, I wanted to hear how the talks ended.

                Orlov. They ended late, but well. We agreed on the next meeting.

                Weber. Then I will tell the cabinet tomorrow.

                Orlov. Please do, and send my regards.
                """);

        assertThat(r.speakers()).containsExactly("Weber", "Orlov");
        assertThat(r.turns()).hasSize(4);
        assertThat(r.turns().get(1).text()).startsWith("They ended late");
    }

    /** One word opening paragraphs with a stop is prose, however often ("Moscow. The …"): no speakers without a second. */
    @Test
    void one_word_opening_paragraphs_with_a_stop_makes_no_speakers() {
        ArchiveRecord r = Parsing.accept("""
                Report on the Visit, 3 May 1990

                Moscow. The delegation arrived on the first day and was met at the station.

                Moscow. The talks began the next morning in the ministry.

                Yes. The minister agreed to all three points.

                Yes. The protocol was signed in the evening.
                """);

        assertThat(r.speakers()).isEmpty();
    }

    /**
     * The older FRUS sites' mirrors (everything2's "Foreign Relations of the United States - 1961-1963 - Volume V …
     * P16") set those present one a line under the subject, no bullet, no heading ("Ambassador Menshikov" / "Mr. M.N.
     * Smirnovsky, Minister Counselor, Soviet Embassy" / …): the lines were joined into one paragraph no list reader
     * could split. b08's list so set (its group lines "United States", "USSR" left out), under a subject of ours.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void participants_one_a_line_with_no_bullet_and_no_heading_are_read() throws IOException {
        java.util.List<String> memorandum = real("b08_frus_memcon_nixon_khrushchev_1959.txt").lines().toList();
        java.util.List<String> page = new java.util.ArrayList<>(java.util.List.of(memorandum.get(0), "", "Talks at the Dacha", ""));
        int i = 2;
        for (; memorandum.get(i).startsWith("- "); i++) {
            String item = memorandum.get(i).substring(2);
            if (!item.equals("United States") && !item.equals("USSR")) page.add(item);
        }
        page.add("");
        page.addAll(memorandum.subList(i, memorandum.size()));

        ArchiveRecord r = Parsing.accept(String.join("\n", page) + "\n");

        assertThat(r.participants()).startsWith("Nixon", "Eisenhower", "Thompson", "Kohler").contains("Khrushchev", "Mikoyan");
        assertThat(r.body()).contains("Vice President Nixon\n\nDr. Milton Eisenhower");
        assertThat(r.speakers()).doesNotContain("Eisenhower", "Kohler");
    }

    /** A paragraph of prose wrapped into lines that open with a title is still one paragraph: its words are lower case. */
    @Test
    void lines_of_prose_that_open_with_a_title_are_joined() {
        ArchiveRecord r = Parsing.accept("""
                Memorandum of Conversation

                The meeting opened at ten in the Secretary's office, and went on until noon.

                Mr. Kohler said that the talks
                Mr. Smith would chair on Monday were to be put off.
                """);

        assertThat(r.body()).endsWith("\n\nMr. Kohler said that the talks Mr. Smith would chair on Monday were to be put off.");
    }

    /**
     * A teaching site's section heading above the document's title (1989.rrchnm.org/items/show/436: "Primary Sources",
     * then "Soviet Record of Conversation between Mikhail Gorbachev and Egon Krenz"): the title is the line under it,
     * and the parties are read from it. Our own words.
     */
    @Test
    void a_site_heading_above_the_title_is_no_title() {
        ArchiveRecord r = Parsing.accept("""
                Primary Sources
                Record of Conversation between Leonid Brezhnev and Erich Honecker
                Description
                The two leaders met in the Crimea in the summer and spoke of the economy.
                Primary Source—Excerpt
                Brezhnev: We have followed your plans with interest.
                """);

        assertThat(r.title()).isEqualTo("Record of Conversation between Leonid Brezhnev and Erich Honecker");
        assertThat(r.participants()).containsExactly("Brezhnev", "Honecker");
    }
}
