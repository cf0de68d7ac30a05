package org.fonds.oai;

import static org.assertj.core.api.Assertions.assertThat;

import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.junit.jupiter.api.Test;

class SetSpecsTest {
    @Test
    void setsComeFromTheRepositoryAndEachArchivalReference() {
        ArchiveRecord r = RecordJson.read("{\"id\":\"wcda-1\",\"title\":\"T\",\"repository\":\"Wilson Center Digital Archive\","
                + "\"archivalReferences\":[{\"archive\":\"TsKhSD\",\"fond\":\"3\",\"text\":\"TsKhSD, F. 3\"},"
                + "{\"archive\":\"TsKhSD\",\"fond\":\"89\",\"text\":\"TsKhSD, F. 89\"},{\"archive\":\"AVPRF\",\"text\":\"AVPRF\"}]}");
        assertThat(SetSpecs.of(r)).containsExactly(
                new OaiSet("repository:wilson-center-digital-archive", "Wilson Center Digital Archive"),
                new OaiSet("archive:tskhsd", "TsKhSD"), new OaiSet("fond:tskhsd-3", "TsKhSD, F. 3"),
                new OaiSet("fond:tskhsd-89", "TsKhSD, F. 89"), new OaiSet("archive:avprf", "AVPRF"));
    }

    @Test
    void slugsKeepOnlyUnreservedCharacters() {
        assertThat(SetSpecs.slug("  Archiv für Zeitgeschichte (Zürich) ")).isEqualTo("archiv-fur-zeitgeschichte-zurich");
        assertThat(SetSpecs.slug("РГАНИ")).isEmpty();
        assertThat(SetSpecs.slug("F. 3/ob")).isEqualTo("f-3-ob");
    }

    @Test
    void aSetHoldsItsOwnMembersAndThoseBelowIt() {
        assertThat(SetSpecs.within("archive:tskhsd", "archive")).isTrue();
        assertThat(SetSpecs.within("archive:tskhsd", "archive:tskhsd")).isTrue();
        assertThat(SetSpecs.within("archive:tskhsd", "arch")).isFalse();
        assertThat(SetSpecs.within("archive:tskhsd", "archive:tskhsd:3")).isFalse();
    }
}
