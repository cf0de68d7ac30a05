package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.DateRange;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.fonds.record.ProtocolRef;
import org.fonds.record.PublishedIn;
import org.fonds.record.Turn;
import org.fonds.record.Warning;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The input variants of spec/RECORD.md, each in a small export written for the test (fictional
 * minutes of a harbour committee), with the fields that variant decides.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VariantsTest {
    private static final String TITLE = "Minutes of the Harbour Committee on 3 March 1961";
    private static final String URL = "https://digitalarchive.wilsoncenter.org/document/900002";

    /** The header fields every labelled variant below must yield alike. */
    private static void assertHeaderRead(ArchiveRecord r) {
        assertThat(r.title()).as("title").isEqualTo(TITLE);
        assertThat(r.date()).as("date").isEqualTo("1961-03-03");
        assertThat(r.repository()).as("repository").isEqualTo("Wilson Center Digital Archive");
        assertThat(r.sourceUrl()).as("sourceUrl").isEqualTo(URL);
        assertThat(r.archiveDocumentId()).as("archiveDocumentId").isEqualTo("900002");
        assertThat(r.archivalReferences()).as("archivalReferences")
                .extracting(ArchivalReference::archive, ArchivalReference::fond, ArchivalReference::opis,
                        ArchivalReference::delo, ArchivalReference::leaves)
                .containsExactly(tuple("GAKO", "12", "3", "45", "7-9"));
        assertThat(r.compiler()).as("compiler").isEqualTo("A. B. Petrova");
        assertThat(r.publishedIn()).as("publishedIn").isEqualTo(new PublishedIn("Harbour Review", "4", "10-12"));
        assertThat(r.summary()).as("summary").isEqualTo("The committee discusses the broken crane.");
        assertThat(r.originalLanguage()).as("originalLanguage").isEqualTo("Russian");
        assertThat(r.translationLanguage()).as("translationLanguage").isEqualTo("English");
        assertThat(r.body()).as("body").isEqualTo("Cde. Orlov: The crane is broken.");
        assertThat(r.speakers()).as("speakers").containsExactly("Orlov");
    }

    private static String body(String contents) {
        return Parsing.accept(Fiction.record(contents)).body();
    }

    @Nested
    class Labels {

        @Test
        void bold_labels_are_read() {
            assertHeaderRead(Parsing.accept("""
                    **March 3, 1961** \s
                    **Minutes of the Harbour Committee \s
                    on 3 March 1961**

                    **Citation:**

                    "Minutes of the Harbour Committee on 3 March 1961", March 3, 1961, Wilson Center Digital Archive, \
                    GAKO, F. 12, Op. 3, D. 45, Ll. 7-9, compiled by A. B. Petrova. Published in Harbour Review 4, \
                    pp. 10-12 \s
                    <https://digitalarchive.wilsoncenter.org/document/900002>

                    **Summary:**

                    The committee discusses the broken crane.

                    **Original Language:**

                    Russian

                    **Contents:**

                    Translation - English

                    Cde. Orlov: The crane is broken.
                    """));
        }

        @Test
        void plain_labels_are_read() {
            assertHeaderRead(Parsing.accept("""
                    March 3, 1961
                    Minutes of the Harbour Committee on 3 March 1961

                    Citation:

                    "Minutes of the Harbour Committee on 3 March 1961", March 3, 1961, Wilson Center Digital Archive, \
                    GAKO, F. 12, Op. 3, D. 45, Ll. 7-9, compiled by A. B. Petrova. Published in Harbour Review 4, \
                    pp. 10-12 https://digitalarchive.wilsoncenter.org/document/900002

                    Summary:

                    The committee discusses the broken crane.

                    Original Language:

                    Russian

                    Contents:

                    Translation - English

                    Cde. Orlov: The crane is broken.
                    """));
        }

        @Test
        void markdown_heading_labels_are_read() {
            assertHeaderRead(Parsing.accept("""
                    ## March 3, 1961

                    # Minutes of the Harbour Committee on 3 March 1961

                    #### Citation

                    "Minutes of the Harbour Committee on 3 March 1961", March 3, 1961, Wilson Center Digital Archive, \
                    GAKO, F. 12, Op. 3, D. 45, Ll. 7-9, compiled by A. B. Petrova. Published in Harbour Review 4, \
                    pp. 10-12 <https://digitalarchive.wilsoncenter.org/document/900002>

                    #### Summary

                    The committee discusses the broken crane.

                    #### Original Language

                    Russian

                    #### Contents

                    English Translation

                    Cde. Orlov: The crane is broken.
                    """));
        }

        @Test
        void labels_run_together_on_one_line_are_read() {
            assertHeaderRead(Parsing.accept("""
                    **March 3, 1961**
                    **Minutes of the Harbour Committee on 3 March 1961**

                    Citation: "Minutes of the Harbour Committee on 3 March 1961", March 3, 1961, Wilson Center Digital \
                    Archive, GAKO, F. 12, Op. 3, D. 45, Ll. 7-9, compiled by A. B. Petrova. Published in Harbour \
                    Review 4, pp. 10-12 https://digitalarchive.wilsoncenter.org/document/900002 Summary: The \
                    committee discusses the broken crane. Original Language: Russian Contents: English Translation \
                    Cde. Orlov: The crane is broken.
                    """));
        }

        @Test
        void the_repository_under_the_archives_new_name_is_kept_as_written() {
            ArchiveRecord r = Parsing.accept(Fiction.recordWithCitation("""
                    "Minutes of the Harbour Committee on 3 March 1961", March 3, 1961, History and Public Policy \
                    Program Digital Archive, GAKO, F. 12, Op. 3, D. 45, Ll. 7-9. \
                    <https://digitalarchive.wilsoncenter.org/document/900002>""", "Cde. Orlov: The crane is broken."));

            assertThat(r.repository()).isEqualTo("History and Public Policy Program Digital Archive");
            assertThat(r.archiveDocumentId()).isEqualTo("900002");
        }

        @Test
        void contents_declared_as_english_translation_give_the_translation_language() {
            ArchiveRecord r = Parsing.accept("""
                    **Minutes of the Harbour Committee on 3 March 1961**

                    **Citation:**

                    "Minutes of the Harbour Committee on 3 March 1961", March 3, 1961, Wilson Center Digital Archive

                    **Contents:**

                    English Translation

                    The crane is broken.
                    """);

            assertThat(r.translationLanguage()).isEqualTo("English");
            assertThat(r.body()).isEqualTo("The crane is broken.");
        }

        @Test
        void a_source_block_stands_in_for_the_citation() {
            ArchiveRecord r = Parsing.accept("""
                    **March 3, 1961**
                    **Minutes of the Harbour Committee on 3 March 1961**

                    **Source:**

                    Wilson Center Digital Archive, GAKO, F. 12, Op. 3, D. 45, Ll. 7-9. \
                    https://digitalarchive.wilsoncenter.org/document/900002

                    **Summary:**

                    The committee discusses the broken crane.

                    **Contents:**

                    Translation - English

                    Cde. Orlov: The crane is broken.
                    """);

            assertThat(r.title()).isEqualTo(TITLE);
            assertThat(r.repository()).isEqualTo("Wilson Center Digital Archive");
            assertThat(r.sourceUrl()).isEqualTo(URL);
            assertThat(r.archiveDocumentId()).isEqualTo("900002");
            assertThat(r.archivalReferences()).extracting(ArchivalReference::archive, ArchivalReference::delo)
                    .containsExactly(tuple("GAKO", "45"));
            assertThat(r.citation()).contains("GAKO, F. 12, Op. 3, D. 45, Ll. 7-9");
        }

        @Test
        void a_title_broken_over_lines_with_trailing_spaces_is_joined_with_one_space() {
            ArchiveRecord r = Parsing.accept(Fiction.record("The crane is broken."));

            assertThat(r.title()).isEqualTo("Minutes of the Session of the Harbour Committee on 3 March 1961");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Minutes of the *Harbour* Committee", "**Minutes of the __Harbour__ Committee**",
                "### Minutes of the Harbour Committee ###"})
        void markdown_markers_are_removed_from_the_title(String titleLine) {
            assertThat(titleOf(titleLine)).isEqualTo("Minutes of the Harbour Committee");
        }

        @Test
        void underscore_emphasis_is_removed_from_the_title() {
            assertThat(titleOf("Minutes of the _Harbour_ Committee")).isEqualTo("Minutes of the Harbour Committee");
        }

        private static String titleOf(String titleLine) {
            return Parsing.accept("""
                    %s

                    **Citation:**

                    "Minutes", March 3, 1961, Wilson Center Digital Archive

                    **Contents:**

                    The crane is broken.
                    """.formatted(titleLine)).title();
        }

        @Test
        void a_title_label_gives_the_title() {
            ArchiveRecord r = Parsing.accept("""
                    **Title:** Minutes of the Harbour Committee on 3 March 1961

                    **Date:** March 3, 1961

                    **Citation:** Wilson Center Digital Archive, GAKO, F. 12, Op. 3, D. 45

                    **Contents:** The crane is broken.
                    """);

            assertThat(r.title()).isEqualTo(TITLE);
            assertThat(r.date()).isEqualTo("1961-03-03");
            assertThat(r.body()).isEqualTo("The crane is broken.");
        }

        @Test
        void without_a_title_block_the_title_comes_from_the_curly_quotes_of_the_citation() {
            ArchiveRecord r = Parsing.accept("""
                    **Citation:**

                    “Minutes of the Harbour Committee on 3 March 1961”, March 3, 1961, Wilson Center Digital Archive

                    **Contents:**

                    Translation - English

                    The crane is broken.
                    """);

            assertThat(r.title()).isEqualTo(TITLE);
            assertThat(r.date()).isEqualTo("1961-03-03");
        }
    }

    @Nested
    class Dates {

        private ArchiveRecord withDateLine(String dateLine) {
            return Parsing.accept("""
                    **%s**
                    **Minutes of the Harbour Committee**

                    **Citation:**

                    "Minutes of the Harbour Committee", Wilson Center Digital Archive, GAKO, F. 12, Op. 3, D. 45

                    **Contents:**

                    Translation - English

                    The crane is broken.
                    """.formatted(dateLine));
        }

        @Test
        void a_zero_padded_day_is_read() {
            ArchiveRecord r = withDateLine("July 09, 1956");

            assertThat(r.date()).isEqualTo("1956-07-09");
            assertThat(r.dateRange()).isNull();
            assertThat(r.dateText()).isEqualTo("July 09, 1956");
        }

        @Test
        void a_day_before_its_month_is_read() {
            assertThat(withDateLine("2 November 1956").date()).isEqualTo("1956-11-02");
        }

        @Test
        void two_days_give_the_first_as_the_date_and_both_as_the_range() {
            ArchiveRecord r = withDateLine("9 and 12 July 1956");

            assertThat(r.date()).isEqualTo("1956-07-09");
            assertThat(r.dateRange()).isEqualTo(new DateRange("1956-07-09", "1956-07-12"));
            assertThat(r.dateText()).isEqualTo("9 and 12 July 1956");
        }

        @Test
        void an_impossible_date_gives_no_date_and_a_warning() {
            ArchiveRecord r = withDateLine("February 30, 1956");

            assertThat(r.date()).isNull();
            assertThat(r.warnings()).extracting(Warning::code).contains(WarningCode.DATE_UNPARSED.code());
        }
    }

    @Nested
    class Citations {

        @Test
        void pages_written_without_a_space_are_read() {
            ArchiveRecord r = Parsing.accept(Fiction.recordWithCitation("""
                    "Minutes of the Harbour Committee", March 3, 1961, Wilson Center Digital Archive, GAKO, F. 12, \
                    Op. 3, D. 45, L. 7. Published in CWIHP Bulletin 10, p.388 <https://example.org/document/12>""",
                    "The crane is broken."));

            assertThat(r.publishedIn()).isEqualTo(new PublishedIn("CWIHP Bulletin", "10", "388"));
            assertThat(r.archivalReferences()).extracting(ArchivalReference::leaves).containsExactly("7");
        }

        @Test
        void every_url_of_the_citation_is_kept_and_the_first_is_the_source() {
            ArchiveRecord r = Parsing.accept(Fiction.recordWithCitation("""
                    **"Minutes of the Harbour Committee"**, March 3, 1961, Wilson Center Digital Archive, GAKO, F. 12, \
                    Op. 3, D. 45. <https://digitalarchive.wilsoncenter.org/document/900002> See also \
                    https://example.org/harbour/1961.""", "The crane is broken."));

            assertThat(r.sourceUrls()).containsExactly(URL, "https://example.org/harbour/1961");
            assertThat(r.sourceUrl()).isEqualTo(URL);
            assertThat(r.citation()).startsWith("\"Minutes of the Harbour Committee\", March 3, 1961")
                    .contains(URL).doesNotContain("<", ">", "**");
        }

        @Test
        void the_ocr_slip_li_for_ll_is_read_as_leaves() {
            ArchiveRecord r = Parsing.accept(Fiction.recordWithCitation("""
                    "Minutes of the Harbour Committee", March 3, 1961, Wilson Center Digital Archive, GAKO, F. 12, \
                    Op. 3, D. 45, LI. 19-22 <https://example.org/document/12>""", "The crane is broken."));

            assertThat(r.archivalReferences()).extracting(ArchivalReference::leaves).containsExactly("19-22");
        }
    }

    @Nested
    class Notes {

        @Test
        void notes_numbered_with_a_full_stop_are_split_and_lose_their_numbers() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.(1) The winter timetable is late.(2)

                    Translator's Notes

                    1. The old harbour crane, built in 1912.

                    2. The timetable of the icebreakers.
                    """));

            assertThat(r.notes()).extracting(Note::n, Note::text).containsExactly(
                    tuple(1, "The old harbour crane, built in 1912."),
                    tuple(2, "The timetable of the icebreakers."));
            assertThat(r.body()).isEqualTo("The crane is broken. The winter timetable is late.");
        }

        @Test
        void a_single_unnumbered_translators_note_is_note_one() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.

                    Translator's Note: The crane was mended only in 1963.
                    """));

            assertThat(r.notes()).extracting(Note::n, Note::text)
                    .containsExactly(tuple(1, "The crane was mended only in 1963."));
            assertThat(r.body()).isEqualTo("The crane is broken.");
        }

        @Test
        void notes_glued_to_the_heading_and_to_each_other_are_split_by_their_sequence() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.(1) Orlov will see to it.(2)

                    Translator's Notes1 The crane question was raised before (see GAKO, F. 12, Op. 3, D. 44, \
                    Ll. 60-61).2 Most likely Orlov means the harbour master.
                    """));

            assertThat(r.notes()).extracting(Note::n, Note::text).containsExactly(
                    tuple(1, "The crane question was raised before (see GAKO, F. 12, Op. 3, D. 44, Ll. 60-61)."),
                    tuple(2, "Most likely Orlov means the harbour master."));
            assertThat(r.notes().get(0).archivalReferences())
                    .extracting(ArchivalReference::archive, ArchivalReference::delo, ArchivalReference::leaves)
                    .containsExactly(tuple("GAKO", "44", "60-61"));
        }

        @Test
        void notes_in_one_paragraph_are_split_only_where_the_next_number_opens_a_sentence() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.(1) The quay is flooded.(2) The ice is thick.(3)

                    Translator's Notes 1 The protocol is lost. 2 On 3 March 3 cranes fell into the harbour. 3 See \
                    p. 57 of the report.
                    """));

            assertThat(r.notes()).extracting(Note::n, Note::text).containsExactly(
                    tuple(1, "The protocol is lost."),
                    tuple(2, "On 3 March 3 cranes fell into the harbour."),
                    tuple(3, "See p. 57 of the report."));
        }

        @Test
        void a_notes_heading_with_a_curly_apostrophe_is_read() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.(1)

                    Translator’s Notes

                    1 The old crane.
                    """));

            assertThat(r.notes()).extracting(Note::n, Note::text).containsExactly(tuple(1, "The old crane."));
            assertThat(r.body()).isEqualTo("The crane is broken.");
        }

        @Test
        void notes_one_per_line_under_a_markdown_heading_are_read() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.(1) The quay is flooded.(2)

                    ## Translator's Notes

                    1 The old crane (see Note 2 *infra*).
                    2 The north quay (*Port Records*, vol. 1; "*Quays*").
                    """));

            assertThat(r.notes()).extracting(Note::n, Note::text).containsExactly(
                    tuple(1, "The old crane (see Note 2 infra)."),
                    tuple(2, "The north quay (Port Records, vol. 1; \"Quays\")."));
            assertThat(r.body()).doesNotContain("Translator", "#");
        }
    }

    @Nested
    class Markers {

        private static final String TWELVE_NOTES = """

                Translator's Notes

                1 The old crane.
                2 The north quay.
                3 Third.
                4 Fourth.
                5 Fifth.
                6 Sixth.
                7 Seventh.
                8 Eighth.
                9 Ninth.
                10 Tenth.
                11 Eleventh.
                12 The thaw of 1962.
                """;

        @Test
        void parenthesised_numbers_of_existing_notes_are_markers_but_enumerators_and_references_are_text() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    (Re: Point I of Protocol No. 7) The crane is broken.(1) The quay is flooded.( 2) We decide: \
                    1) to mend the crane; 2) to pump the quay (1 XI). The ice melts.(12)
                    """ + TWELVE_NOTES));

            assertThat(r.noteMarkers()).extracting(NoteMarker::n).containsExactly(1, 2, 12);
            assertThat(r.body()).isEqualTo("(Re: Point I of Protocol No. 7) The crane is broken. The quay is flooded."
                    + " We decide: 1) to mend the crane; 2) to pump the quay (1 XI). The ice melts.");
            assertThat(r.noteMarkers()).containsExactly(
                    new NoteMarker(1, after(r.body(), "broken.")),
                    new NoteMarker(2, after(r.body(), "flooded.")),
                    new NoteMarker(12, after(r.body(), "melts.")));
        }

        @Test
        void a_note_referred_to_twice_has_two_markers() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.(1) The quay is flooded.(2) The old crane again.(1)

                    Translator's Notes

                    1 The old crane.
                    2 The north quay.
                    """));

            assertThat(r.body()).isEqualTo("The crane is broken. The quay is flooded. The old crane again.");
            assertThat(r.noteMarkers()).containsExactly(new NoteMarker(1, after(r.body(), "broken.")),
                    new NoteMarker(2, after(r.body(), "flooded.")), new NoteMarker(1, after(r.body(), "again.")));
        }

        @Test
        void a_parenthesis_that_is_not_a_number_is_text() {
            assertThat(body("Orlov (a name used back in 1925) came (Re: the crane) on (1 XI).\n\n"
                    + "Translator's Notes\n\n1 The old crane.\n"))
                    .isEqualTo("Orlov (a name used back in 1925) came (Re: the crane) on (1 XI).");
        }

        @Test
        void bracketed_numbers_are_markers() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.[1] The quay is flooded.[2]

                    Translator's Notes

                    1 The old crane.
                    2 The north quay.
                    """));

            assertThat(r.body()).isEqualTo("The crane is broken. The quay is flooded.");
            assertThat(r.noteMarkers()).containsExactly(new NoteMarker(1, after(r.body(), "broken.")),
                    new NoteMarker(2, after(r.body(), "flooded.")));
        }

        @Test
        void superscript_numbers_are_markers() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.¹ The quay is flooded.² The ice is thick.¹¹

                    Translator's Notes

                    1 The old crane.
                    2 The north quay.
                    3 Third.
                    4 Fourth.
                    5 Fifth.
                    6 Sixth.
                    7 Seventh.
                    8 Eighth.
                    9 Ninth.
                    10 Tenth.
                    11 The winter of 1961.
                    """));

            assertThat(r.body()).isEqualTo("The crane is broken. The quay is flooded. The ice is thick.");
            assertThat(r.noteMarkers()).containsExactly(new NoteMarker(1, after(r.body(), "broken.")),
                    new NoteMarker(2, after(r.body(), "flooded.")), new NoteMarker(11, after(r.body(), "thick.")));
        }

        @Test
        void a_marker_without_its_note_stays_text_and_is_warned_about_on_its_line() {
            String text = Fiction.record("""
                    The crane is broken.(1)

                    The quay is flooded.(2)

                    Translator's Notes

                    1 The old crane.
                    """);
            int line = lineOf(text, "flooded.(2)");

            ArchiveRecord r = Parsing.accept(text);

            assertThat(r.noteMarkers()).extracting(NoteMarker::n).containsExactly(1);
            assertThat(r.body()).contains("flooded.(2)");
            assertThat(r.warnings()).filteredOn(w -> w.code().equals(WarningCode.MARKER_WITHOUT_NOTE.code()))
                    .singleElement().extracting(Warning::line).isEqualTo(line);
        }

        @Test
        void a_note_that_no_marker_refers_to_is_warned_about_on_its_line() {
            String text = Fiction.record("""
                    The crane is broken.(1)

                    Translator's Notes

                    1 The old crane.

                    2 The north quay.
                    """);

            ArchiveRecord r = Parsing.accept(text);

            assertThat(r.notes()).hasSize(2);
            assertThat(r.warnings()).filteredOn(w -> w.code().equals(WarningCode.NOTE_WITHOUT_MARKER.code()))
                    .singleElement().extracting(Warning::line).isEqualTo(lineOf(text, "2 The north quay."));
        }
    }

    @Nested
    class Body {

        @Test
        void a_paragraph_split_by_a_page_break_is_rejoined_and_its_marker_kept_in_place() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    The crane is broken.(1) The quay is flooded.(2) The ice is thick.(3) Orlov is away.(4) Belova \
                    is ill.(5) The pumps are idle.(6) Cde. Lind: Tell the harbour office to evacuate the

                    workers.(8)Check the cranes before the thaw.

                    Translator's Notes

                    1 One.
                    2 Two.
                    3 Three.
                    4 Four.
                    5 Five.
                    6 Six.
                    7 Seven.
                    8 The dock workers of the north quay.
                    """));

            assertThat(r.body()).contains("to evacuate the workers. Check the cranes before the thaw.");
            assertThat(r.body()).doesNotContain("\n");
            assertThat(r.noteMarkers()).contains(new NoteMarker(8, after(r.body(), "workers.")));
            assertThat(r.turns()).singleElement().satisfies(t -> {
                assertThat(t.speakers()).containsExactly("Lind");
                assertThat(t.noteRefs()).containsExactly(8);
            });
        }

        @Test
        void paragraphs_are_separated_by_one_blank_line() {
            assertThat(body("The crane is broken.\n\n\n\nThe quay is flooded.\nThe ice is thick."))
                    .isEqualTo("The crane is broken.\n\nThe quay is flooded. The ice is thick.");
        }

        @Test
        void bold_emphasis_and_list_dashes_are_removed() {
            String body = body("""
                    The **crane** is *broken*.

                    - 1) to mend the crane;
                    - 2) to pump the quay.
                    """);

            assertThat(body).startsWith("The crane is broken.\n\n1) to mend the crane;")
                    .contains("2) to pump the quay.")
                    .doesNotContain("*", "- ");
        }

        @Test
        void a_markdown_heading_in_the_contents_is_kept_as_text_and_ends_a_turn() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    Cde. Orlov: The crane is broken.

                    #### On the Quay

                    The quay is flooded.
                    """));

            assertThat(r.body()).isEqualTo("Cde. Orlov: The crane is broken.\n\nOn the Quay\n\nThe quay is flooded.");
            assertThat(r.turns()).extracting(Turn::text).containsExactly("The crane is broken.");
        }

        @Test
        void contents_run_together_on_one_line_are_split_into_body_and_notes() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    Minutes of the Harbour Committee (Re: Point II of Protocol No. 7) (1) On the Crane (Orlov, Belova) \
                    1) to mend the crane; (2) 2) to send Cde. Belova to the port. (3) Translator's Notes 1 Protocol \
                    No. 7 is lost. 2 The crane of the north quay. 3 Belova went there in April 1961.
                    """));

            assertThat(r.notes()).extracting(Note::n, Note::text).containsExactly(
                    tuple(1, "Protocol No. 7 is lost."),
                    tuple(2, "The crane of the north quay."),
                    tuple(3, "Belova went there in April 1961."));
            assertThat(r.noteMarkers()).extracting(NoteMarker::n).containsExactly(1, 2, 3);
            assertThat(r.body()).isEqualTo("Minutes of the Harbour Committee (Re: Point II of Protocol No. 7) On the"
                    + " Crane (Orlov, Belova) 1) to mend the crane; 2) to send Cde. Belova to the port.");
            assertThat(r.protocolRefs()).containsExactly(new ProtocolRef("7", "II"));
            assertThat(r.turns()).isEmpty();
        }

        @Test
        void label_words_inside_the_contents_are_text() {
            assertThat(body("Source: the harbour master. Summary: the crane is broken. Citation: none."))
                    .isEqualTo("Source: the harbour master. Summary: the crane is broken. Citation: none.");
        }

        @Test
        void protocol_references_give_number_and_points() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    (Re: Protocol No. 51) The crane is broken.

                    (Re: Points I and II of Protocol No. 52) The quay is flooded.
                    """));

            assertThat(r.protocolRefs()).containsExactlyInAnyOrder(new ProtocolRef("51", null),
                    new ProtocolRef("52", "I"), new ProtocolRef("52", "II"));
        }
    }

    @Nested
    class Turns {

        @Test
        void an_attribution_followed_by_any_dash_or_a_colon_opens_a_turn() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    Cde. Orlov—The crane is broken.

                    Cde. Belova–the quay is flooded.

                    Cde. Sidorov - we wait for the thaw.

                    Cde. Lind: Agreed.
                    """));

            assertThat(r.turns()).extracting(Turn::speakers, Turn::text).containsExactly(
                    tuple(List.of("Orlov"), "The crane is broken."),
                    tuple(List.of("Belova"), "the quay is flooded."),
                    tuple(List.of("Sidorov"), "we wait for the thaw."),
                    tuple(List.of("Lind"), "Agreed."));
            assertThat(r.speakers()).containsExactly("Orlov", "Belova", "Sidorov", "Lind");
        }

        @Test
        void an_attribution_after_the_end_of_a_sentence_opens_a_turn_inside_a_paragraph() {
            ArchiveRecord r = Parsing.accept(Fiction.record(
                    "Cde. Orlov—The crane is broken. Cde. Belova: The quay is flooded.(1)\n\n"
                            + "Translator's Notes\n\n1 The north quay.\n"));

            assertThat(r.turns()).extracting(Turn::speakers, Turn::text, Turn::noteRefs).containsExactly(
                    tuple(List.of("Orlov"), "The crane is broken.", List.of()),
                    tuple(List.of("Belova"), "The quay is flooded.", List.of(1)));
        }

        @Test
        void several_comrades_open_one_turn_together() {
            ArchiveRecord r = Parsing.accept(Fiction.record("Cdes. Orlov, Belova: We agree about the crane."));

            assertThat(r.turns()).extracting(Turn::speakers, Turn::text)
                    .containsExactly(tuple(List.of("Orlov", "Belova"), "We agree about the crane."));
        }

        @Test
        void comrades_joined_by_commas_open_one_turn_even_across_a_page_break() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    Cde. Orlov, Cde. Belova, Cde.

                    Sidorov: The crane must go.
                    """));

            assertThat(r.body()).isEqualTo("Cde. Orlov, Cde. Belova, Cde. Sidorov: The crane must go.");
            assertThat(r.turns()).extracting(Turn::speakers, Turn::text)
                    .containsExactly(tuple(List.of("Orlov", "Belova", "Sidorov"), "The crane must go."));
        }

        @Test
        void a_bare_name_and_colon_at_a_paragraph_start_opens_a_turn() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    Sidorov: A gloomy winter. The ice is thick.

                    Lind: The pumps are idle.
                    """));

            assertThat(r.turns()).extracting(Turn::speakers, Turn::text).containsExactly(
                    tuple(List.of("Sidorov"), "A gloomy winter. The ice is thick."),
                    tuple(List.of("Lind"), "The pumps are idle."));
        }

        @Test
        void a_bare_name_and_hyphen_is_a_list_entry_not_a_turn() {
            ArchiveRecord r = Parsing.accept(Fiction.record("""
                    Orlov-the harbour master.

                    Belova-the engineer.
                    """));

            assertThat(r.turns()).isEmpty();
            assertThat(r.speakers()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Cde. Orlov provides information about the crane.",
                "Cde. Orlov is to be sent to the north quay.",
                "Cde. Orlov's cable about the ice.",
                "Cde. Orlov’s cable about the ice.",
                "Send Cdes. Orlov and Belova to the port."})
        void reported_speech_tasks_and_possessives_open_no_turn(String paragraph) {
            assertThat(Parsing.accept(Fiction.record(paragraph)).turns()).isEmpty();
        }

        @Test
        void a_comrade_with_initials_speaks_under_his_surname() {
            ArchiveRecord r = Parsing.accept(Fiction.record("Cde. N. S. Orlov—The crane is broken."));

            assertThat(r.speakers()).containsExactly("Orlov");
        }

        @Test
        void a_hyphen_glued_to_a_comrades_name_opens_a_turn() {
            ArchiveRecord r = Parsing.accept(Fiction.record("Cde. Orlov-the crane is broken."));

            assertThat(r.turns()).extracting(Turn::speakers, Turn::text)
                    .containsExactly(tuple(List.of("Orlov"), "the crane is broken."));
        }

        @Test
        void a_hyphenated_surname_speaks_whole() {
            ArchiveRecord r = Parsing.accept(Fiction.record("Cde. Bonch-Bruevich: The crane is broken."));

            assertThat(r.speakers()).containsExactly("Bonch-Bruevich");
            assertThat(r.turns()).extracting(Turn::text).containsExactly("The crane is broken.");
        }

        @Test
        void three_comrades_joined_by_and_open_one_turn() {
            ArchiveRecord r = Parsing.accept(Fiction.record("Cdes. Orlov, Belova, and Sidorov: We agree."));

            assertThat(r.turns()).extracting(Turn::speakers)
                    .containsExactly(List.of("Orlov", "Belova", "Sidorov"));
        }

        @Test
        void a_marker_on_the_speakers_name_belongs_to_the_turn() {
            ArchiveRecord r = Parsing.accept(Fiction.record(
                    "Cde. Orlov(1): The crane is broken.\n\nTranslator's Notes\n\n1 Orlov was the harbour master.\n"));

            assertThat(r.turns()).extracting(Turn::speakers, Turn::text, Turn::noteRefs)
                    .containsExactly(tuple(List.of("Orlov"), "The crane is broken.", List.of(1)));
        }

        @Test
        void reported_speech_inside_a_turn_does_not_end_it() {
            ArchiveRecord r = Parsing.accept(Fiction.record(
                    "Cde. Lind: We start. Cde. Orlov provides information. Cde. Belova is to be sent to the port."));

            assertThat(r.turns()).extracting(Turn::speakers, Turn::text).containsExactly(tuple(List.of("Lind"),
                    "We start. Cde. Orlov provides information. Cde. Belova is to be sent to the port."));
        }
    }

    @Nested
    class Participants {

        private List<String> participants(String contents) {
            return Parsing.accept(Fiction.record(contents)).participants();
        }

        @Test
        void participants_are_the_surnames_of_those_taking_part() {
            assertThat(participants("Those Taking Part: A. Orlov, Belova, K. L. Sidorov\n\nOn the Crane"))
                    .containsExactly("Orlov", "Belova", "Sidorov");
        }

        @Test
        void names_with_participation_by_inside_the_list_take_part() {
            assertThat(participants("Those Taking Part: Orlov, Belova, with Participation by K. Sidorov and M. Lind"))
                    .containsExactly("Orlov", "Belova", "Sidorov", "Lind");
        }

        @Test
        void a_sentence_of_comrades_after_the_list_takes_part() {
            assertThat(participants("Those Taking Part: Orlov, Belova, Sidorov. Cdes. Lind, Kuznetsova, and Petrova"))
                    .containsExactly("Orlov", "Belova", "Sidorov", "Lind", "Kuznetsova", "Petrova");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Those Taking Part: Orlov, Belova, Sidorov. Finnish comrades.",
                "Those Taking Part: Orlov, Belova, Finnish comrades, Sidorov"})
        void groups_are_not_names(String list) {
            assertThat(participants(list)).containsExactly("Orlov", "Belova", "Sidorov");
        }

        @Test
        void titles_before_the_names_are_dropped() {
            assertThat(participants("Those Taking Part: Cde. Orlov, Gen. Belova, Marshal Sidorov, Mr. Lind"))
                    .containsExactly("Orlov", "Belova", "Sidorov", "Lind");
        }

        @Test
        void a_name_with_a_role_in_parentheses_takes_part() {
            assertThat(participants("Those Taking Part: Orlov, Belova (secretary), Sidorov"))
                    .containsExactly("Orlov", "Belova", "Sidorov");
        }

        @Test
        void a_heading_glued_to_the_last_name_is_not_a_name() {
            assertThat(participants("Those Taking Part: Orlov, Belova, Sidorov.On the Operations of the Port"))
                    .containsExactly("Orlov", "Belova", "Sidorov");
        }

        @Test
        void every_list_counts_and_each_name_once_in_order_of_first_appearance() {
            assertThat(participants("""
                    Those Taking Part: Orlov, Belova

                    On the Crane

                    Those Taking Part: Sidorov, Belova, Lind
                    """)).containsExactly("Orlov", "Belova", "Sidorov", "Lind");
        }
    }

    /** The body offset right after the first {@code text}. */
    private static int after(String body, String text) {
        int at = body.indexOf(text);
        assertThat(at).as("\"%s\" in the body", text).isNotNegative();
        return at + text.length();
    }

    /** The 1-based line of the first {@code text} in {@code source}. */
    private static int lineOf(String source, String text) {
        int at = source.indexOf(text);
        assertThat(at).as("\"%s\" in the source", text).isNotNegative();
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
