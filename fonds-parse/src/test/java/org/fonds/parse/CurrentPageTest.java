package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The archive's current page (layout {@code wcda-page}): the text first, then the unlabelled summary and the
 * "Document Information" / "Source" block. No file of this layout is in the corpus, so the pages are built at
 * test time from real records' own sections, rearranged ({@link CurrentPages}): the seeds, checked against
 * their expected facts, and the real labelled exports, checked against what their export reads to. A short
 * page (the block among the first 40 lines) and a long one (the block hundreds of lines down) read the same.
 */
@NeedsShared({"corpus/seeds", "corpus/seeds-expected", "corpus/real/docs"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CurrentPageTest {
    /** A real export's labels, each alone on its line, as the archive's export sets them. */
    private static final List<Pattern> EXPORT_LABELS = Stream.of("Citation", "Summary", "Contents")
            .map(l -> Pattern.compile("(?mi)^[*#_ ]*" + l + "[*_ ]*:?[*_ ]*$")).toList();

    @TestFactory
    Stream<DynamicContainer> a_seed_rearranged_as_the_current_page_yields_the_facts_expected_of_it() {
        return Seeds.withExpectations().stream().flatMap(seed -> {
            CurrentPages page = CurrentPages.of(seed.string());
            JsonNode expected = seed.expectedJson();
            return Stream.of(container(seed.stem() + " with the Document Information heading", page.withHeading(), expected),
                    container(seed.stem() + " with Source: labels and no heading", page.withoutHeading(), expected),
                    container(seed.stem() + " saved whole: skip link, labels above the heading, source unlabelled",
                            page.savedWhole(), expected));
        });
    }

    /** Name lists in the order expected: the seeds' facts keep the order of the text. */
    private static DynamicContainer container(String name, String page, JsonNode expected) {
        return container(name, page, expected, true);
    }

    /** @param ordered whether name lists must come in the expected order (the real records' facts are sets, as the scorer reads them) */
    private static DynamicContainer container(String name, String page, JsonNode expected, boolean ordered) {
        ArchiveRecord r = Parsing.accept(page);
        Stream<DynamicTest> layout = Stream.of(dynamicTest("layout", () -> assertThat(r.layout()).isEqualTo("wcda-page")));
        Stream<DynamicTest> fields = StreamSupport.stream(((Iterable<String>) expected::fieldNames).spliterator(), false)
                .map(field -> dynamicTest(field, () -> {
                    if (!ordered && (field.equals("participants") || field.equals("speakers"))) {
                        List<String> names = field.equals("speakers") ? r.speakers() : r.participants();
                        assertThat(names).as(field).containsExactlyInAnyOrderElementsOf(
                                StreamSupport.stream(expected.get(field).spliterator(), false).map(JsonNode::asText).toList());
                    } else {
                        SeedsTest.expectField(field, expected.get(field), r);
                    }
                }));
        return dynamicContainer(name, Stream.concat(layout, fields));
    }

    @TestFactory
    Stream<DynamicContainer> a_real_export_rearranged_as_the_current_page_yields_the_facts_expected_of_it() {
        Path expectations = Seeds.corpus("real/expected");
        return labelledExports().flatMap(file -> {
            String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
            JsonNode expected = json(expectations.resolve(stem + ".json"));
            CurrentPages page = CurrentPages.of(read(file));
            return Stream.of(container(stem + " with the Document Information heading", page.withHeading(), expected, false),
                    container(stem + " with Source: labels and no heading", page.withoutHeading(), expected, false),
                    container(stem + " saved whole: skip link, labels above the heading, source unlabelled",
                            page.savedWhole(), expected, false));
        });
    }

    @TestFactory
    Stream<DynamicTest> a_real_export_rearranged_as_the_current_page_reads_its_text_and_notes_as_the_export_does() {
        return labelledExports().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            String export = Files.readString(file);
            ArchiveRecord want = Parsing.accept(export);
            CurrentPages page = CurrentPages.of(export);
            for (String text : List.of(page.withHeading(), page.withoutHeading())) {
                ArchiveRecord got = Parsing.accept(text);
                assertThat(got.body()).as("body").isEqualTo(want.body());
                assertThat(got.notes()).as("notes").isEqualTo(want.notes());
                assertThat(got.summary()).as("summary").isEqualTo(page.summary().replaceAll("\\s+", " ").strip());
            }
        }));
    }

    @Test
    void a_short_page_and_the_same_page_past_forty_lines_read_the_same_header_and_trailer() {
        for (Seeds.Seed seed : Seeds.withExpectations()) {
            CurrentPages page = CurrentPages.of(seed.string());
            CurrentPages longer = page.longer(25);
            assertThat(longer.lines()).as("non-blank lines of the longer page of %s", seed).isGreaterThan(45);
            ArchiveRecord shortOne = Parsing.accept(page.withHeading());
            ArchiveRecord longOne = Parsing.accept(longer.withHeading());
            assertSameFacts(longOne, shortOne, false);
            assertThat(longOne.body()).as("the longer page's text, %s", seed).startsWith(shortOne.body().substring(0, 40))
                    .doesNotContain("Document Information").doesNotContain(page.summary());
        }
    }

    @Test
    void the_empty_labels_of_the_block_are_no_values_and_never_text() {
        CurrentPages page = CurrentPages.of(Seeds.withExpectations().get(0).string());
        CurrentPages bare = new CurrentPages(page.head(), "", page.summary(), "", page.contents());
        ArchiveRecord r = Parsing.accept(bare.withHeading());
        assertThat(r.layout()).isEqualTo("wcda-page");
        assertThat(r.citation()).isEmpty();
        assertThat(r.originalLanguage()).isNull();
        assertThat(r.summary()).isEqualTo(page.summary());
        assertThat(r.body()).doesNotContain("Original Archive").doesNotContain("Rights").doesNotContain("Record ID")
                .doesNotContain("Associated Places");
        assertThat(r.warnings()).extracting(w -> w.code()).contains("no-citation", "no-language");
    }

    /** The facts a page must read as its export does; {@code whole} also the text itself and its notes. */
    private static void assertSameFacts(ArchiveRecord got, ArchiveRecord want, boolean whole) {
        assertThat(got.layout()).isEqualTo("wcda-page");
        assertThat(got.title()).as("title").isEqualTo(want.title());
        assertThat(got.date()).as("date").isEqualTo(want.date());
        assertThat(got.dateRange()).as("dateRange").isEqualTo(want.dateRange());
        assertThat(got.citation()).as("citation").isEqualTo(want.citation());
        assertThat(got.repository()).as("repository").isEqualTo(want.repository());
        assertThat(got.sourceUrls()).as("sourceUrls").isEqualTo(want.sourceUrls());
        assertThat(got.archivalReferences()).as("archivalReferences").isEqualTo(want.archivalReferences());
        assertThat(got.compiler()).as("compiler").isEqualTo(want.compiler());
        assertThat(got.publishedIn()).as("publishedIn").isEqualTo(want.publishedIn());
        assertThat(got.summary()).as("summary").isEqualTo(want.summary());
        assertThat(got.originalLanguage()).as("originalLanguage").isEqualTo(want.originalLanguage());
        if (!whole) return;
        assertThat(got.body()).as("body").isEqualTo(want.body());
        assertThat(got.notes()).as("notes").isEqualTo(want.notes());
        assertThat(got.participants()).as("participants").isEqualTo(want.participants());
        assertThat(got.speakers()).as("speakers").isEqualTo(want.speakers());
        assertThat(got.kind()).as("kind").isEqualTo(want.kind());
    }

    /** The real records that are the archive's labelled exports (Citation, Summary, Contents labels alone on their lines, read as such). */
    private static Stream<Path> labelledExports() {
        try (Stream<Path> files = Files.list(Seeds.corpus("real/docs"))) {
            List<Path> exports = files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .filter(p -> EXPORT_LABELS.stream().allMatch(l -> l.matcher(read(p)).find()))
                    .filter(p -> Parsing.accept(read(p)).layout().equals("wcda-export")).toList();
            assertThat(exports).as("labelled exports among the real records").hasSizeGreaterThanOrEqualTo(4);
            return exports.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path p) {
        try {
            return RecordJson.mapper().readTree(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
