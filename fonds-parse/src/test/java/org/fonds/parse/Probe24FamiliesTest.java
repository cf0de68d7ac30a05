package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The families probe 24 fixed on unseen pages (issue 11): books.openedition.org's edition of the CEU readers, a cable
 * mirror that keeps a table row but no "FM" or "SUBJECT:", CREST's "Content Type: LETTER", a Politburo record's chair
 * ("Chaired by cde. …", "In the chair: …"), parties listed with commas in a heading, an editor's given name in brackets
 * inside a sentence, and the plural title "Chairmen". The corpus holds none of these shapes (every seed and real record
 * parses the same before and after), so each is a fixture in our own words with the structure of the public pages its
 * comment names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Probe24FamiliesTest {
    /**
     * books.openedition.org/ceup/2839 and its siblings: the site's buttons and the editors, "Document No. N: … date" alone,
     * "Traduction de …", "Texte intégral", then numbered paragraphs, the number run on to the first word, the first the
     * editors' headnote. Our own names and words.
     */
    private static final String BOOK_EDITION = """
            Version classiqueVersion mobile

            Readers of History

            Anna Editor
            Boris Editor


            Document No. 12: Record of Conversation between Ivan Petrov and Hans Weber May 3, 1988

            Traduction de Olga Translator

            Texte intégral

            1In this record the two men meet for the first time, and the editors think the meeting mattered more than either knew.



            3Weber: I am glad that we can speak openly. Our countries have much to talk about.

            4Petrov: So am I. Let us begin with trade.

            5Weber: Trade is a good place to begin.
            """;

    @Test
    void a_book_editions_chapter_gives_title_date_translator_headnote_and_its_text() {
        ArchiveRecord r = Parsing.accept(BOOK_EDITION);

        assertThat(r.layout()).isEqualTo("book-edition");
        assertThat(r.title()).isEqualTo("Record of Conversation between Ivan Petrov and Hans Weber");
        assertThat(r.date()).isEqualTo("1988-05-03");
        assertThat(r.translators()).containsExactly("Olga Translator");
        assertThat(r.summary()).startsWith("In this record the two men meet");
        assertThat(r.body()).startsWith("3Weber: I am glad").doesNotContain("Traduction de", "Texte intégral", "Version classique");
        assertThat(r.participants()).containsExactly("Petrov", "Weber");
    }

    /** The paragraph's number run on to the label ("3Kohl: …") is passed over: the label is read. */
    @Test
    void a_label_after_a_paragraphs_number_opens_a_turn() {
        ArchiveRecord r = Parsing.accept(BOOK_EDITION);

        assertThat(r.speakers()).containsExactly("Weber", "Petrov");
        assertThat(r.turns()).hasSize(3);
    }

    /**
     * The site in Spanish (books.openedition.org/ceup/2832?lang=es): "Traductor: Dr. …", "Texto completo". The translator's
     * line is no speaker's label ("Traductor" was one), and a note's marker run on to the heading's year
     * ("September 5, 19891", ceup/2853) leaves the date. Our own names and words.
     */
    @Test
    void a_translator_line_in_the_sites_language_is_no_speaker_and_a_marker_on_the_year_leaves_the_date() {
        ArchiveRecord r = Parsing.accept("""
                Versión clásicaVersión móvil

                Documents

                Document No. 40: Transcript of CC Secretariat Meeting June 5, 19891

                Traductor: Dr. Piotr Translator

                Texto completo

                1On the day after the vote the secretaries meet, and the editors set out why their shock was so great.

                2Like the leaders elsewhere, they still believe they can enact reforms on their own terms.
                """);

        assertThat(r.layout()).isEqualTo("book-edition");
        assertThat(r.title()).isEqualTo("Transcript of CC Secretariat Meeting");
        assertThat(r.date()).isEqualTo("1989-06-05");
        assertThat(r.translators()).containsExactly("Piotr Translator");
        assertThat(r.speakers()).isEmpty();
        assertThat(r.body()).startsWith("2Like the leaders");
    }

    /** A reader's heading with a source line under it and no translator's line stays a National Security Archive reader. */
    @Test
    void a_readers_heading_without_a_translators_line_is_no_book_edition() {
        ArchiveRecord r = Parsing.accept("""
                Document No. 12: Record of Conversation between Ivan Petrov and Hans Weber, May 3, 1988

                Source: Archive of the Foundation, Moscow.

                Weber: I am glad that we can speak openly.
                """);

        assertThat(r.layout()).isNotEqualTo("book-edition");
    }

    /**
     * wikileaksru.wordpress.com's cables of 2006-07: the mirror's table ("Reference ID Created Released Classification
     * Origin" and its row), the routing line, the date-time group, the marking spaced out, "Classified By:", then the
     * numbered paragraphs; no "FM", "TO" or "SUBJECT:" (the subject is only in the page's name). Our own words.
     */
    @Test
    void a_cable_mirrors_table_gives_reference_origin_and_date_without_fm_or_subject() {
        ArchiveRecord r = Parsing.accept("""
                WikiLeaks Link

                To understand the justification used for the classification of each cable, please use this article as reference.
                Reference ID Created Released Classification Origin
                06PORTAVEN1234 2006-11-09 15:58 2011-08-30 01:44 CONFIDENTIAL Embassy Port Aven

                DE RUEHPA #1234/01 3131558
                P 091558Z NOV 06

                C O N F I D E N T I A L SECTION 01 OF 02 PORTAVEN 001234
                E.O. 12958: DECL: 11/08/2026
                Classified By: Ambassador John Doe: 1.4 (b), (d).
                1.  (C)  Summary:  In a November 8 meeting with the
                Ambassador, the Deputy Foreign Minister spoke of trade
                and of the coming visit.
                """);

        assertThat(r.layout()).isEqualTo("cable");
        assertThat(r.kind()).isEqualTo("telegram");
        assertThat(r.title()).isEqualTo("06PORTAVEN1234");
        assertThat(r.date()).isEqualTo("2006-11-09");
        assertThat(r.from()).containsExactly("Embassy Port Aven");
        assertThat(r.classification()).isEqualTo("CONFIDENTIAL");
        assertThat(r.body()).startsWith("1.").contains("Deputy Foreign Minister").doesNotContain("Classified By", "WikiLeaks");
        assertThat(r.speakers()).isEmpty();
    }

    /** CREST's reading room catalogues a letter whose title is its salutation ("DEAR BRENT:", cia-rdp88b00365r…): a letter. */
    @Test
    void crests_content_type_letter_makes_a_letter() {
        ArchiveRecord r = Parsing.accept("""
                DEAR ALLEN:
                Document Type:
                Collection:
                Document Number (FOIA) /ESDN (CREST):
                CIA-RDP00X00000R000000000000-0
                Publication Date:
                January 17, 1977
                Content Type:
                LETTER
                Body:
                Attached is a study which my committee prepared. I commend it to your attention.
                """);

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.kind()).isEqualTo("letter");
    }

    /** CREST's other types are too broad to name a kind: a record titled minutes and catalogued "MEMO" stays minutes. */
    @Test
    void crests_content_type_memo_leaves_the_titles_kind() {
        ArchiveRecord r = Parsing.accept("""
                MINUTES OF 11 DECEMBER 1978 MEETING
                Document Type:
                Document Number (FOIA) /ESDN (CREST):
                CIA-RDP00X00000R000000000000-0
                Publication Date:
                December 15, 1978
                Content Type:
                MEMO
                Body:
                The group met at ten and heard the chairman's report.
                """);

        assertThat(r.kind()).isEqualTo("minutes");
    }

    /**
     * A Politburo record's chair as the translations set it: "Chaired by cde. M.S. GORBACHEV" (the Wilson Center's minutes
     * of 11 March 1985), "In the chair: Comrade M.S. Gorbachev" (a 1985 transcript reprinted by Boston University's ISCIP).
     * Our own names.
     */
    @Test
    void the_chair_is_read_after_a_lower_case_cde_and_after_in_the_chair() {
        ArchiveRecord chaired = Parsing.accept("""
                Minutes of a CC Politburo Session

                11 March 1985

                Chaired by cde. P.I. PETROV

                PETROV. Comrades, let us begin.
                """);
        ArchiveRecord inTheChair = Parsing.accept("""
                Transcript of a session of the CC Politburo, August 29, 1985.

                In the chair: Comrade P.I. Petrov

                Present: Comrades A.B. Orlov, C.D. Sidorov

                Petrov: Let us begin.
                """);

        assertThat(chaired.chair()).isEqualTo("P.I. PETROV");
        assertThat(inTheChair.chair()).isEqualTo("P.I. Petrov");
    }

    /**
     * "Record of Conversation between Mikhail Gorbachev, François Mitterrand and Their Spouses" (a CEU reader's Document
     * No. 71): a name after the comma is a party, not the first party's post, and "Their Spouses" names no one. Our names.
     */
    @Test
    void parties_listed_with_commas_in_a_heading_are_each_a_party_and_their_spouses_none() {
        ArchiveRecord r = Parsing.accept("""
                Record of Conversation between Ivan Petrov, Jean Dupont and Their Spouses July 4, 1989

                Petrov: Thank you for your kind words.

                Dupont: We count on the meeting's success.
                """);

        assertThat(r.participants()).containsExactly("Petrov", "Dupont");
    }

    /** A post after the comma ("Federal Chancellor") is still the first party's post, not a party. */
    @Test
    void a_post_after_a_partys_comma_is_no_party() {
        ArchiveRecord r = Parsing.accept("""
                Record of Conversation between Hans Weber, Federal Chancellor and Ivan Petrov, June 13, 1989

                Weber: Thank you.

                Petrov: And thank you.
                """);

        assertThat(r.participants()).containsExactly("Weber", "Petrov");
    }

    /**
     * "… the words of the poet [Walt] Whitman: “Become who you are!”" (the same Document No. 71): the editors' given name in
     * brackets ends no sentence, so the name after it opens no turn.
     */
    @Test
    void a_given_name_in_brackets_inside_a_sentence_opens_no_turn() {
        ArchiveRecord r = Parsing.accept("""
                Record of Conversation between Ivan Petrov and Jean Dupont, July 4, 1989

                Dupont said that he could not resist recalling the words of the poet [John] Smith: “Become who you are!”

                Petrov: Let me ask you something.
                """);

        assertThat(r.speakers()).containsExactly("Petrov");
    }

    /** "Message From Chairmen Khrushchev and Brezhnev to President Kennedy" (FRUS 1961-63, vol. VI, no. 3): two senders. */
    @Test
    void the_plural_title_chairmen_names_two_senders() {
        ArchiveRecord r = Parsing.accept("""
                Message From Chairmen Petrov and Sidorov to President Smith
                Moscow, January 21, 1961.

                DEAR MR. PRESIDENT: We send you our greetings on the day you take office.
                """);

        assertThat(r.kind()).isEqualTo("letter");
        assertThat(r.from()).containsExactly("Petrov", "Sidorov");
        assertThat(r.to()).containsExactly("Smith");
    }

    /**
     * "Comrades present: W. Jaruzelski, J. Czyrek, …" (the PZPR CC Secretariat's minutes of 5 June 1989, the National
     * Security Archive's Document No. 57): the list of those present. Our own names.
     */
    @Test
    void comrades_present_opens_the_list_of_those_present() {
        ArchiveRecord r = Parsing.accept("""
                Minutes No. 12 of a meeting of the CC Secretariat held on June 5, 1989

                Comrades present: A. Orlov, B. Sidorov, C. Petrov.

                The Agenda:

                An exchange of views on the elections.
                """);

        assertThat(r.participants()).containsExactly("Orlov", "Sidorov", "Petrov");
    }

    /**
     * A translated cipher telegram's heading under its marking ("TOP SECRET" / "CIPHER TELEGRAM No. 7739" / "From LONDON",
     * translatinghistory.org): the marking is the classification, not the title's first words. Our own words.
     */
    @Test
    void the_marking_above_a_cipher_telegrams_heading_is_not_its_title() {
        ArchiveRecord r = Parsing.accept("""
                TOP SECRET
                CIPHER TELEGRAM No. 1234
                From LONDON
                Received 5 November 1941 at 0010 Decoded 6 November 1941 at 1320
                I am transmitting the contents of a telegram from the embassy.
                """);

        assertThat(r.title()).isEqualTo("CIPHER TELEGRAM No. 1234 From LONDON");
        assertThat(r.classification()).isEqualTo("TOP SECRET");
    }

    /**
     * A headnote of two paragraphs (books.openedition.org/ceup/2794, Document No. 26) and a label with the editors' given
     * name in brackets after the paragraph's number ("2[Oskar] Fischer: …", ceup/2853): the site leaves two blank lines
     * before the record, one between the headnote's paragraphs. Our own names and words.
     */
    @Test
    void a_headnote_of_two_paragraphs_ends_at_the_sites_wider_gap_and_a_bracketed_given_name_opens_a_turn() {
        ArchiveRecord r = Parsing.accept("""
                Readers of History

                Document No. 13: Transcript of a Politburo Session September 5, 1989

                Traduction de Olga Translator

                1At this stage the leaders have not yet seen what their neighbours decided.

                2The editors add a second paragraph on the session's background.



                3[Ivan] Petrov: The letter from the minister was forwarded to us yesterday.

                4[Hans] Weber: We must answer it at once.
                """);

        assertThat(r.summary()).startsWith("At this stage").endsWith("session's background.");
        assertThat(r.body()).startsWith("3[Ivan] Petrov:");
        assertThat(r.speakers()).containsExactly("Petrov", "Weber");
    }
}
