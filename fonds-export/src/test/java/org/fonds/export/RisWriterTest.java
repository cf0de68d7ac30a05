package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** RIS read back by citeproc-java's RIS parser, field by field. */
class RisWriterTest {
    private final RisWriter ris = new RisWriter();

    static RISReference parse(String text) throws IOException {
        RISLibrary library = new RISParser().parse(new StringReader(text));
        assertThat(library.getReferences()).hasSize(1);
        return library.getReferences().get(0);
    }

    @Test
    void everySeedReadsBackWithItsFields() throws IOException {
        for (ArchiveRecord r : Samples.seeds()) {
            String text = ris.write(r, Samples.citing(r));
            RISReference ref = parse(text);
            assertThat(ref.getType()).isEqualTo(RISType.MANSCPT);
            assertThat(ref.getId()).isEqualTo(r.id());
            assertThat(ref.getTitle()).isEqualTo(r.title());
            assertThat(ref.getDate()).isEqualTo(r.date().replace('-', '/') + "/");
            assertThat(ref.getYear()).isEqualTo(r.date().substring(0, 4));
            assertThat(ref.getAbstrct()).isEqualTo(Clean.oneLine(r.summary()));
            assertThat(ref.getLanguage()).isEqualTo(r.originalLanguage());
            assertThat(ref.getSecondaryTitle()).isEqualTo(r.publishedIn().title());
            assertThat(ref.getIssue()).isEqualTo(r.publishedIn().issue());
            assertThat(ref.getStartPage() + (ref.getEndPage() == null ? "" : "-" + ref.getEndPage())).isEqualTo(r.publishedIn().pages());
            assertThat(ref.getEditors()).containsExactly(PersonName.of(r.compiler()).inverted());
            assertThat(ref.getAuthors()).isNull();
            assertThat(ref.getURL()).isEqualTo(r.sourceUrl());
            assertThat(ref.getAccessDate()).isNull();
            assertThat(text).contains("\r\nN1  - Accessed through " + Samples.citing(r).fondsPage() + " on 2026-04-21.\r\n");
            assertThat(ref.getNameOfDatabase()).isEqualTo(r.repository());
            assertThat(ref.getNotes()).contains(r.citation());
            // citeproc's parser skips AV; the archival location is checked as a line.
            assertThat(text).contains("\r\nAV  - " + Locations.format(r.archivalReferences().get(0)) + "\r\n");
        }
    }

    @Test
    void linesEndInCrlfAndTheReferenceEndsWithEr() {
        ArchiveRecord r = Samples.seeds().get(1);
        String text = ris.write(r, Samples.citing(r));
        assertThat(text).startsWith("TY  - MANSCPT\r\n").endsWith("\r\nER  - \r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(text).contains("\r\nAV  - TsKhSD, F. 3, Op. 12, D. 1006, Ll. 19-22\r\n", "\r\nSP  - 394\r\nEP  - 395\r\n",
                "\r\nA2  - Malin, V. N.\r\n", "\r\nDA  - 1956/11/01/\r\n");
    }

    @Test
    void hostileTextStaysOnItsLineAndReadsBack() throws IOException {
        ArchiveRecord r = Samples.hostile();
        String text = ris.write(r, Samples.citing(r));
        RISReference ref = parse(text);
        assertThat(ref.getTitle()).isEqualTo(Clean.oneLine(r.title())).contains("<script>", "ER - TY -");
        assertThat(text.lines()).allMatch(line -> line.matches("[A-Z][A-Z0-9]  - .*"));
        assertThat(text.chars()).noneMatch(c -> c < 0x20 && c != '\r' && c != '\n');
    }

    @Test
    void generatedRecordsAllParse() throws IOException {
        List<ArchiveRecord> records = Samples.generated(300);
        for (ArchiveRecord r : records) assertThat(parse(ris.write(r, Samples.citing(r))).getTitle()).isEqualTo(Clean.oneLine(r.title()));
    }
}
