package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 33 fixed on a third scored stand-in for issue 11's hidden set, its second half: the Soviet ciphered
 * telegrams' header that names the city sent from (WCDA's pages and PDF exports of the VKP(b) CC's copies, the Foreign
 * Ministry's coded telegrams); the Chinese Foreign Ministry's cables addressed "To the …:"; a title that opens with
 * "Cable" before a message it carries; a Bulgarian Politburo stenogram (its "Stenographic record" heading, its
 * "Strictly confidential!" marking, a speaker's post in a long bracket); the foreign ministry archive's portfel and papka
 * in a reference; the Department's FRUS site of 1997-2001 under its banner, its Greenwich date-time group and its
 * slashed notes; CREST's "MEMORANDUM FOR … FROM …" titles and its intelligence bulletins. No seed or real record has
 * these shapes, so each is a fixture in our own words and invented names with the structure of the public page its
 * comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe33FamiliesTest {
    /**
     * WCDA's page of a ciphered telegram copied for the VKP(b) CC: "CABLE Nº …", the copies, then "from PEKING   received
     * at 0810 12 October 1949": the city the cable came from, in capitals, before its time of receipt. Our words.
     */
    @Test
    void a_ciphered_telegrams_header_names_the_city_it_came_from() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1950

                Ciphered Telegram No. 12345 from Alder to Birch

                CABLE Nº 12345                      TOP SECRET

                Copy Nº 1 to Cde. Birch
                Copy Nº 2 to Cde. Cedar

                from ARBORIA   received at 0810 3 March 1950  Copy Nº 2

                I am forwarding a request of the provincial committee about grain for the spring.
                """);

        assertThat(r.place()).isEqualTo("ARBORIA");
    }

    /** The same header run on from its copies' line, as the PDF export sets it on one line. Our words. */
    @Test
    void the_city_is_read_where_the_header_runs_on_from_the_copies() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1950

                Ciphered Telegram No. 12345 from Alder to Birch

                Copy Nº 1 to Cde. Birch Copy Nº 2 to the 8th Department from ARBORIA received at 07:45 3 Copy Nº 2

                I am forwarding a request of the provincial committee about grain for the spring.
                """);

        assertThat(r.place()).isEqualTo("ARBORIA");
    }

    /** The Foreign Ministry's coded telegram: "Coded Telegram", then "From BELGRADE" alone on its line. Our words. */
    @Test
    void a_coded_telegrams_from_line_names_the_city() {
        ArchiveRecord r = Parsing.accept("""
                November 9, 1957

                Cable, V. Alder to the Ministry

                Strictly secret
                Coded Telegram

                From MERIDIA

                PRIORITY

                The minister told me that the delegation would leave on Friday.
                """);

        assertThat(r.place()).isEqualTo("MERIDIA");
    }

    /** Guard: "from" a capitalised city in a sentence, before "received", is no cable's header. Our words. */
    @Test
    void a_sentence_with_a_city_after_from_names_no_place() {
        ArchiveRecord r = Parsing.accept("""
                November 9, 1957

                Note on the Delegation

                The letter from Meridia received yesterday says that the delegation will leave on Friday.
                """);

        assertThat(r.place()).isNull();
    }

    /**
     * The Chinese Foreign Ministry's cables on WCDA open with their address, "To the Embassy in Hungary:", "To the Foreign
     * Ministry and the Party Center:": the bodies addressed. Our words and names.
     */
    @Test
    void a_cables_address_line_to_the_bodies_names_the_addressees() {
        ArchiveRecord r = Parsing.accept("""
                May 4, 1957

                Cable from the Embassy in Ruritania, 'On the Harvest'

                To the Foreign Ministry and the Party Center:

                The harvest is expected to be poor. Requesting instructions.

                Embassy in Ruritania
                """);

        assertThat(r.to()).containsExactly("the Foreign Ministry", "the Party Center");
    }

    /** Guard: a topic's line "To the question of …:" addresses no one. Our words. */
    @Test
    void a_topic_opening_with_to_the_addresses_no_one() {
        ArchiveRecord r = Parsing.accept("""
                May 4, 1957

                Notes on the Harvest

                To the question of the spring sowing:

                The sowing will begin late this year.
                """);

        assertThat(r.to()).isEmpty();
    }

    /** "Cable with Message from Mao Zedong to Stalin" (WCDA's PDF export): the cable that carries a message. Our names. */
    @Test
    void a_title_opening_with_cable_is_a_telegram_whatever_it_carries() {
        ArchiveRecord r = Parsing.accept("""
                September 6, 1950

                Cable with Message from Alder to Birch

                We agree to the route through the mountains and ask for ten aircraft.
                """);

        assertThat(r.kind()).isEqualTo("telegram");
    }

    /**
     * WCDA's current page of a Bulgarian Politburo stenogram: "Strictly confidential!", "Stenographic record", and the
     * speakers' names each on a line with a colon, one with his post in brackets longer than forty chars. Our words.
     */
    @Test
    void a_stenographic_record_its_marking_and_a_label_with_a_long_post() {
        ArchiveRecord r = Parsing.accept("""
                June 8, 1988

                Politburo Discussion on the Harvest Reports (excerpt)

                Strictly confidential!

                Stenographic record

                8 June 1988

                Ivan Alderov:

                I asked to meet in order to hear about the harvest.

                Petar Birchev [CC secretary responsible for agricultural questions]:

                The harvest is late, but it will be good.
                """);

        assertThat(r.kind()).isEqualTo("transcript");
        assertThat(r.classification()).isEqualTo("Strictly confidential");
        assertThat(r.speakers()).containsExactly("Ivan Alderov", "Petar Birchev");
    }

    /** WCDA's citations of the Soviet envoys' diaries: "AVPRF, f. 0100, op. 42, por. 19, pap. 288, ll. 28-31". Our numbers. */
    @Test
    void a_foreign_ministry_reference_with_portfel_and_papka_keeps_its_leaves() {
        ArchiveRecord r = Parsing.accept("""
                December 1, 1950

                "From the Diary of A.B. Alder: Memorandum of Conversation with Chairman Birch," December 01, 1950, History and Public Policy Program Digital Archive, AVPRF, f. 0111, op. 12, por. 7, pap. 99, ll. 10-12. Translated by C. Cedar.

                On 16 October the Ambassador met Chairman Birch.
                """);

        assertThat(r.archivalReferences()).anySatisfy(a -> {
            assertThat(a.archive()).isEqualTo("AVPRF");
            assertThat(a.fond()).isEqualTo("0111");
            assertThat(a.opis()).isEqualTo("12");
            assertThat(a.leaves()).isEqualTo("10-12");
        });
    }

    /**
     * The Department's FRUS site of 1997-2001 (www.state.gov/www/about_state/history/…, kept whole on mirrors): the series
     * in capitals, the volume and its subtitle, "Department of State", "Washington, DC", then the numbered heading with its
     * note in slashes, a dateline with a Greenwich date-time group ("1130Z"), "/1/Source: …" and the text in numbered
     * points. The heading is the title, the dateline gives date and place, the source note is the first note, the points
     * are the text's and "Subj:" no speaker. Our words.
     */
    @Test
    void a_frus_page_of_the_1997_site_under_its_banner() {
        ArchiveRecord r = Parsing.accept("""
                FOREIGN RELATIONS OF THE UNITED STATES
                1964-1968 Volume XXX
                Northern Europe

                Department of State
                Washington, DC

                12. Telegram From the Embassy in Ruritania to the Department of State/1/

                Arborstad, May 4, 1966, 0945Z.

                /1/Source: Department of State, Central Files, POL RUR. Confidential. Repeated to Meridia.

                311. Subj: The harvest talks.

                1. The minister told me the harvest talks would go on through the summer.

                2. He asked that we say nothing of them to the press/2/ before July.
                """);

        assertThat(r.title()).isEqualTo("Telegram From the Embassy in Ruritania to the Department of State");
        assertThat(r.date()).isEqualTo("1966-05-04");
        assertThat(r.place()).isEqualTo("Arborstad");
        assertThat(r.notes()).hasSize(1);
        assertThat(r.notes().get(0).text()).startsWith("Source: Department of State");
        assertThat(r.body()).startsWith("311. Subj: The harvest talks.").contains("1. The minister told me");
        assertThat(r.speakers()).isEmpty();
    }

    /** CREST's "MEMORANDUM FOR DEPUTY DIRECTOR (PLANS) FROM …": the addressee after "FOR", its branch in brackets. Our names. */
    @Test
    void a_crest_memorandums_title_names_its_addressee_after_for() {
        ArchiveRecord r = Parsing.accept(crest("MEMORANDUM FOR DEPUTY DIRECTOR (PLANS) FROM JOHN Q. ALDER", "MF"));

        assertThat(r.from()).containsExactly("John Q. Alder");
        assertThat(r.to()).containsExactly("Deputy Director (Plans)");
    }

    /** Guard: "MEMORANDUM FOR THE RECORD FROM …" is addressed to no one. Our names. */
    @Test
    void a_memorandum_for_the_record_still_names_no_addressee() {
        ArchiveRecord r = Parsing.accept(crest("MEMORANDUM FOR THE RECORD FROM JOHN Q. ALDER", "MFR"));

        assertThat(r.to()).isEmpty();
    }

    /** CREST's 2019 releases of the current intelligence bulletins: no content type, the title names the periodical. */
    @Test
    void a_crest_intelligence_bulletin_is_a_report() {
        ArchiveRecord r = Parsing.accept(crest("CURRENT INTELLIGENCE BULLETIN - 1957/03/02", null));

        assertThat(r.kind()).isEqualTo("report");
    }

    /** A reading-room page: its title, the catalogue's labels (a content type where given) and an OCR body. */
    private static String crest(String title, String contentType) {
        return title + "\n"
                + "Document Type:\nCollection:\nDocument Number (FOIA) /ESDN (CREST):\nCIA-RDP00X00000A000000000001-1\n"
                + "Release Decision:\nRIPPUB\nOriginal Classification:\nS\nDocument Page Count:\n2\n"
                + "Document Creation Date:\nDecember 14, 2016\nDocument Release Date:\nMarch 12, 2003\nSequence Number:\n1\n"
                + "Case Number:\nPublication Date:\nMarch 2, 1957\n"
                + (contentType == null ? "" : "Content Type:\n" + contentType + "\n")
                + "Body:\n"
                + "Approved For Release 2003/03/12 : CIA-RDP00X00000A000000000001-1\n"
                + "2 March 1957\n"
                + "1. The attached paper was discussed with the senior officers\n"
                + "of the Agency and will be sent to the Director on Friday.\n";
    }
}
