package org.fonds.parse.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.parse.RefusalCode;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** Word documents written here ({@link Docx}) in our own words, with the parts a translator's file has. */
class WordDocumentTest {
    private static final RecordParser PARSER = new RecordParser();

    @Test
    void paragraphs_breaks_and_footnotes_in_the_order_the_text_refers_to_them() {
        byte[] docx = Docx.of(List.of("Minutes of the Bureau", "12 March 1958",
                "Cde. Ivanov: The plan{fn:Translator's note: the second five-year plan.} stands.\nIt is agreed.",
                "Cde. Petrov: The harvest{fn:Translator's note: of 1957.} was good."));

        WordDocument.Text text = (WordDocument.Text) WordDocument.read(docx);

        assertThat(text.text()).isEqualTo("Minutes of the Bureau\n\n12 March 1958\n\nCde. Ivanov: The plan[1] stands.\nIt is agreed.\n\n"
                + "Cde. Petrov: The harvest[2] was good.\n\n[1] Translator's note: the second five-year plan.\n[2] Translator's note: of 1957.");
    }

    @Test
    void a_word_document_gives_the_record_with_its_footnotes_as_notes() {
        byte[] docx = Docx.of(List.of("Minutes of the Bureau", "12 March 1958",
                "Cde. Ivanov: The plan{fn:Translator's note: the second five-year plan.} stands.",
                "Cde. Petrov: Agreed."));

        ParseOutcome outcome = PARSER.parse("minutes.docx", docx);

        assertThat(outcome).isInstanceOf(ParseOutcome.Accepted.class);
        ArchiveRecord r = ((ParseOutcome.Accepted) outcome).record();
        assertThat(r.title()).isEqualTo("Minutes of the Bureau");
        assertThat(r.date()).isEqualTo("1958-03-12");
        assertThat(r.speakers()).containsExactly("Ivanov", "Petrov");
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("second five-year plan"));
        assertThat(r.body()).doesNotContain("deleted sentence").doesNotContain("PAGE");
    }

    @Test
    void a_damaged_or_hostile_word_document_is_refused_saying_why() {
        byte[] noText = Docx.zip("[Content_Types].xml", "<Types/>", "word/styles.xml", "<w:styles/>");
        byte[] entity = Docx.zip("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
                + "</w:body></w:document>");
        byte[] whole = Docx.of(List.of("Minutes of the Bureau", "Text."));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        for (byte[] bad : List.of(noText, entity, truncated)) {
            ParseOutcome outcome = PARSER.parse("bad.docx", bad);
            assertThat(outcome).isInstanceOf(ParseOutcome.Refused.class);
            ParseOutcome.Refused refused = (ParseOutcome.Refused) outcome;
            assertThat(refused.refusal().code()).isEqualTo(RefusalCode.BINARY);
            assertThat(refused.refusal().message()).startsWith("a Word document").doesNotContain("root:");
        }
    }
}
