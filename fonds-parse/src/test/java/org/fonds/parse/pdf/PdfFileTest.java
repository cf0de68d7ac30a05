package org.fonds.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.parse.RefusalCode;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** PDFs made here with PDFBox, in our own words, as word processors and scanners make them. */
class PdfFileTest {
    private static final RecordParser PARSER = new RecordParser();

    @Test
    void a_pdf_is_known_by_its_header_within_the_first_kilobyte() {
        assertThat(PdfFile.isPdf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(PdfFile.isPdf(("x".repeat(1000) + "%PDF-1.4").getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(PdfFile.isPdf(("x".repeat(1100) + "%PDF-1.4").getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(PdfFile.isPdf("Minutes: 100%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(PdfFile.isPdf(new byte[0])).isFalse();
    }

    @Test
    void the_pages_text_is_read_top_to_bottom_without_the_page_numbers_at_their_feet() throws IOException {
        byte[] pdf = plain(List.of("Minutes of the Bureau", "12 March 1958", "Cde. Ivanov: The plan stands."),
                List.of("Cde. Petrov: Agreed.", "Point 2 of the agenda: 1956 harvest."));

        ArchiveRecord r = accepted(PARSER.parse("bureau.pdf", pdf));

        assertThat(r.title()).isEqualTo("Minutes of the Bureau");
        assertThat(r.date()).isEqualTo("1958-03-12");
        assertThat(r.speakers()).containsExactly("Ivanov", "Petrov");
        assertThat(r.body()).contains("Point 2 of the agenda: 1956 harvest.").doesNotContainPattern("(?m)^- ?\\d+ ?-$");
    }

    @Test
    void a_line_the_page_wrapped_is_joined_again_and_a_list_keeps_its_lines() throws IOException {
        String opening = "Cde. Ivanov: The plan for the second quarter stands, and the wagons for the grain of the";
        byte[] pdf = plain(List.of("Minutes of the Bureau", opening, "southern regions will be sent in June.", "Present:",
                "Cde. Ivanov", "Cde. Petrov"));

        String text = ((PdfFile.Text) PdfFile.read(pdf)).text();

        // the opening line is the page's longest: "southern" did not fit after it; "Cde." would have fitted after "Present:"
        assertThat(text).contains(opening + " southern regions will be sent in June.\nPresent:\nCde. Ivanov\nCde. Petrov");
    }

    /**
     * A printed volume's running head over every page and an archive's foot under every page (digits aside, the same
     * line at the same edge of two pages or more) are dropped, so the sentence a page breaks reads on; the first page's
     * head stays (it may be the document's own heading). Heads and feet stand a line apart from the text, as printed.
     */
    @Test
    void running_heads_and_feet_are_dropped_but_the_first_pages_head() throws IOException {
        String opening = "Cde. Ivanov: The plan for the second quarter stands, and the wagons for the grain of the";
        byte[] pdf = plain(
                List.of("Papers of the Harbour Board, 1958, Volume 3", "", "Minutes of the Bureau", opening,
                        "southern regions will be sent in June.", "", "Sample Archive, copy 1 of 3"),
                List.of("Papers of the Harbour Board, 1958, Volume 3", "", "Cde. Petrov: Agreed.", "", "Sample Archive, copy 2 of 3"),
                List.of("Papers of the Harbour Board, 1958, Volume 3", "", "Point 2 of the agenda.", "", "Sample Archive, copy 3 of 3"));

        String text = ((PdfFile.Text) PdfFile.read(pdf)).text();

        assertThat(text).isEqualTo("Papers of the Harbour Board, 1958, Volume 3\n\nMinutes of the Bureau\n" + opening
                + " southern regions will be sent in June.\nCde. Petrov: Agreed.\nPoint 2 of the agenda.");
    }

    /** Guard: lines that open two pages but differ in their words, and any line of a one-page PDF, stay. */
    @Test
    void lines_that_differ_at_the_page_heads_and_a_single_pages_lines_stay() throws IOException {
        String two = ((PdfFile.Text) PdfFile.read(plain(List.of("Cde. Ivanov: First.", "More."),
                List.of("Cde. Petrov: Second.", "Less.")))).text();
        String one = ((PdfFile.Text) PdfFile.read(plain(List.of("Sample Archive, copy 1 of 3", "Text.", "Sample Archive, copy 1 of 3")))).text();

        assertThat(two).isEqualTo("Cde. Ivanov: First.\nMore.\nCde. Petrov: Second.\nLess.");
        assertThat(one).isEqualTo("Sample Archive, copy 1 of 3\nText.\nSample Archive, copy 1 of 3");
    }

    /** A rule across the page (b22's "=====" under the translator's note) is wider than any space left: its own line. */
    @Test
    void a_rule_across_the_page_keeps_its_own_line() throws IOException {
        String note = "[The letter was written in Spanish and is given here in the translation of the bureau.]";
        String rule = "=".repeat(70);
        byte[] pdf = plain(List.of("Letter of the Harbour Board", note, rule, "Havana, 26 October 1962", "Dear Comrade:"));

        String text = ((PdfFile.Text) PdfFile.read(pdf)).text();

        assertThat(text).contains(note + "\n" + rule + "\nHavana, 26 October 1962");
        assertThat(org.fonds.parse.text.Markup.isRule("=====")).isTrue();
        assertThat(org.fonds.parse.text.Markup.isRule("==")).isFalse();
        assertThat(org.fonds.parse.text.Markup.isRule("=-=")).isFalse();
        assertThat(org.fonds.parse.text.Markup.isRule("Havana")).isFalse();
    }

    @Test
    void a_number_alone_is_dropped_only_at_a_pages_edge_and_a_year_never() {
        String text = "- 3 -\nMinutes\n1956\ntext\nPage 4 of 9\n\f\n12\nmore\n2";
        assertThat(PdfFile.withoutPrintFurniture(text.replace("\n\f\n", "\n\f\n"))).isEqualTo("Minutes\n1956\ntext\nmore");
        assertThat(PdfFile.withoutPrintFurniture("1956\nMinutes")).isEqualTo("1956\nMinutes");
    }

    @Test
    void a_scan_without_a_text_layer_is_refused_saying_so() throws IOException {
        byte[] pdf = plain(List.of(), List.of());

        ParseOutcome outcome = PARSER.parse("scan.pdf", pdf);

        assertThat(outcome).isInstanceOf(ParseOutcome.Refused.class);
        ParseOutcome.Refused refused = (ParseOutcome.Refused) outcome;
        assertThat(refused.refusal().code()).isEqualTo(RefusalCode.NO_TEXT);
        assertThat(refused.refusal().message()).contains("2 pages with no text layer").contains("OCR");
    }

    @Test
    void a_pdf_locked_by_a_password_is_refused_naming_it_and_one_that_only_forbids_copying_is_read() throws IOException {
        ParseOutcome locked = PARSER.parse("locked.pdf", locked("secret", List.of("Minutes of the Bureau"), List.of()));
        assertThat(((ParseOutcome.Refused) locked).refusal().message()).contains("password");

        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        byte[] restricted = pdf(new StandardProtectionPolicy("owner", "", noCopy), List.of("Minutes of the Bureau", "Text."));
        assertThat(accepted(PARSER.parse("restricted.pdf", restricted)).title()).isEqualTo("Minutes of the Bureau");
    }

    @Test
    void a_damaged_or_truncated_pdf_is_refused_with_the_reason_never_read_as_text() throws IOException {
        byte[] whole = plain(List.of("Minutes of the Bureau", "Text."), List.of());
        for (byte[] bad : List.of("%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(whole, whole.length / 3), "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            ParseOutcome outcome = PARSER.parse("bad.pdf", bad);
            assertThat(outcome).isInstanceOf(ParseOutcome.Refused.class);
            assertThat(((ParseOutcome.Refused) outcome).refusal().message()).startsWith("a PDF");
        }
    }

    private static ArchiveRecord accepted(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Accepted.class);
        return ((ParseOutcome.Accepted) outcome).record();
    }

    @SafeVarargs
    private static byte[] plain(List<String>... pages) throws IOException {
        return pdf(null, pages);
    }

    @SafeVarargs
    private static byte[] locked(String userPassword, List<String>... pages) throws IOException {
        return pdf(new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission()), pages);
    }

    /** Pages of Helvetica lines, each page's number at its foot drawn first (as word processors draw their footers). */
    @SafeVarargs
    private static byte[] pdf(StandardProtectionPolicy policy, List<String>... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int number = 0;
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                number++;
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    if (!lines.isEmpty()) {
                        show(c, font, "- " + number + " -", 280, 30);
                        float y = 780;
                        for (String line : lines) {
                            show(c, font, line, 60, y);
                            y -= 14;
                        }
                    } else {
                        c.addRect(50, 50, 400, 600); // a scan's picture stands in: drawn, no text
                        c.fill();
                    }
                }
            }
            if (policy != null) doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream c, PDType1Font font, String text, float x, float y) throws IOException {
        c.beginText();
        c.setFont(font, 11);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }
}
