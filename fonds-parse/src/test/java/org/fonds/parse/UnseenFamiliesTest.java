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
 * Families of real pages the corpus holds no file of, found by reading unseen records (issue 11): each is built at
 * test time from a real record's own lines rearranged into the family's shape, or written in our own words in that
 * shape, and the comment says which public pages it stands for.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnseenFamiliesTest {
    /** The FRUS telegram of 1948 (b19): its file line, its heading, then its text. */
    private static List<String> frusTelegram() throws IOException {
        return new ArrayList<>(Files.readString(Seeds.corpus("real/docs").resolve("b19_frus_telegram_1948.txt"),
                StandardCharsets.UTF_8).lines().toList());
    }

    /**
     * The 1952-54 volumes on history.state.gov (frus1952-54v08/d588, v15p1/d469, v07p1/d377): a source line, the
     * document number "No. 588" on its own line, the heading with its footnote marker glued on, the classification
     * and handling in lower case, each on its line, then the text.
     */
    private static String asNumberedUnderSource(List<String> lines, String source) {
        List<String> out = new ArrayList<>(lines);
        out.set(0, source);
        out.add(1, "No. 575");
        int heading = 2;
        while (out.get(heading).isBlank()) heading++;
        out.set(heading, out.get(heading) + "1");
        out.add(heading + 1, "secret");
        out.add(heading + 2, "niact");
        return String.join("\n", out) + "\n";
    }

    @Test
    @NeedsShared("corpus/real/docs")
    void a_frus_heading_under_a_file_line_and_its_document_number_reads_as_without_them() throws IOException {
        List<String> lines = frusTelegram();
        ArchiveRecord plain = Parsing.accept(String.join("\n", lines) + "\n");
        for (String source : List.of(lines.get(0), "Secretary's files, lot 12 D 345", "Microfilm telegram files, “Nanking FY 48”: Telegram")) {
            ArchiveRecord r = Parsing.accept(asNumberedUnderSource(lines, source));

            assertThat(r.layout()).as(source).isEqualTo("frus");
            assertThat(r.title()).as(source).isEqualTo("The Secretary of State to the Ambassador in China (Stuart)");
            assertThat(r.from()).as(source).containsExactly("The Secretary of State");
            assertThat(r.to()).as(source).containsExactly("the Ambassador in China (Stuart)");
            // the kind is the source line's ("…: Telegram"); a lot file's line names none, nor does this heading
            assertThat(r.kind()).as(source).isEqualTo(source.endsWith("Telegram") ? "telegram" : null);
            assertThat(r.classification()).as(source).isEqualTo("secret");
            assertThat(r.body()).as(source).isEqualTo(plain.body());
        }
    }

    /**
     * The archive's telegrams and CREST's OCR set headings, priorities and declassification stamps in capitals where
     * a transcript sets a speaker's name (digitalarchive.wilsoncenter.org ciphered telegrams, cia.gov/readingroom
     * bulletins); and a report's distribution list names one comrade a line. Our own words in those shapes.
     */
    @Test
    void headings_stamps_and_distribution_lists_in_a_telegram_open_no_turns() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1951

                Ciphered telegram, Ivanov to Petrov

                CIPHERED TELEGRAM No. 12

                TOP PRIORITY

                To Petrov. The grain left the port on Tuesday.

                THE HARBOUR SITUATION The port stays closed to foreign ships.

                NEXT REVIEW DATE: 2001

                To be seen by

                Comrade Kovács

                Comrade Szabó

                Comrade Varga
                """);

        assertThat(r.speakers()).isEmpty();
        assertThat(r.turns()).isEmpty();
    }

    /** A family name that is also an English word ("To Huu", Vietnamese) still speaks in capitals. Our own words. */
    @Test
    void a_family_name_that_is_an_english_word_still_opens_a_turn_in_capitals() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1965

                Minutes of the meeting

                LE DUAN: The harvest comes first this year.

                TO HUU: The poets agree with the harvest.
                """);

        assertThat(r.speakers()).contains("TO HUU");
    }

    @Test
    void a_comrade_alone_on_a_line_before_words_still_opens_a_turn() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1951

                Minutes of the meeting of the committee

                The meeting opened at ten in the morning.

                Comrade Kovács

                We read the draft and we agree with it.

                PETROV. The text stands as it is.
                """);

        assertThat(r.speakers()).containsExactly("Kovács", "PETROV");
    }

    /**
     * history.state.gov's memoranda of conversation saved as text (frus1961-63v15/d136, frus1952-54v02p2/d179): the
     * participants as nested bullets under "PARTICIPANTS", or bulleted under "• Participants:" with each one's post
     * after a comma. Built from the 1959 memorandum (b08), its dashes made the page's bullets.
     */
    @Test
    @NeedsShared({"corpus/real/docs", "corpus/real/expected"})
    void frus_participants_as_the_pages_bullets_are_read_as_its_dashed_list() throws IOException {
        String dashed = Files.readString(Seeds.corpus("real/docs").resolve("b08_frus_memcon_nixon_khrushchev_1959.txt"),
                StandardCharsets.UTF_8);
        ArchiveRecord asDashes = Parsing.accept(dashed);
        String nested = dashed.replaceAll("(?m)^- (United States|USSR)$", "  • $1").replaceAll("(?m)^- ", "    • ");
        String underLabel = nested.replace("PARTICIPANTS\n", "  • Participants:\n")
                .replace("    • Mr. Foy Kohler", "    • Mr. Foy Kohler, Deputy Under Secretary of State");

        assertThat(asDashes.participants()).hasSize(13);
        assertThat(Parsing.accept(nested).participants()).containsExactlyElementsOf(asDashes.participants());
        assertThat(Parsing.accept(underLabel).participants()).containsExactlyElementsOf(asDashes.participants());
    }

    /** The archive's ambassadors' journals ("Journal of Soviet Ambassador in the DPRK A. M. Puzanov for …"): diaries. */
    @Test
    void an_ambassadors_journal_is_a_diary() {
        ArchiveRecord r = Parsing.accept("""
                July 2, 1958

                Journal of the Ambassador in Hanoi for 2 July 1958

                I called on the minister at his request. He spoke about the harvest.
                """);

        assertThat(r.kind()).isEqualTo("diary");
    }

    /**
     * FRUS headings name the post a telegram went to as they name the one it came from (frus1955-57v25/d161,
     * frus1949v05/d275): the addressee's city is no place of writing. Our own words in that shape.
     */
    @Test
    void a_post_the_title_sends_to_is_no_place_of_writing() {
        ArchiveRecord to = Parsing.accept("161. Telegram From the Department of State to the Legation in Ruritania1\n\n"
                + "12. Department agrees you should present your letters at once.\n");
        ArchiveRecord from = Parsing.accept("154. Telegram From the Legation in Ruritania to the Department of State1\n\n"
                + "209. Legation sees two ways ahead and asks for guidance.\n");

        assertThat(to.to()).containsExactly("Legation in Ruritania");
        assertThat(to.place()).isNull();
        assertThat(from.place()).isEqualTo("Ruritania");
    }

    /**
     * The archive's titles that name the kind, then sender "to" addressee after a comma (digitalarchive.wilsoncenter.org
     * ciphered telegrams and Hungarian reports, on the site and its mirrors). Our own words in that shape.
     */
    @Test
    void a_title_naming_the_kind_then_sender_to_addressee_gives_both() {
        ArchiveRecord telegram = Parsing.accept("October 2, 1950\n\nCiphered Telegram No. 4411, Orlov to Petrov [Stalin]\n\n"
                + "To Cde. Petrov. The talks begin tomorrow.\n");
        ArchiveRecord report = Parsing.accept("May 6, 1950\n\nReport, Embassy of Ruritania in Freedonia to the Ruritanian Foreign "
                + "Ministry\n\nThe delegation left on Friday after three days of talks.\n");

        assertThat(telegram.from()).containsExactly("Orlov");
        assertThat(telegram.to()).containsExactly("Petrov [Stalin]");
        assertThat(report.from()).containsExactly("Embassy of Ruritania in Freedonia");
        assertThat(report.to()).containsExactly("Ruritanian Foreign Ministry");
    }

    /**
     * Typed copies sign between slashes or after a signed mark: the archive's ambassadors' journals close with
     * "[signature] /A. PUZANOV/" above their copies list (digitalarchive.wilsoncenter.org/document/119436), letters
     * and telegrams with "/s/ Name", Polish records with "/–/ Name" (…dvincitest.com, Ogrodziński's record of
     * conversation). Our own words in those shapes.
     */
    @Test
    void a_slashed_signature_gives_the_author_whatever_follows_it() {
        ArchiveRecord journal = Parsing.accept("""
                July 23, 1960

                Journal of the Ambassador in Hanoi for 23 July 1960

                I called on the minister at his request. He spoke about the harvest and the coming visit.

                AMBASSADOR IN HANOI [signature] /I. PETROV/

                Four copies printed
                1 - Cde. A. A. Ivanov
                2 - to file
                """);
        ArchiveRecord letter = Parsing.accept("""
                March 3, 1955

                Letter on the shipment of grain

                Dear Minister, the shipment you asked about left the port on Tuesday and will arrive within the week.

                Sincerely yours,
                /s/ John W. Smith
                """);
        ArchiveRecord record = Parsing.accept("""
                March 14, 1958

                Record of conversation with the ambassador

                At a supper the ambassador told me that his government would answer the plan within three weeks.
                /–/ Kowalski
                AMSZ, ZD 6/77
                """);

        assertThat(journal.from()).containsExactly("I. PETROV");
        assertThat(letter.from()).containsExactly("John W. Smith");
        assertThat(record.from()).containsExactly("Kowalski");
    }

    /** A path or a list written with slashes near the end signs nothing ("and/or", "/document/113395", "/From the talk/"). */
    @Test
    void slashes_that_sign_nothing_give_no_author() {
        ArchiveRecord r = Parsing.accept("""
                March 3, 1955

                Report on the talks

                /From the conversation between the two delegations/. They agreed and/or deferred the matter, see /document/113395 for more.
                """);

        assertThat(r.from()).isEmpty();
    }

    /**
     * Minutes and notes that head a point with its topic: a country ("Korea: …", the Hungarian Politburo's minutes on
     * digitalarchive.wilsoncenter.org), a telegram's "Reference: Legtel 50" (frus1955-57v25/d25). Our own words.
     */
    @Test
    void a_point_headed_by_its_topic_opens_no_turn() {
        ArchiveRecord r = Parsing.accept("""
                Minutes of the meeting of the Political Committee, 5 May 1970

                Kadar: We open the meeting with the situation abroad.

                Korea: The delegation reported that the talks went well and that trade should grow next year.

                Reference: The telegram of last week, which the committee read.

                Fock: I agree with the report and have nothing to add.
                """);

        assertThat(r.speakers()).containsExactly("Kadar", "Fock");
    }

    /**
     * The Hungarian National Archives number by record group and box (the archive's current pages and its legacy
     * page 113395: "MOL, XIX-J-1-j Korea, 4. doboz, …"; the party's records "MOL, M-KS 276. f. 53/302. ő. e."): kept
     * whole with their archive, never dropped. The real record 08 cites the archive by its full name; the party's
     * form is in our own words in the current page's source block.
     */
    @Test
    @NeedsShared("corpus/real/docs")
    void hungarian_archive_references_are_kept_whole_with_their_archive() throws IOException {
        ArchiveRecord horvath = Parsing.accept(Files.readString(
                Seeds.corpus("real/docs").resolve("08_horvath_notes_1956-11-03.txt"), StandardCharsets.UTF_8));
        ArchiveRecord page = Parsing.accept("""
                The committee discussed the visit and agreed to send a delegation in the autumn.

                The committee agrees to send a delegation to Pyongyang.

                Document Information

                Source

                MOL, M-KS 276. f. 53/302. ő. e. Translated by J. Smith.
                """);

        assertThat(horvath.archivalReferences()).singleElement().satisfies(ref -> {
            assertThat(ref.archive()).isEqualTo("Magyar Orszagos Leveltar");
            assertThat(ref.text()).isEqualTo("Magyar Orszagos Leveltar, XIX J- 1-K Horvath Imre kulugyminiszter iratai, 55, doboz");
        });
        assertThat(page.archivalReferences()).singleElement().satisfies(ref -> {
            assertThat(ref.archive()).isEqualTo("MOL");
            assertThat(ref.text()).isEqualTo("MOL, M-KS 276. f. 53/302. ő. e");
        });
    }
}
