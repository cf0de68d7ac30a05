package org.fonds.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeDocument;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PersonLink;
import org.junit.jupiter.api.Test;

/** A generated volume of FRUS's shape reads back to what the writer put in it, document by document. */
class FrusVolumeWriterTest {
    private static final int DOCUMENTS = 250;

    @Test
    void aGeneratedVolumeReadsBackDocumentByDocument() {
        byte[] bytes = new FrusVolumeWriter(7).volume(DOCUMENTS);
        assertThat(TeiVolumes.isVolume(bytes)).isTrue();
        VolumeOutcome outcome = TeiVolumes.read(bytes);
        assertThat(outcome).isInstanceOf(VolumeOutcome.Read.class);
        List<VolumeDocument> docs = ((VolumeOutcome.Read) outcome).volume().documents();
        assertThat(docs).hasSize(DOCUMENTS);
        assertThat(((VolumeOutcome.Read) outcome).volume().record().persons()).hasSize(FrusVolumeWriter.PERSONS);
        for (int i = 1; i <= DOCUMENTS; i++) {
            VolumeDocument d = docs.get(i - 1);
            ArchiveRecord r = d.record();
            assertThat(r.id()).isEqualTo(FrusVolumeWriter.VOLUME_ID + "-d" + i);
            LocalDate day = FrusVolumeWriter.date(i);
            assertThat(r.date()).as(r.id()).isEqualTo(day == null ? null : day.toString());
            assertThat(r.notes()).as(r.id()).hasSize(FrusVolumeWriter.NOTES);
            assertThat(r.noteMarkers()).as(r.id()).hasSize(FrusVolumeWriter.NOTES);
            assertThat(r.personLinks()).as(r.id()).hasSize(FrusVolumeWriter.NOTES).allMatch(l -> l.ref() != null);
            for (PersonLink l : r.personLinks()) assertThat(r.body().substring(l.offset())).startsWith(l.form());
            String source = new String(d.source(), StandardCharsets.UTF_8);
            assertThat(source).startsWith("<div type=\"document\" xml:id=\"d" + i + "\"").endsWith("</div>");
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        assertThat(new FrusVolumeWriter(3).volume(20)).isEqualTo(new FrusVolumeWriter(3).volume(20));
    }
}
