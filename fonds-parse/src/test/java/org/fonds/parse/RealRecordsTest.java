package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers' rules, each on the real record that needs it ({@code corpus/real} in the shared
 * folder, read in place: its texts are never copied here). A rule is named after what it shows.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RealRecordsTest {
    private static final RecordParser PARSER = new RecordParser();

    static Stream<Path> realRecords() throws IOException {
        try (Stream<Path> files = Files.list(Seeds.corpus("real/docs"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static ArchiveRecord read(String prefix) throws IOException {
        Path file = realRecords().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        return Parsing.accepted(PARSER.parse(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    @ParameterizedTest
    @MethodSource("realRecords")
    @NeedsShared("corpus/real/docs")
    void no_real_record_is_refused_and_each_keeps_the_promises_of_the_record(Path file) throws IOException {
        ParseOutcome outcome = PARSER.parse(file.getFileName().toString(), Files.readAllBytes(file));

        ArchiveRecord r = Parsing.accepted(outcome);
        assertThat(Parsing.isParserFailure(outcome)).isFalse();
        assertThat(r.title()).as("title of %s", file.getFileName()).isNotBlank();
        RecordInvariants.structural(r);
    }

    @Test
    void a_national_security_archive_page_without_labels_gives_title_date_source_and_the_speakers_list() throws IOException {
        ArchiveRecord r = read("18_");

        assertThat(r.layout()).isEqualTo("nsa");
        assertThat(r.title()).startsWith("Working Notes from the Session of the CPSU CC Presidium on 21 October 1956");
        assertThat(r.date()).isEqualTo("1956-10-21");
        assertThat(r.compiler()).isEqualTo("V. N. Malin");
        assertThat(r.speakers()).contains("Molotov", "Furtseva", "Malenkov", "Khrushchev");
    }

    @Test
    void an_export_whose_body_follows_the_summary_without_a_contents_label_is_read() throws IOException {
        ArchiveRecord r = read("06_");

        assertThat(r.date()).isEqualTo("1956-11-03");
        assertThat(r.body()).contains("Kadar");
        assertThat(r.speakers()).contains("Kadar");
    }

    @Test
    void the_legacy_page_gives_its_indented_citation_and_malins_lists_broken_over_lines() throws IOException {
        ArchiveRecord r = read("b01_");

        assertThat(r.layout()).isEqualTo("wcda-legacy-page");
        assertThat(r.title()).isEqualTo("CENTRAL COMMITTEE OF THE COMMUNIST PARTY OF THE SOVIET UNION PRESIDIUM PROTOCOL 66");
        assertThat(r.archiveDocumentId()).isEqualTo("115093");
        assertThat(r.translators()).containsExactly("Mark Kramer");
        assertThat(r.speakers()).contains("Gromyko", "Kozlov", "Ponomarev", "Suslov");
        assertThat(r.kind()).isEqualTo("working notes");
        // the summary stands between "get citation" and the indented citation
        assertThat(r.summary()).startsWith("Protocol 66 is the first Malin note").doesNotContain("Digital Archive");
        assertThat(read("b15_").summary()).startsWith("Romanian meeting minutes").endsWith("non-proliferation.");
    }

    @Test
    void bare_name_lines_under_an_agenda_item_are_malins_lists_of_speakers() throws IOException {
        ArchiveRecord r = read("b03_");

        assertThat(r.speakers()).contains("Khrushchev", "Gromyko", "Kuznetsov", "Polyansky", "Ilichev");
        assertThat(r.kind()).isEqualTo("working notes");
    }

    @Test
    void a_title_in_capitals_as_a_label_opens_a_turn_and_a_month_alone_is_no_date() throws IOException {
        ArchiveRecord r = read("b21_");

        assertThat(r.title()).startsWith("Record of Conversations between Cde. N. S. Khrushchev");
        assertThat(r.date()).isEqualTo("1961-08-17");
        assertThat(r.speakers()).contains("HO CHI MINH", "N. S. KHRUSHCHEV");
    }

    @Test
    void crest_gives_the_publication_date_not_the_release_or_creation_date_and_its_classification() throws IOException {
        ArchiveRecord r = read("b11_");

        assertThat(r.layout()).isEqualTo("crest");
        assertThat(r.date()).isEqualTo("1950-03-13");
        assertThat(r.classification()).isEqualTo("S");
    }

    @Test
    void a_broadcast_transcript_is_titled_by_its_parenthesised_heading_and_dated_by_its_source_line() throws IOException {
        ArchiveRecord r = read("b17_");

        assertThat(r.layout()).isEqualTo("fbis");
        assertThat(r.title()).startsWith("Live speech by Premier Fidel Castro");
        assertThat(r.date()).isEqualTo("1965-09-29");
        assertThat(r.kind()).isEqualTo("speech");
        assertThat(r.from()).containsExactly("Fidel Castro");
    }

    @Test
    void pdf_text_run_together_on_one_line_is_titled_after_its_page_header() throws IOException {
        ArchiveRecord r = read("b25_");

        assertThat(r.layout()).isEqualTo("pdf-text");
        assertThat(r.title()).isEqualTo("Memorandum of Conversation between Anastas Mikoyan and Zhou Enlai");
        assertThat(r.date()).isEqualTo("1949-02-01");
        assertThat(r.translators()).containsExactly("Sergey Radchenko");
    }

    @Test
    void sender_and_addressee_come_from_a_title_that_names_them() throws IOException {
        ArchiveRecord r = read("b07_");

        assertThat(r.from()).containsExactly("P. Shelest");
        assertThat(r.to()).containsExactly("CPSU CC");
        assertThat(r.kind()).isEqualTo("report");
        assertThat(r.originalLanguage()).isEqualTo("Russian");
    }

    @Test
    void a_place_and_date_line_gives_the_place_and_a_letter_its_parties() throws IOException {
        ArchiveRecord r = read("b22_");

        assertThat(r.place()).isEqualTo("Havana");
        assertThat(r.date()).isEqualTo("1962-10-26");
        assertThat(r.kind()).isEqualTo("letter");
        assertThat(r.from()).containsExactly("Fidel Castro");
        assertThat(r.to()).containsExactly("Nikita Khrushchev");
    }

    @Test
    void a_place_label_and_a_security_marking_are_read_from_the_header_lines() throws IOException {
        ArchiveRecord r = read("b20_");

        assertThat(r.place()).isEqualTo("Xihua Hall");
        assertThat(r.classification()).isEqualTo("Top Secret");
        assertThat(r.speakers()).contains("Zhou");
    }

    @Test
    void a_frus_file_line_says_telegram_and_the_heading_names_sender_and_addressee() throws IOException {
        ArchiveRecord r = read("b19_");

        assertThat(r.layout()).isEqualTo("frus");
        assertThat(r.kind()).isEqualTo("telegram");
        assertThat(r.from()).containsExactly("The Secretary of State");
        assertThat(r.to()).containsExactly("the Ambassador in China (Stuart)");
        assertThat(r.date()).isNull();
    }

    @Test
    void the_documents_own_heading_names_its_kind_before_the_title() throws IOException {
        assertThat(read("b23_").kind()).as("INFORMATION about the Plenum").isEqualTo("report");
        assertThat(read("b14_").kind()).as("TRANSCRIPT of the talks").isEqualTo("transcript");
    }

    @Test
    void the_translators_into_both_languages_are_kept_in_order() throws IOException {
        assertThat(read("b16_").translators()).isEqualTo(List.of("L. Gibianskii", "Daniel Rozas"));
    }
}
