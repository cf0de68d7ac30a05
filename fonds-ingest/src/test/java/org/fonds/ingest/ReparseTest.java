package org.fonds.ingest;

import org.fonds.record.stored.VersionRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Description;
import org.fonds.record.RecordJson;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.Deposit;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home built by an older parser is brought up to date by reading every stored source again. */
class ReparseTest {
    @TempDir
    Path tmp;

    @Test
    void a_changed_parse_is_a_new_version_an_unchanged_one_writes_nothing_and_kept_refusals_are_tried_again()
            throws IOException {
        Path in = tmp.resolve("in");
        new Generator(11).writeCorpus(in, 5);
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = list.sorted().toList();
        }
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        byte[] plainNote = "A note found in the file\n\nThe crane is broken; see the harbour master.\n".getBytes();
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 1).run(files, IngestTest.QUIET, s -> { });
            // what an older parser left: one record without the fields it did not know, one text it refused
            Path first = files.get(0);
            ArchiveRecord current = ((ParseOutcome.Accepted) new RecordParser().parse(first.toString(), Files.readAllBytes(first))).record();
            store.put(new Deposit(Files.readAllBytes(first), first.toString(), current.describedAs(Description.plain()), "older"));
            new Problems(home).keep(plainNote, "note.txt", "no-contents", "no contents", 1);
            assertThat(store.history(current.id())).hasSize(2);

            List<String> said = new ArrayList<>();
            Reparse.Report r = new Reparse(store, index, new Problems(home), "test").run(said::add);

            assertThat(r.line()).isEqualTo("reparsed 5 documents: 1 updated, 4 unchanged; 1 of 1 refused files taken in");
            assertThat(said).isEmpty();
            assertThat(store.history(current.id())).as("the older version is kept").hasSize(3);
            assertThat(RecordJson.read(store.read(current.id(), VersionRef.LATEST).orElseThrow().recordJson()).kind()).isEqualTo("working notes");
            assertThat(new Problems(home).list()).isEmpty();
            assertThat(store.ids().count()).isEqualTo(6);
            assertThat(r.changed()).hasSize(2).contains(current.id());

            Reparse.Report again = new Reparse(store, index, new Problems(home), "test").run(said::add);
            assertThat(again.line()).isEqualTo("reparsed 6 documents: 0 updated, 6 unchanged; 0 of 0 refused files taken in");
            assertThat(store.history(current.id())).hasSize(3);
        }
    }

    @Test
    void an_input_that_could_not_be_read_is_kept_by_its_path_and_taken_in_once_it_reads() throws IOException {
        Path in = tmp.resolve("in");
        new Generator(11).writeCorpus(in, 1);
        Path real;
        try (Stream<Path> list = Files.list(in)) {
            real = list.findFirst().orElseThrow();
        }
        // a link that leads nowhere yet: the disk that holds its file is not mounted (root reads every mode, so a link)
        Path target = tmp.resolve("later").resolve("export.txt");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), target);
        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            List<String> said = new ArrayList<>();
            Ingest.Summary s = new Ingest(store, index, new Problems(home), "test", 1).run(List.of(link), IngestTest.QUIET, said::add);
            assertThat(s.refused()).isEqualTo(1);
            assertThat(said).singleElement().asString().contains(link.toString()).contains("unreadable");
            assertThat(new Problems(home).list()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(Problems.UNREADABLE);
                assertThat(p.sourcePath()).isEqualTo(link.toString());
            });

            Reparse.Report still = new Reparse(store, index, new Problems(home), "test").run(x -> { });
            assertThat(still.stillRefused()).as("still unreadable: kept, no failure").isEqualTo(1);

            Files.createDirectories(target.getParent());
            Files.copy(real, target);
            Reparse.Report now = new Reparse(store, index, new Problems(home), "test").run(x -> { });
            assertThat(now.takenIn()).isEqualTo(1);
            assertThat(new Problems(home).list()).isEmpty();
            assertThat(store.ids().count()).isEqualTo(1);
        }
    }
}
