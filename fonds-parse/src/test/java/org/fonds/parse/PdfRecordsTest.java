package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record printed as a PDF (a translation's PDF, as an archive or a word processor makes one) is read from its text
 * layer. Every real record and seed is printed here ({@link PdfPages}: A4, lines wrapped at the margin, a page
 * number at each foot) and read back: it is taken in, keeps the record's promises, has the date its text gives, and
 * loses none of its text's words (a PDF's lines are wrapped, so its paragraphs and a long title may be cut otherwise
 * than the text's: the words, not the lines, are what must survive).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PdfRecordsTest {
    private static final RecordParser PARSER = new RecordParser();

    static List<Path> records() throws IOException {
        return SavedWebPagesTest.records().toList();
    }

    @BeforeEach
    void font() {
        Required.present(PdfPages.fontPresent(), "the PDF tests print records in DejaVu Sans (" + PdfPages.FONT
                + "): apt-get install fonts-dejavu-core (./fonds test does, as root)");
    }

    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_printed_as_a_pdf_is_read_from_its_text_with_its_date_and_every_word(Path file) throws IOException {
        String shown = SavedWebPagesTest.asShown(Files.readString(file, StandardCharsets.UTF_8));
        ArchiveRecord fromText = Parsing.accepted(PARSER.parse("record.txt", shown.getBytes(StandardCharsets.UTF_8)));

        ParseOutcome outcome = PARSER.parse("record.pdf", PdfPages.of(shown));

        ArchiveRecord fromPdf = Parsing.accepted(outcome);
        assertThat(Parsing.isParserFailure(outcome)).isFalse();
        RecordInvariants.structural(fromPdf);
        assertThat(fromPdf.date()).isEqualTo(fromText.date());
        Set<String> pdfWords = words(String.join(" ", fromPdf.title(), fromPdf.summary(), fromPdf.citation(), fromPdf.body(),
                fromPdf.notes().toString()));
        assertThat(Arrays.stream(fromText.body().split("\\s+")).filter(w -> !w.isEmpty()))
                .as("the text's words in the PDF's record").allMatch(pdfWords::contains);
    }

    /**
     * The title survives the page's wrapping: a long title's lines are joined again, and a line under a title that
     * filled its line (b03's funder line) does not run into it. A text whose header is run onto one line of thousands
     * of chars (b16, b24, b25: a whole page copied as one line) is left out: the PDF breaks it into many lines, and a
     * break by width inside it cannot be told from the title's end.
     */
    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_printed_as_a_pdf_has_the_title_its_text_has(Path file) throws IOException {
        String shown = SavedWebPagesTest.asShown(Files.readString(file, StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assumptions.assumeTrue(shown.lines().limit(5).allMatch(l -> l.length() <= 500),
                "a header run onto one line");
        ArchiveRecord fromText = Parsing.accepted(PARSER.parse("record.txt", shown.getBytes(StandardCharsets.UTF_8)));

        ArchiveRecord fromPdf = Parsing.accepted(PARSER.parse("record.pdf", PdfPages.of(shown)));

        assertThat(fromPdf.title()).isEqualTo(fromText.title());
    }

    /** What a PDF's joined lines make of a title that filled its line above the archive's funder line (b03's shape). */
    @org.junit.jupiter.api.Test
    void a_title_run_into_the_archives_funder_line_ends_before_it() {
        ArchiveRecord r = Parsing.accept("""
                The board answers the harbour's letter and proposes to mend the cranes before the winter.
                October 25, 1962
                Harbour Board of the Northern Union Protocol 61 This document was made possible with support from the Sample Foundation
                Present: Orlov, Belova, Sokolov.
                On the cranes.
                Orlov
                Mend them.
                """);

        assertThat(r.title()).isEqualTo("Harbour Board of the Northern Union Protocol 61");
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.split("\\s+")));
    }
}
