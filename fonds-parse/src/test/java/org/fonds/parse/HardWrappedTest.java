package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hard-wrapped text (a PDF's text, a teleprinter's, a mail's): a title, summary or citation broken
 * over lines at a fixed width reads as it does on one line. No real record in the corpus has its header
 * wrapped, so the real records are wrapped here at test time (every line longer than the width broken
 * at spaces, as a PDF's text or a mail program does) and their header fields held to their expected facts.
 */
@NeedsShared({"corpus/real/docs", "corpus/real/expected"})
class HardWrappedTest {
    /**
     * Not read yet, wrapped: b07's summary stands above its title, and wrapped, that paragraph is no longer one
     * line longer than a title may be; the title is taken from it.
     */
    private static final Set<String> NOT_YET = Set.of("b07_shelest_memo_1968-07-10");
    /** b17 at 60 columns: its layout (FBIS) is recognised by the source line, "… GMT 29 September 1965", whole on the first line. */
    private static final Set<String> NOT_YET_AT_60 = Set.of("b17_castro_speech_cdr_1965-09-29");
    private static final List<String> FIELDS = List.of("title", "repository", "sourceUrl");

    @TestFactory
    Stream<DynamicTest> aRealRecordWrappedAt60_72Or80ColumnsGivesTheTitleAndCitationOfItsExpectedFacts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Seeds.corpus("real/docs"))) {
            for (Path doc : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String stem = doc.getFileName().toString().replace(".txt", "");
                if (NOT_YET.contains(stem)) continue;
                JsonNode expected = RecordJson.mapper().readTree(Seeds.corpus("real/expected").resolve(stem + ".json").toFile());
                String text = Files.readString(doc);
                for (int width : new int[] {60, 72, 80}) {
                    if (width == 60 && NOT_YET_AT_60.contains(stem)) continue;
                    tests.add(dynamicTest(stem + " at " + width, () -> {
                        ArchiveRecord r = Parsing.accept(wrap(text, width));
                        for (String field : FIELDS) {
                            if (expected.has(field)) SeedsTest.expectField(field, expected.get(field), r);
                        }
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    @Test
    void aTextOfLongLinesIsNotWrappedAndKeepsItsLines() {
        // a web page copied as text: one line a paragraph, most longer than any wrap width
        String page = "November 4, 1956\nA title of our own that is long enough to have been wrapped if this were wrapped\n\n"
                + "Citation:\n\n" + "x ".repeat(80) + "\n\n" + "y ".repeat(90) + "\n";
        assertThat(org.fonds.parse.layout.Unwrapped.width(org.fonds.parse.layout.PageReader.lines(
                new org.fonds.parse.text.SourceText("p", page), 0, page.length(), 40))).isEqualTo(-1);
    }

    @Test
    void aWrappedTitleGoesOnOverALabelLikeWordButNotOverALabel() {
        String wrapped = wrap("""
                28 October 1962 / Extract from Protocol No. 63 of the Meeting of the Central Committee KPSS: Instructions to the Ambassador

                Summary: the ambassador is told what to say to the Prime Minister when they meet on the next day at noon, and how.

                A first paragraph of the text, long enough to be wrapped over two lines or three at the width of seventy-two.
                A second paragraph of the text, long enough to be wrapped over two lines or three at the width of seventy-two.
                """, 72);
        assertThat(Parsing.accept(wrapped).title())
                .isEqualTo("Extract from Protocol No. 63 of the Meeting of the Central Committee KPSS: Instructions to the Ambassador");
    }

    /** Every line longer than {@code width} broken at spaces into lines of at most {@code width}, greedily. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width);
        for (String line : text.split("\n", -1)) {
            if (line.length() <= width) {
                out.append(line).append('\n');
                continue;
            }
            int col = 0;
            for (String word : line.strip().split(" +")) {
                if (col > 0 && col + 1 + word.length() > width) {
                    out.append('\n');
                    col = 0;
                } else if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(word);
                col += word.length();
            }
            out.append('\n');
        }
        return out.toString();
    }
}
