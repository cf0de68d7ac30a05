package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.fonds.export.Bibliography.Cited;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;

/** Many documents in one file, read back by real parsers of each format, and written as they come. */
class BibliographyTest {
    private static List<ArchiveRecord> records() {
        List<ArchiveRecord> all = new ArrayList<>(Samples.seeds());
        all.addAll(Samples.generated(30));
        all.add(Samples.hostile());
        return all;
    }

    private static String write(Bibliography b, List<ArchiveRecord> records) throws Exception {
        StringWriter out = new StringWriter();
        int n = b.write(records.stream().map(r -> new Cited(r, Samples.citing(r))).iterator(), out);
        assertThat(n).isEqualTo(records.size());
        return out.toString();
    }

    @Test
    void risIsOneReferencePerDocument() throws Exception {
        List<ArchiveRecord> records = records();
        RISLibrary lib = new RISParser().parse(new StringReader(write(Bibliography.RIS, records)));
        assertThat(lib.getReferences()).hasSize(records.size());
        assertThat(lib.getReferences().getFirst().getId()).isEqualTo(records.getFirst().id());
        assertThat(lib.getReferences().getLast().getId()).isEqualTo("hostile-1");
    }

    @Test
    void bibtexIsOneEntryPerDocument() throws Exception {
        List<ArchiveRecord> records = records();
        BibTeXDatabase db = new BibTeXParser().parseFully(new StringReader(write(Bibliography.BIBTEX, records)));
        assertThat(db.getEntries()).hasSize(records.size());
    }

    @Test
    void cslJsonIsOneArrayOfItems() throws Exception {
        List<ArchiveRecord> records = records();
        JsonNode items = RecordJson.mapper().readTree(write(Bibliography.CSL_JSON, records));
        assertThat(items.isArray()).isTrue();
        assertThat(items.size()).isEqualTo(records.size());
        assertThat(items.get(0).get("id").asText()).isEqualTo(records.getFirst().id());
        assertThat(RecordJson.mapper().readTree(write(Bibliography.CSL_JSON, List.of())).size()).isZero();
    }

    @Test
    void csvIsARowPerDocumentThatNoSpreadsheetRunsAsAFormula() throws Exception {
        List<ArchiveRecord> records = records();
        String csv = write(Bibliography.CSV, records);
        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows).hasSize(records.size() + 1);
        assertThat(rows.getFirst()).isEqualTo(String.join(",", Bibliography.COLUMNS));
        ArchiveRecord seed = records.getFirst();
        assertThat(rows.get(1)).startsWith(seed.id() + "," + seed.title() + "," + seed.date() + ",")
                .contains(",V. N. Malin,", seed.sourceUrl());
        // the hostile record: quotes doubled, cells quoted, no line break inside a row
        assertThat(rows.getLast()).startsWith("hostile-1,\"<script>alert(\"\"x&y\"\")");
        ArchiveRecord formula = Samples.generated(1).getFirst();
        formula = new ArchiveRecord(formula.id(), "=HYPERLINK(\"http://x\")", formula.date(), null, "", "", null, List.of(), null,
                "", List.of(), null, null, "", null, null, List.of(), List.of(), List.of(), List.of(), "", List.of(), List.of(),
                List.of(), List.of());
        assertThat(write(Bibliography.CSV, List.of(formula))).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
    }

    /** The first document is written before the second is asked for: a download starts at once. */
    @Test
    void documentsAreWrittenAsTheyCome() throws Exception {
        List<ArchiveRecord> records = Samples.seeds();
        StringWriter out = new StringWriter();
        List<Integer> writtenWhenAsked = new ArrayList<>();
        Iterator<Cited> source = new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < records.size();
            }

            @Override
            public Cited next() {
                writtenWhenAsked.add(out.getBuffer().length());
                ArchiveRecord r = records.get(i++);
                return new Cited(r, Samples.citing(r));
            }
        };
        Bibliography.RIS.write(source, out);
        for (int i = 1; i < writtenWhenAsked.size(); i++) assertThat(writtenWhenAsked.get(i)).isGreaterThan(writtenWhenAsked.get(i - 1));
    }

    @Test
    void formatsAreFoundByName() {
        assertThat(Bibliography.named("csl-json")).hasValue(Bibliography.CSL_JSON);
        assertThat(Bibliography.named(" RIS ")).hasValue(Bibliography.RIS);
        assertThat(Bibliography.named("pdf")).isEmpty();
    }
}
