package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.NoteMarker;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * FRUS's footnotes as history.state.gov's pages give them when saved or copied (frus1955-57v25/d146, d154,
 * frus1955-57v24/d46, d50, frus1955-57v03mSupp/d371, frus1952-54v15p1/d569): the first, "Source: Department of
 * State, Central Files, …", is where the document was found; the notes end the text as "- …↩" lines (the page's
 * return links) or as "1. …" lines, a note may run on to paragraphs of its own, and the markers are superscripts
 * flattened into digits glued to the words. The real FRUS telegram of the corpus (b19) is rebuilt into each shape;
 * its source note is written in our own words around its own file number.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrusFootnotesTest {
    /** Our words, in the shape of a FRUS source note, around b19's own file number. */
    private static final String SOURCE = "Source: Department of State, Central Files, 893.796/9–348. Secret; Priority. Drafted by a desk officer.";

    /** b19 without its footnote: the file line, the heading, the text and the signature. */
    private static String telegram() throws IOException {
        String whole = Files.readString(Seeds.corpus("real/docs").resolve("b19_frus_telegram_1948.txt"), StandardCharsets.UTF_8);
        return whole.substring(0, whole.indexOf("  1. Director"));
    }

    private static final String NOTE = "Director of the Chinese Government Information Office.";

    @Test
    @NeedsShared("corpus/real/docs")
    void the_source_footnote_saved_with_its_return_link_is_the_citation_and_the_notes_end_the_text() throws IOException {
        String text = telegram();
        ArchiveRecord plain = Parsing.accept(text);
        ArchiveRecord r = Parsing.accept(text + "- " + SOURCE + "↩\n- " + NOTE + "↩\n");

        assertThat(r.body()).isEqualTo(plain.body());
        assertThat(r.notes()).extracting(Note::n).containsExactly(1, 2);
        assertThat(r.notes().get(1).text()).isEqualTo(NOTE);
        assertThat(r.citation()).isEqualTo(SOURCE.substring("Source: ".length()));
        assertThat(r.repository()).isEqualTo("Department of State");
        assertThat(r.archivalReferences()).singleElement().satisfies(ref -> {
            assertThat(ref.archive()).isEqualTo("Department of State");
            assertThat(ref.text()).isEqualTo("Central Files, 893.796/9–348");
        });
        assertThat(r.classification()).isEqualTo("Secret");
        assertThat(r.warnings()).extracting(w -> w.code()).doesNotContain("no-citation", "no-body");
    }

    /** A long note set as a lone list dash, then its paragraphs; the page cut inside it (frus1955-57v24/d50). */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_note_opened_by_a_lone_dash_runs_over_its_paragraphs_to_its_return_link_or_the_cut() throws IOException {
        String text = telegram();
        ArchiveRecord plain = Parsing.accept(text);
        ArchiveRecord r = Parsing.accept(text + "- " + SOURCE + "↩\n-\nThe press office had named him the week before.\n"
                + "“He spoke for the government,” a report of the time said, and");

        assertThat(r.body()).isEqualTo(plain.body());
        assertThat(r.notes()).extracting(Note::n).containsExactly(1, 2);
        assertThat(r.notes().get(1).text()).startsWith("The press office had named him").endsWith("said, and");
    }

    /** "1. Source: …", then a note whose second paragraph has no number (frus1955-57v24/d46). */
    @Test
    @NeedsShared("corpus/real/docs")
    void a_numbered_note_runs_on_to_a_paragraph_of_its_own_after_the_source_note() throws IOException {
        String text = telegram();
        ArchiveRecord plain = Parsing.accept(text);
        ArchiveRecord r = Parsing.accept(text + "  1. " + SOURCE + "\n  2. " + NOTE
                + "\n\n    He had announced it to the press in the morning, a later memorandum says.\n  3. Supra.\n");

        assertThat(r.body()).isEqualTo(plain.body());
        assertThat(r.notes()).extracting(Note::n).containsExactly(1, 2, 3);
        assertThat(r.notes().get(1).text()).startsWith(NOTE).endsWith("a later memorandum says.");
        assertThat(r.citation()).startsWith("Department of State, Central Files, 893.796/9–348.");
    }

    /**
     * The markers of frus1955-57v25/d146, d25, d154 and frus1949v05/d295 in our own words: "Embtel 412.2", "Perkins3",
     * "(Deptel 77),4"; the text's own numbers ("1.5 kilometers", "(1) and (2)", "1:03", "Tu-104") stay text, and a
     * number past the next note is no marker.
     */
    @Test
    void markers_glued_to_words_are_taken_in_order_and_the_texts_own_numbers_are_left() {
        ArchiveRecord r = Parsing.accept("""
                214. Telegram From the Embassy in Ruritania to the Department of State1

                412. Embtel 412.2 The minister told me at 1:03 that Perkins3 will not come. Of the two courses, (1) and (2), \
                we prefer the first (Deptel 77),4 since the Tu-104 landed 1.5 kilometers short.7 Nothing more.

                Smith
                - Source: Department of State, Central Files, 611.00/1–1056. Confidential.↩
                - Telegram 412 from the capital, not printed.↩
                - Mr. Perkins of the European desk.↩
                - Not printed.↩
                """);

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.noteMarkers()).extracting(NoteMarker::n).containsExactly(2, 3, 4);
        assertThat(r.body()).contains("Embtel 412. The minister told me at 1:03 that Perkins will not come.")
                .contains("(1) and (2), we prefer the first (Deptel 77), since the Tu-104 landed 1.5 kilometers short.7 Nothing");
        List<NoteMarker> m = r.noteMarkers();
        assertThat(r.body().substring(0, m.get(1).offset())).endsWith("Perkins");
        assertThat(r.warnings()).extracting(w -> w.code()).doesNotContain("note-without-marker");
    }

    /** A telegram's number opening its only paragraph is no footnote (frus1952-54v08/d602, its notes cut away). */
    @Test
    void a_lone_numbered_paragraph_past_nine_is_the_text_not_a_footnote() {
        ArchiveRecord r = Parsing.accept("""
                661.00/7–953: Telegram

                No. 602
                The Ambassador in Ruritania (Smith) to the Department of State1

                top secret

                133. What I meant in the statement was that the gestures of the campaign had shown themselves for what they were.
                """);

        assertThat(r.notes()).isEmpty();
        assertThat(r.body()).startsWith("133. What I meant");
    }
}
