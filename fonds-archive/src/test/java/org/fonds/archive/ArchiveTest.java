package org.fonds.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.oai.OaiConfig;
import org.fonds.error.Failure;
import org.fonds.error.FondsException;
import org.fonds.ingest.DerivedTables;
import org.fonds.ingest.Ingest;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.store.ArchiveHome;
import org.fonds.store.WriteLock;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's operations on a real home: an OCFL store, a Lucene index and derived tables on disk. */
class ArchiveTest {
    private static final int COUNT = 30;

    @TempDir
    Path tmp;

    @Test
    void aHomeThatIsNotThereIsWrongUsageAndNothingIsMadeThere() {
        Path typo = tmp.resolve("no-such-home");
        assertThatThrownBy(() -> Archive.openExisting(typo, null, "test"))
                .isInstanceOfSatisfying(NoArchiveException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Failure.USAGE);
                    assertThat(e.code()).isEqualTo("no-archive");
                    assertThat(e.getMessage()).contains(typo.toString());
                });
        assertThat(typo).doesNotExist();
    }

    @Test
    void anIngestStoresIndexesAndDerivesAndASecondChangesNothing() throws IOException {
        List<Path> files = generated();
        try (Archive archive = Archive.open(tmp.resolve("home"), null, "test")) {
            Archive.Ingested first = archive.ingest(files, 2, Ingest.Progress.NONE, line -> { });
            assertThat(first.summary().added()).isEqualTo(COUNT);
            assertThat(first.tables().status()).isEqualTo(TablesOutcome.Status.BUILT);
            assertThat(first.tables().documentsRead()).isEqualTo(COUNT);
            assertThat(first.tables().sessions()).isPositive();
            assertThat(archive.verify()).isEmpty();
            try (Stream<String> ids = archive.documents().ids()) {
                assertThat(ids.count()).isEqualTo(COUNT);
            }
            assertThat(archive.searcher().search(SearchRequest.of("")).total()).isEqualTo(COUNT);

            Archive.Ingested again = archive.ingest(files, 2, Ingest.Progress.NONE, line -> { });
            assertThat(again.summary().unchanged()).isEqualTo(COUNT);
            assertThat(again.tables().status()).isEqualTo(TablesOutcome.Status.UNCHANGED);
            assertThat(again.tables().lines()).isEmpty();
        }
    }

    @Test
    void tablesLeftStaleByACrashAreRebuiltByTheNextIngestEvenIfItStoresNothing() throws IOException {
        List<Path> files = generated();
        Path root = tmp.resolve("home");
        try (Archive archive = Archive.open(root, null, "test")) {
            archive.ingest(files, 2, Ingest.Progress.NONE, line -> { });
        }
        // what an ingest that died between the store and the tables leaves behind
        new DerivedTables(new ArchiveHome(root)).markStale();
        try (Archive archive = Archive.openExisting(root, null, "test")) {
            assertThat(archive.verify()).singleElement().asString().startsWith("derived tables:").contains("fonds reindex");
            Archive.Ingested again = archive.ingest(files, 2, Ingest.Progress.NONE, line -> { });
            assertThat(again.summary().unchanged()).isEqualTo(COUNT);
            assertThat(again.tables().status()).isEqualTo(TablesOutcome.Status.BUILT);
            assertThat(archive.verify()).isEmpty();
        }
    }

    @Test
    void reindexAndReparseWorkOnWhatIsStored() throws IOException {
        List<Path> files = generated();
        try (Archive archive = Archive.open(tmp.resolve("home"), null, "test")) {
            archive.ingest(files, 2, Ingest.Progress.NONE, line -> { });
            Archive.Reindexed reindexed = archive.reindex();
            assertThat(reindexed.report().indexed()).isEqualTo(COUNT);
            assertThat(reindexed.report().complete()).isTrue();
            assertThat(reindexed.tables().complete()).isTrue();
            Archive.Reparsed reparsed = archive.reparse(line -> { });
            assertThat(reparsed.report().read()).isEqualTo(COUNT);
            assertThat(reparsed.report().updated()).as("the same parser reads the same records").isZero();
            assertThat(archive.verify()).isEmpty();
        }
    }

    @Test
    void aDocumentTheRebuildsGoWithoutIsNamedUntilItIsMended() throws IOException {
        Path root = tmp.resolve("home");
        try (Archive archive = Archive.open(root, null, "test")) {
            archive.ingest(generated(), 2, Ingest.Progress.NONE, line -> { });
            String id;
            try (Stream<String> ids = archive.documents().ids()) {
                id = ids.sorted().findFirst().orElseThrow();
            }
            Path record = storedFile(root, id, "record.json");
            byte[] intact = Files.readAllBytes(record);
            byte[] flipped = intact.clone();
            flipped[10] ^= 0x01; // a failing disk: the fixity check on reading catches it
            Files.write(record, flipped);

            Archive.Reindexed r = archive.reindex();
            assertThat(r.report().skipped()).singleElement().extracting(p -> p.id()).isEqualTo(id);
            assertThat(r.tables().skipped()).singleElement().extracting(p -> p.id()).isEqualTo(id);
            assertThat(archive.documents().skipped()).extracting(p -> p.id() + " " + p.code())
                    .containsExactly(id + " not-in-tables", id + " not-indexed");
            assertThat(archive.verify()).anySatisfy(line -> assertThat(line).startsWith(id + ": reindex: ").contains("damaged"))
                    .anySatisfy(line -> assertThat(line).startsWith(id + ": derived tables: "));

            Files.write(record, intact); // restored from a backup
            archive.reindex();
            assertThat(archive.documents().skipped()).isEmpty();
            assertThat(archive.verify()).isEmpty();
        }
    }

    private static Path storedFile(Path root, String id, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("ocfl"))) {
            return walk.filter(p -> p.getFileName().toString().equals(name) && p.toString().contains("/" + id + "/"))
                    .max(java.util.Comparator.comparing(Path::toString)).orElseThrow();
        }
    }

    @Test
    void aFailureOfTheMachineIsNamedWithItsStageAndFileAndLosesNothing() throws IOException {
        Path root = tmp.resolve("home");
        List<Path> files = generated();
        try (Archive archive = Archive.open(root, null, "test")) {
            archive.ingest(files.subList(0, 10), 2, Ingest.Progress.NONE, line -> { });
        }
        // the index's folder replaced by a file: what a disk that refuses to write looks like to Fonds
        Path index = new ArchiveHome(root).index();
        try (Stream<Path> s = Files.walk(index)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Files.writeString(index, "not a folder");
        try (Archive archive = Archive.open(root, null, "test")) {
            assertThatThrownBy(() -> archive.ingest(files, 2, Ingest.Progress.NONE, line -> { }))
                    .isInstanceOfSatisfying(FondsException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Failure.ENVIRONMENT);
                        assertThat(e.code()).isEqualTo("io-error");
                        assertThat(e.getMessage()).startsWith("ingest: ").contains(index.toString()).contains("is kept");
                    });
            try (Stream<String> ids = archive.documents().ids()) {
                assertThat(ids.count()).as("what was stored before").isEqualTo(10);
            }
        }
    }

    @Test
    void aHomeAnotherProcessWritesIsBusyNotBroken() throws IOException {
        Path root = tmp.resolve("home");
        try (Archive archive = Archive.open(root, null, "test");
             WriteLock held = WriteLock.acquire(new ArchiveHome(root), "another ingest")) {
            assertThatThrownBy(() -> archive.ingest(generated(), 2, Ingest.Progress.NONE, line -> { }))
                    .isInstanceOfSatisfying(FondsException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Failure.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("another fonds process is writing");
                    });
        }
    }

    @Test
    void readingAHomeWritesNothingInItAndWorksBesideAWriter() throws IOException {
        Path root = tmp.resolve("home");
        try (Archive archive = Archive.open(root, null, "test")) {
            archive.ingest(generated(), 2, Ingest.Progress.NONE, line -> { });
        }
        Map<Path, FileTime> before = files(root);
        try (WriteLock writer = WriteLock.acquire(new ArchiveHome(root), "an ingest beside");
             Archive reader = Archive.openForReading(root, null)) {
            assertThat(reader.verify()).isEmpty();
            String id;
            try (Stream<String> ids = reader.documents().ids()) {
                id = ids.findFirst().orElseThrow();
            }
            assertThat(reader.documents().record(id)).isPresent();
            assertThat(reader.documents().problems()).isEmpty();
            assertThatThrownBy(() -> reader.ingest(List.of(), 1, Ingest.Progress.NONE, line -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("reading only");
        }
        Map<Path, FileTime> after = files(root);
        after.remove(new ArchiveHome(root).lockFile()); // the writer beside us, not the reader
        before.remove(new ArchiveHome(root).lockFile());
        assertThat(after).isEqualTo(before);
    }

    private static Map<Path, FileTime> files(Path root) throws IOException {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) out.put(p, Files.getLastModifiedTime(p));
        }
        return out;
    }

    @Test
    void theStoredHitsOfASearchComeInTheOrderOfTheHits() throws IOException {
        try (Archive archive = Archive.open(tmp.resolve("home"), null, "test")) {
            archive.ingest(generated(), 2, Ingest.Progress.NONE, line -> { });
            SearchRequest request = SearchRequest.of("").withPage(1, 100);
            List<String> hits = archive.searcher().search(request).hits().stream().map(SearchResult.Hit::id).toList();
            List<StoredVersion> stored;
            try (Stream<StoredVersion> s = archive.storedHits(request)) {
                stored = s.toList();
            }
            assertThat(stored).extracting(StoredVersion::id).containsExactlyElementsOf(hits);
            assertThat(stored).allSatisfy(v -> assertThat(v.version()).isEqualTo(1));
            Optional<StoredVersion> first = archive.documents().read(hits.getFirst(), VersionRef.of(1));
            assertThat(first).hasValueSatisfying(v -> assertThat(v.recordJson()).isEqualTo(stored.getFirst().recordJson()));
            assertThat(archive.documents().read(hits.getFirst(), VersionRef.of(2))).isEmpty();
        }
    }

    /**
     * The OAI-PMH catalog is kept by the writing operations, so a server lists what the store holds
     * without scanning it (issue 15): an ingest writes it, a later ingest adds to it, reindex makes
     * it anew when it is gone.
     */
    @Test
    void theHarvestingCatalogIsKeptByIngestAndRemadeByReindex() throws IOException {
        List<Path> files = generated();
        Path root = tmp.resolve("home");
        ArchiveHome home = new ArchiveHome(root);
        try (Archive archive = Archive.open(root, null, "test")) {
            archive.ingest(files.subList(0, 10), 2, Ingest.Progress.NONE, line -> { });
            assertThat(home.oaiCatalog()).isRegularFile();
            assertThat(listed(archive)).hasSize(10);
            archive.ingest(files, 2, Ingest.Progress.NONE, line -> { });
            assertThat(listed(archive)).hasSize(COUNT);
            Files.delete(home.oaiCatalog());
            archive.reindex();
            assertThat(home.oaiCatalog()).isRegularFile();
            assertThat(listed(archive)).hasSize(COUNT);
        }
    }

    /** The identifiers a harvester gets from one ListIdentifiers page (large enough for all). */
    private static List<String> listed(Archive archive) {
        OaiConfig config = new OaiConfig("http://fonds.test/oai", "http://fonds.test", "a@fonds.test", 1000,
                Duration.ofHours(1), Duration.ofDays(365), "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
        String xml = archive.oai(config).handle(Map.of("verb", List.of("ListIdentifiers"), "metadataPrefix", List.of("oai_dc")),
                Instant.now()).xml();
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<identifier>(oai:[^<]+)</identifier>").matcher(xml);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private List<Path> generated() throws IOException {
        Path dir = tmp.resolve("input");
        if (!Files.isDirectory(dir)) new Generator(1956).writeCorpus(dir, COUNT);
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }
}
