package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.fonds.parse.office.Docx;
import org.fonds.parse.office.Odt;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A translation kept as a Word document or an OpenDocument text reads as its text does. Every real record and seed is written here as a
 * .docx ({@link Docx}: its paragraphs as Word's paragraphs, its lines as line breaks, with a tracked deletion and a
 * field code Word keeps beside the text) and must give the very record its text gives, id and warnings included.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WordRecordsTest {
    private static final RecordParser PARSER = new RecordParser();

    static Stream<Path> records() throws IOException {
        return SavedWebPagesTest.records();
    }

    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_kept_as_a_word_document_reads_as_its_text(Path file) throws IOException {
        String shown = SavedWebPagesTest.asShown(Files.readString(file, StandardCharsets.UTF_8));
        String name = file.getFileName().toString();

        ArchiveRecord fromText = Parsing.accepted(PARSER.parse(name, shown.getBytes(StandardCharsets.UTF_8)));
        ArchiveRecord fromWord = Parsing.accepted(PARSER.parse(name, Docx.of(Arrays.asList(shown.split("\n\n")))));

        assertThat(fromWord).isEqualTo(fromText);
    }

    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_kept_as_an_opendocument_text_reads_as_its_text(Path file) throws IOException {
        String shown = SavedWebPagesTest.asShown(Files.readString(file, StandardCharsets.UTF_8));
        String name = file.getFileName().toString();

        ArchiveRecord fromText = Parsing.accepted(PARSER.parse(name, shown.getBytes(StandardCharsets.UTF_8)));
        ArchiveRecord fromOdt = Parsing.accepted(PARSER.parse(name, Odt.of(Arrays.asList(shown.split("\n\n")))));

        assertThat(fromOdt).isEqualTo(fromText);
    }
}
