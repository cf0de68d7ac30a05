package org.fonds.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.fonds.parse.office.Docx;
import org.fonds.parse.office.Odt;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A translation kept as a Word document or an OpenDocument text reads as its text does. Every real record and seed
 * is written here as a .docx ({@link Docx}: its paragraphs as Word's paragraphs, its lines as line breaks, with a
 * tracked deletion and a field code Word keeps beside the text) and as an .odt ({@link Odt}, with a tracked deletion
 * and a comment), and each must give the very record its text gives, id and warnings included.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WordRecordsTest {
    static Stream<Path> records() throws IOException {
        return SavedWebPagesTest.records();
    }

    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_kept_as_a_word_document_reads_as_its_text(Path file) throws IOException {
        SavedWebPagesTest.readsAsItsText(file, shown -> Docx.of(Arrays.asList(shown.split("\n\n"))));
    }

    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_kept_as_an_opendocument_text_reads_as_its_text(Path file) throws IOException {
        SavedWebPagesTest.readsAsItsText(file, shown -> Odt.of(Arrays.asList(shown.split("\n\n"))));
    }
}
