package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocumentIdsTest {
    private static final List<String> MIRRORS = List.of(
            "https://digitalarchive.umd.edu/document/111883",
            "https://wilson-center-digital-archive.dvincitest.com/document/111883",
            "https://digitalarchive.wilsoncenter.org/document/111883",
            "http://digitalarchive.wilsoncenter.org/document/111883/");

    @Test
    void the_same_document_number_from_any_mirror_host_is_one_id() {
        List<String> ids = MIRRORS.stream()
                .map(url -> DocumentIds.of(List.of(url), "", "Minutes", "1956-11-01", "citation " + url, "body"))
                .distinct()
                .toList();

        assertThat(ids).singleElement().asString().matches("^[a-z0-9-]+$").contains("111883");
    }

    @Test
    void the_id_rests_on_the_document_number_not_on_the_text() {
        String url = MIRRORS.get(0);

        assertThat(DocumentIds.of(List.of(url), "", "Minutes", "1956-11-01", "old citation", "old body"))
                .isEqualTo(DocumentIds.of(List.of(url), "", "Minutes, corrected", "1956-11-02", "new citation", "new body"));
    }

    @Test
    void two_document_numbers_are_two_ids() {
        assertThat(DocumentIds.of(List.of("https://digitalarchive.umd.edu/document/111883"), "", "t", "d", "c", "b"))
                .isNotEqualTo(DocumentIds.of(List.of("https://digitalarchive.umd.edu/document/111884"), "", "t", "d", "c", "b"));
    }

    @ParameterizedTest
    @CsvSource({
            "https://harbour.co.uk/document/5, https://railways.co.uk/document/5",
            "https://digitalarchive.wilsoncenter.org/document/5, https://wilsonpapers.example.edu/document/5",
            "https://digitalarchive.wilsoncenter.org/document/5, https://digitalarchive.harbour.edu/document/5"})
    void the_same_number_on_two_unrelated_archives_is_two_ids(String one, String other) {
        assertThat(DocumentIds.of(List.of(one), "", "Minutes", "1961-03-03", "c", "b"))
                .isNotEqualTo(DocumentIds.of(List.of(other), "", "Minutes", "1961-03-03", "c", "b"));
    }

    @Test
    void a_digitalarchive_host_is_the_wilson_archive_only_when_the_citation_names_it() {
        String url = "https://digitalarchive.newmirror.org/document/111883";
        assertThat(DocumentIds.of(List.of(url), "History and Public Policy Program Digital Archive", "t", "d", "c", "b"))
                .isEqualTo("wcda-111883");
        assertThat(DocumentIds.of(List.of(url), "Harbour Board Archive", "t", "d", "c", "b")).isEqualTo("newmirror-111883");
    }

    @Test
    void the_archive_document_id_is_the_number_in_the_first_url_that_has_one() {
        assertThat(DocumentIds.archiveDocumentId(List.of("https://example.org/about",
                "https://digitalarchive.umd.edu/document/111883", "https://digitalarchive.umd.edu/document/5")))
                .isEqualTo("111883");
        assertThat(DocumentIds.archiveDocumentId(List.of("https://example.org/about"))).isNull();
        assertThat(DocumentIds.archiveDocumentId(List.of())).isNull();
    }

    @Test
    void without_a_url_two_texts_with_the_same_title_and_date_get_different_h_ids() {
        String a = DocumentIds.of(List.of(), "", "Minutes of the Harbour Committee", "1961-03-03", "", "The crane is broken.");
        String b = DocumentIds.of(List.of(), "", "Minutes of the Harbour Committee", "1961-03-03", "", "The crane is mended.");

        assertThat(a).startsWith("h-").matches("^[a-z0-9-]+$");
        assertThat(b).startsWith("h-").matches("^[a-z0-9-]+$");
        assertThat(a).isNotEqualTo(b);
        assertThat(DocumentIds.of(List.of(), "", "Minutes of the Harbour Committee", "1961-03-03", "", "The crane is broken."))
                .as("the same text again").isEqualTo(a);
    }

    static List<String> mirrors() {
        return MIRRORS;
    }

    @ParameterizedTest
    @MethodSource("mirrors")
    void a_seed_served_from_another_mirror_keeps_its_id(String mirror) {
        Seeds.Seed seed = Seeds.all().stream()
                .filter(s -> s.string().contains("/document/"))
                .findFirst().orElseThrow();
        ArchiveRecord original = Parsing.accept(seed.bytes());
        String number = original.archiveDocumentId();
        String url = mirror.replace("111883", number);
        String moved = seed.string().replaceAll("https?://[^\\s<>/]+/document/" + number, Matcher.quoteReplacement(url));

        ArchiveRecord r = Parsing.accept(moved);

        assertThat(r.sourceUrl()).isEqualTo(url);
        assertThat(r.id()).isEqualTo(original.id());
    }

    @Test
    void a_record_under_the_archives_new_name_keeps_its_id() {
        String contents = "Cde. Orlov: The crane is broken.";
        String url = "https://digitalarchive.wilsoncenter.org/document/900001";
        ArchiveRecord old = Parsing.accept(Fiction.recordWithCitation(
                "\"Minutes\", March 3, 1961, Wilson Center Digital Archive, GAKO, F. 12, Op. 3, D. 45 <" + url + ">",
                contents));
        ArchiveRecord renamed = Parsing.accept(Fiction.recordWithCitation(
                "\"Minutes\", March 3, 1961, History and Public Policy Program Digital Archive, GAKO, F. 12, Op. 3,"
                        + " D. 45 <" + url + ">", contents));

        assertThat(renamed.repository()).isEqualTo("History and Public Policy Program Digital Archive");
        assertThat(old.repository()).isEqualTo("Wilson Center Digital Archive");
        assertThat(renamed.id()).isEqualTo(old.id());
    }

    @Test
    void two_records_without_urls_with_the_same_title_and_date_get_different_ids() {
        String citation = "\"Minutes\", March 3, 1961, Wilson Center Digital Archive, GAKO, F. 12, Op. 3, D. 45";

        ArchiveRecord a = Parsing.accept(Fiction.recordWithCitation(citation, "Cde. Orlov: The crane is broken."));
        ArchiveRecord b = Parsing.accept(Fiction.recordWithCitation(citation, "Cde. Orlov: The crane is mended."));

        assertThat(a.title()).isEqualTo(b.title());
        assertThat(a.date()).isEqualTo(b.date());
        assertThat(a.id()).startsWith("h-").isNotEqualTo(b.id());
    }
}
