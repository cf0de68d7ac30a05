package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.fonds.parse.Seeds;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeDocument;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * A FRUS document is cited in the form the Office of the Historian's readers know ("Foreign
 * Relations of the United States, 1955–1957, vol. XXV, Eastern Europe, doc. 97") in every format,
 * with history.state.gov as its address: read from the excerpt in ../shared/corpus/frus.
 */
class FrusCitationsTest {
    private static final String FRUS_FORM = "Foreign Relations of the United States, 1955–1957, vol. XXV, Eastern Europe, doc. 97";
    private static final LocalDate ACCESSED = LocalDate.of(2026, 12, 4);

    private static ArchiveRecord d97() throws IOException {
        byte[] bytes = Files.readAllBytes(Seeds.present("corpus/frus/frus1955-57v25-excerpt.xml"));
        VolumeOutcome.Read read = (VolumeOutcome.Read) TeiVolumes.read(bytes);
        return read.volume().documents().stream().map(VolumeDocument::record)
                .filter(r -> r.id().equals("frus1955-57v25-d97")).findFirst().orElseThrow();
    }

    @Test
    void chicagoCitesTheDocumentInTheFrusForm() throws IOException {
        ArchiveRecord r = d97();
        ChicagoWriter.Citation c = new ChicagoWriter().cite(r, Citing.at(null, r.id(), ACCESSED, 1), ChicagoWriter.Output.TEXT);
        assertThat(c.note()).isEqualTo("“Telegram From the Legation in Hungary to the Department of State,” October 23, 1956,"
                + " Department of State, Central Files, 764.00/10–2356, published in " + FRUS_FORM + ", pp. 260–263,"
                + " Office of the Historian, Bureau of Public Affairs, U.S. Department of State,"
                + " https://history.state.gov/historicaldocuments/frus1955-57v25/d97.");
    }

    @Test
    void everyOtherFormatCarriesTheFrusFormAndTheAddress() throws IOException {
        ArchiveRecord r = d97();
        for (String format : new String[] {"ris", "csl-json", "tei"}) {
            String out = Exports.byName(format).orElseThrow().write(r, Citing.at(null, r.id(), ACCESSED, 1));
            assertThat(out).as(format).contains("https://history.state.gov/historicaldocuments/frus1955-57v25/d97");
            if (!format.equals("tei")) assertThat(out).as(format).contains(FRUS_FORM);
        }
        String bib = Exports.byName("bibtex").orElseThrow().write(r, Citing.at(null, r.id(), ACCESSED, 1));
        assertThat(bib).contains("vol. XXV, Eastern Europe, doc. 97").contains("frus1955-57v25/d97");
    }
}
