package org.fonds.parse.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fonds.record.PublishedIn;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CitationParserTest {
    private static final String HAPP = "\"Memorandum on the Harbour Cranes\", March 3, 1961, History and Public Policy"
            + " Program Digital Archive, AVPRF, F. 059a, Op. 4, P. 6, D. 5, Ll. 15-16, compiled by K. L. Sidorova."
            + " Published in CWIHP Bulletin 10, p.388 https://digitalarchive.wilsoncenter.org/document/118000.";

    @Test
    void a_citation_is_read_part_by_part() {
        Citation c = CitationParser.parse(HAPP);

        assertThat(c.quotedTitle()).isEqualTo("Memorandum on the Harbour Cranes");
        assertThat(c.date().from()).isEqualTo(LocalDate.of(1961, 3, 3));
        assertThat(c.repository()).isEqualTo("History and Public Policy Program Digital Archive");
        assertThat(c.urls()).containsExactly("https://digitalarchive.wilsoncenter.org/document/118000");
        assertThat(c.archivalReferences()).singleElement().satisfies(r -> assertThat(r.archive()).isEqualTo("AVPRF"));
        assertThat(c.compiler()).isEqualTo("K. L. Sidorova");
        assertThat(c.publishedIn()).isEqualTo(new PublishedIn("CWIHP Bulletin", "10", "388"));
    }

    @Test
    void the_wilson_center_digital_archive_is_the_repository_of_a_wilson_center_citation() {
        Citation c = CitationParser.parse("\"Minutes\", November 2, 1956, Wilson Center Digital Archive, TsKhSD, F. 3,"
                + " Op. 12, D. 1006, L. 30, compiled by V. N. Malin. <https://digitalarchive.umd.edu/document/1>");

        assertThat(c.repository()).isEqualTo("Wilson Center Digital Archive");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Published in CWIHP Bulletin 8-9, pp. 394-395       | CWIHP Bulletin | 8-9 | 394-395",
            "Published in CWIHP Bulletin 8-9, p. 397            | CWIHP Bulletin | 8-9 | 397",
            "Published in CWIHP Bulletin 10, p.388              | CWIHP Bulletin | 10  | 388",
            "Published in CWIHP Bulletin 8-9, pp. 394–395.      | CWIHP Bulletin | 8-9 | 394-395",
            "published in Harbour Review 4, pp. 10-12           | Harbour Review | 4   | 10-12"})
    void the_print_publication_gives_title_issue_and_pages(String text, String title, String issue, String pages) {
        assertThat(CitationParser.parse("\"Minutes\", March 3, 1961, Wilson Center Digital Archive. " + text).publishedIn())
                .isEqualTo(new PublishedIn(title, issue, pages));
    }

    @Test
    void a_citation_without_a_print_publication_has_none() {
        assertThat(CitationParser.parse("\"Minutes\", March 3, 1961, Wilson Center Digital Archive.").publishedIn())
                .isNull();
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', value = {
            "compiled by V. N. Malin.                | V. N. Malin",
            "compiled by V. N. Malin, Published in   | V. N. Malin",
            "compiled and translated by Mark Kramer. | Mark Kramer",
            "Compiled by Kramer                      | Kramer"})
    void the_compiler_is_the_name_after_compiled_by(String text, String compiler) {
        assertThat(CitationParser.parse("\"Minutes\", March 3, 1961, Wilson Center Digital Archive, " + text).compiler())
                .isEqualTo(compiler);
    }

    @Test
    void a_citation_without_a_compiler_has_none() {
        assertThat(CitationParser.parse("\"Minutes\", March 3, 1961, Wilson Center Digital Archive.").compiler()).isNull();
    }

    @Test
    void every_url_is_kept_in_order_without_trailing_punctuation() {
        Citation c = CitationParser.parse("\"Minutes\", March 3, 1961, Wilson Center Digital Archive,"
                + " https://digitalarchive.wilsoncenter.org/document/118000; see also <https://example.org/doc/7>.");

        assertThat(c.urls()).containsExactly("https://digitalarchive.wilsoncenter.org/document/118000",
                "https://example.org/doc/7");
    }
}
