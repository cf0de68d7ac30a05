package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.fonds.parse.html.Mhtml;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record saved as a web page ("Save page as" on the archive's page) reads as its text does. Every real record
 * and seed is set here as a page would show it: its paragraphs as {@code <p>}, its lines as {@code <br>}, inside the
 * page's {@code <main>}, with a site's banner, menus, scripts and footer around it (our own words). The page must
 * give the very record its shown text gives (white space as a browser collapses it), id and warnings included.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SavedWebPagesTest {
    private static final RecordParser PARSER = new RecordParser();

    static Stream<Path> records() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("real/docs", "seeds")) {
            try (Stream<Path> files = Files.list(Seeds.corpus(folder))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_saved_as_a_web_page_reads_as_the_text_the_page_shows(Path file) throws IOException {
        readsAsItsText(file, shown -> page(shown, "").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("records")
    @NeedsShared({"corpus/real/docs", "corpus/seeds"})
    void a_record_saved_as_a_single_file_web_page_reads_as_the_text_the_page_shows(Path file) throws IOException {
        readsAsItsText(file, shown -> Mhtml.of(page(shown, "")).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @NeedsShared("corpus/real/docs")
    void a_page_that_names_its_address_gives_the_record_the_archives_id_where_its_text_gives_none() throws IOException {
        Path file = RealRecordsTest.realRecords().filter(p -> p.getFileName().toString().startsWith("05_")).findFirst().orElseThrow();
        String shown = asShown(Files.readString(file, StandardCharsets.UTF_8));
        String address = "https://digitalarchive.wilsoncenter.org/document/987654";
        String head = "<link rel=\"canonical\" href=\"" + address + "\">";

        ArchiveRecord fromText = Parsing.accepted(PARSER.parse("05.txt", shown.getBytes(StandardCharsets.UTF_8)));
        ArchiveRecord fromPage = Parsing.accepted(PARSER.parse("05.html", page(shown, head).getBytes(StandardCharsets.UTF_8)));

        assertThat(fromText.sourceUrl()).isNull();
        assertThat(fromPage.sourceUrl()).isEqualTo(address);
        assertThat(fromPage.sourceUrls()).containsExactly(address);
        assertThat(fromPage.archiveDocumentId()).isEqualTo("987654");
        assertThat(fromPage.id()).isEqualTo("wcda-987654");
        assertThat(fromPage.warnings()).noneMatch(w -> w.code().equals("no-url"));
        assertThat(fromPage.title()).isEqualTo(fromText.title());
        assertThat(fromPage.body()).isEqualTo(fromText.body());
    }

    @Test
    void a_page_whose_text_its_scripts_would_make_is_refused_as_such_not_as_binary() {
        String html = "<!DOCTYPE html><html><head><title>Record 5</title></head><body><div id=\"app\"></div>"
                + "<script>render('Record of a conversation')</script></body></html>";

        Refusal refusal = Parsing.refuse(html);

        assertThat(refusal.code()).isEqualTo(RefusalCode.NO_TEXT);
        assertThat(refusal.message()).contains("HTML page that shows no text");
    }

    @Test
    void markup_and_scripts_in_a_page_never_reach_the_record() {
        String html = "<!DOCTYPE html><html><body><main><h1>Minutes of the Bureau</h1><p>12 March 1958</p>"
                + "<p>Cde. Ivanov: The plan &lt;b&gt;stands&lt;/b&gt;.<script>alert('x')</script></p>"
                + "<p onclick=\"alert(1)\">Cde. Petrov: Agreed.</p></main></body></html>";

        ArchiveRecord r = Parsing.accept(html);

        assertThat(r.title()).isEqualTo("Minutes of the Bureau");
        assertThat(r.date()).isEqualTo("1958-03-12");
        assertThat(r.body()).contains("The plan <b>stands</b>.").doesNotContain("alert").doesNotContain("<p");
        assertThat(r.speakers()).containsExactly("Ivanov", "Petrov");
    }

    /**
     * The record {@code file}'s text, set as another kind of file by {@code asFile} (given the text as a page shows
     * it), gives: the very record that text gives, id and warnings included.
     */
    static void readsAsItsText(Path file, Function<String, byte[]> asFile) throws IOException {
        String shown = asShown(Files.readString(file, StandardCharsets.UTF_8));
        String name = file.getFileName().toString();

        ArchiveRecord fromText = Parsing.accepted(PARSER.parse(name, shown.getBytes(StandardCharsets.UTF_8)));
        ArchiveRecord fromFile = Parsing.accepted(PARSER.parse(name, asFile.apply(shown)));

        assertThat(fromFile).isEqualTo(fromText);
    }

    /** The text as a page shows it: runs of spaces and tabs as one, lines trimmed, blank lines single. */
    static String asShown(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line.replaceAll("[ \\t\\f]+", " ").strip();
            if (l.isEmpty()) {
                blank = !out.isEmpty();
                continue;
            }
            if (!out.isEmpty()) out.append(blank ? "\n\n" : "\n");
            out.append(l);
            blank = false;
        }
        return out.toString();
    }

    /** A saved page of a site, the record's paragraphs inside its main part. */
    static String page(String shown, String head) {
        StringBuilder main = new StringBuilder();
        for (String paragraph : shown.split("\n\n")) {
            main.append("<p>").append(escape(paragraph).replace("\n", "<br>\n")).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A record | The Archive</title>" + head
                + "<script>var s = '</p><p>Cde. Nobody: injected';</script><style>main p { margin: 0 }</style></head>\n"
                + "<body><header><a href=\"/\">The Archive</a></header><nav><ul><li><a href=\"/search\">Search</a></li></ul></nav>\n"
                + "<main>\n" + main + "</main>\n<footer>Reuse welcome. <a href=\"/terms\">Terms</a></footer></body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
