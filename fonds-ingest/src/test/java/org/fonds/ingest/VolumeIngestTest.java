package org.fonds.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fonds.record.stored.KeptProblem;
import org.fonds.record.stored.VersionRef;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.FrusVolumeWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated TEI volume into a real home: one object per document and one for the volume, idempotent, reparsed. */
class VolumeIngestTest {
    private static final int DOCUMENTS = 40;

    @TempDir
    Path tmp;

    @Test
    void aVolumeIsOneObjectPerDocumentAndItselfAndASecondRunWritesNothing() throws IOException {
        byte[] bytes = new FrusVolumeWriter(11).volume(DOCUMENTS);
        Path file = Files.write(tmp.resolve("volume.xml"), bytes);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest ingest = new Ingest(store, index, new Problems(home), "test", 2);
            Ingest.Summary first = ingest.run(List.of(file), IngestTest.QUIET, line -> { });
            assertThat(first.line()).isEqualTo("added " + (DOCUMENTS + 1) + ", updated 0, unchanged 0, refused 0");
            assertThat(store.ids().count()).isEqualTo(DOCUMENTS + 1);
            assertThat(store.read(FrusVolumeWriter.VOLUME_ID, VersionRef.LATEST).orElseThrow().source()).isEqualTo(bytes);
            String d7 = new String(store.read(FrusVolumeWriter.VOLUME_ID + "-d7", VersionRef.LATEST).orElseThrow().source(),
                    StandardCharsets.UTF_8);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(d7);
            assertThat(d7).startsWith("<div type=\"document\" xml:id=\"d7\"");

            Ingest.Summary second = ingest.run(List.of(file), IngestTest.QUIET, line -> { });
            assertThat(second.line()).isEqualTo("added 0, updated 0, unchanged " + (DOCUMENTS + 1) + ", refused 0");
            assertThat(store.headVersion(FrusVolumeWriter.VOLUME_ID + "-d7")).isEqualTo(1);

            // a stored volume is read again whole by reparse; its documents are not read on their own
            Reparse.Report r = new Reparse(store, index, new Problems(home), "test").run(line -> { });
            assertThat(r.updated()).isZero();
            assertThat(r.failed()).isZero();
            assertThat(r.unchanged()).isEqualTo(DOCUMENTS + 1);
        }
    }

    @Test
    void aMalformedVolumeIsRefusedWithLineAndColumnAndNothingOfItIsStored() throws IOException {
        String text = new String(new FrusVolumeWriter(11).volume(DOCUMENTS), StandardCharsets.UTF_8);
        int cut = text.indexOf("</p>", text.indexOf("xml:id=\"d30\""));
        Path file = Files.writeString(tmp.resolve("broken.xml"), text.substring(0, cut) + text.substring(cut + 4));
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        List<String> refusals = new ArrayList<>();
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            Ingest.Summary s = new Ingest(store, index, new Problems(home), "test", 2).run(List.of(file), IngestTest.QUIET,
                    refusals::add);
            assertThat(s.line()).isEqualTo("added 0, updated 0, unchanged 0, refused 1");
            assertThat(store.ids().count()).isZero();
            assertThat(refusals).singleElement().asString().contains("broken.xml").contains("xml-malformed")
                    .containsPattern("line \\d+, column \\d+");
            assertThat(new Problems(home).list()).singleElement().extracting(KeptProblem::code).isEqualTo("xml-malformed");
        }
    }
}
