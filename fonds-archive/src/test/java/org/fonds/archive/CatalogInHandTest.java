package org.fonds.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fonds.ingest.Ingest;
import org.fonds.oai.OaiConfig;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.store.ArchiveHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harvesting catalog an ingest writes takes each stored record's sets from the record it had
 * in hand instead of reading it back: what a harvester is told must be what a catalog rebuilt from
 * the store tells, for records of many publishers and archives (the real corpus and the seeds).
 */
@NeedsShared({"corpus/real", "corpus/seeds"})
class CatalogInHandTest {
    private static final OaiConfig CONFIG = new OaiConfig("http://fonds.test/oai", "http://fonds.test", "a@fonds.test", 1000,
            Duration.ofHours(1), Duration.ofDays(365), "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    @Test
    void anIngestsCatalogTellsHarvestersWhatACatalogRebuiltFromTheStoreTells() throws IOException {
        Path root = tmp.resolve("home");
        ArchiveHome home = new ArchiveHome(root);
        try (Archive archive = Archive.open(root, null, "test")) {
            List<Path> files = inputs();
            archive.ingest(files.subList(0, files.size() / 2), 2, Ingest.Progress.NONE, line -> { });
            archive.ingest(files, 2, Ingest.Progress.NONE, line -> { }); // an update of the catalog, not only its first build
            String sets = answer(archive, "ListSets");
            String headers = answer(archive, "ListIdentifiers");
            assertThat(sets).as("several archives and fonds are named").contains("<setSpec>archive:").contains("<setSpec>fond:");
            assertThat(headers).contains("<setSpec>repository:");

            Files.delete(home.oaiCatalog());
            archive.reindex(); // rebuilt from the store, every record read back
            assertThat(answer(archive, "ListSets")).isEqualTo(sets);
            assertThat(answer(archive, "ListIdentifiers")).isEqualTo(headers);
        }
    }

    private static List<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("real/docs", "seeds")) {
            try (Stream<Path> s = Files.list(Seeds.corpus(folder))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The answer to {@code verb} with the moment of answering taken out (it differs between two answers). */
    private static String answer(Archive archive, String verb) {
        Map<String, List<String>> args = verb.equals("ListSets") ? Map.of("verb", List.of(verb))
                : Map.of("verb", List.of(verb), "metadataPrefix", List.of("oai_dc"));
        return archive.oai(CONFIG).handle(args, Instant.EPOCH).xml().replaceAll("<responseDate>[^<]*</responseDate>", "");
    }
}
