package org.fonds.parse.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** OpenDocument texts written here ({@link Odt}) in our own words, as LibreOffice saves a translation. */
class OpenDocumentTextTest {
    @Test
    void paragraphs_spaces_breaks_and_notes_in_order_without_deletions_or_comments() {
        byte[] odt = Odt.of(List.of("Minutes of the Bureau", "12 March 1958",
                "Cde. Ivanov: The plan{fn:Translator's note: the second five-year plan.} stands.\nIt is  agreed.",
                "Cde. Petrov: The harvest{fn:Translator's note: of 1957.} was good."));

        assertThat(OpenDocumentText.isOdt(odt)).isTrue();
        WordDocument.Text text = (WordDocument.Text) OpenDocumentText.read(odt);

        assertThat(text.text()).isEqualTo("Minutes of the Bureau\n\n12 March 1958\n\nCde. Ivanov: The plan[1] stands.\nIt is  agreed.\n\n"
                + "Cde. Petrov: The harvest[2] was good.\n\n[1] Translator's note: the second five-year plan.\n[2] Translator's note: of 1957.");
    }

    @Test
    void an_opendocument_text_gives_the_record_and_a_word_document_is_no_opendocument() {
        byte[] odt = Odt.of(List.of("Minutes of the Bureau", "12 March 1958",
                "Cde. Ivanov: The plan{fn:Translator's note: the second five-year plan.} stands.", "Cde. Petrov: Agreed."));

        ArchiveRecord r = ((ParseOutcome.Accepted) new RecordParser().parse("minutes.odt", odt)).record();

        assertThat(r.title()).isEqualTo("Minutes of the Bureau");
        assertThat(r.speakers()).containsExactly("Ivanov", "Petrov");
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("second five-year plan"));
        assertThat(r.body()).doesNotContain("deleted sentence").doesNotContain("check this");
        assertThat(OpenDocumentText.isOdt(Docx.of(List.of("Text.")))).isFalse();
    }
}
