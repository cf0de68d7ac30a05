package org.fonds.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;

/** The one entry point the command line and the web use. */
class ExportsTest {
    @Test
    void formatsAreFoundByExtensionAndByName() {
        assertThat(Exports.byExtension("ris")).map(Format::name).hasValue("ris");
        assertThat(Exports.byExtension("bib")).map(Format::name).hasValue("bibtex");
        assertThat(Exports.byExtension("tei.xml")).map(Format::mediaType).hasValue("application/tei+xml; charset=utf-8");
        assertThat(Exports.byExtension("csl.json")).map(Format::mediaType).hasValue("application/vnd.citationstyles.csl+json");
        assertThat(Exports.byName("chicago")).map(Format::extension).hasValue("chicago.txt");
        assertThat(Exports.byName("csl-json")).isPresent();
        assertThat(Exports.byExtension("pdf")).isEmpty();
        assertThat(Exports.byName("json")).isEmpty();
    }

    @Test
    void everyFormatHasItsOwnLabelNameAndExtensionForTheDocumentPageToList() {
        assertThat(Exports.all()).extracting(Format::label).containsExactly("RIS", "BibTeX", "CSL-JSON", "TEI P5", "Chicago");
        assertThat(Exports.all()).extracting(Format::name).doesNotHaveDuplicates();
        assertThat(Exports.all()).extracting(Format::extension).doesNotHaveDuplicates();
    }

    @Test
    void everyFormatWritesEverySeed() {
        for (ArchiveRecord r : Samples.seeds()) {
            for (Format f : Exports.all()) assertThat(f.write(r, Samples.citing(r))).as(f.name()).contains("1956");
        }
    }

    @Test
    void thePageUrlIsTheDocumentUnderTheBaseUrl() {
        assertThat(Citing.at("http://127.0.0.1:8080/", "wcda-111883", Samples.ACCESSED, 1).fondsPage())
                .isEqualTo("http://127.0.0.1:8080/documents/wcda-111883");
        assertThat(Citing.at("http://h", "a b{", Samples.ACCESSED, 1).fondsPage()).isEqualTo("http://h/documents/a%20b%7B");
        // No public address: Fonds is not named at all.
        assertThat(Citing.at(null, "wcda-111883", Samples.ACCESSED, 1).fondsPageUrl()).isEmpty();
        assertThat(Citing.at(" ", "wcda-111883", Samples.ACCESSED, 1).fondsPageUrl()).isEmpty();
    }
}
