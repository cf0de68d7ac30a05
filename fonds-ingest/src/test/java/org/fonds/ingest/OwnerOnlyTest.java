package org.fonds.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fonds.record.RecordJson;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.synth.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: an input only its owner may read is stored readable by its owner only, in every version. */
class OwnerOnlyTest {
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path tmp;

    @Test
    void a_private_input_is_kept_private_in_every_version_and_a_shared_one_as_the_umask_says() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path in = tmp.resolve("in");
        new Generator(5).writeCorpus(in, 2);
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = new ArrayList<>(list.sorted().toList());
        }
        Path privateRecord = files.get(0), sharedRecord = files.get(1);
        Files.setPosixFilePermissions(privateRecord, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(sharedRecord, PosixFilePermissions.fromString("rw-r--r--"));
        Path privateRefusal = in.resolve("scan.bin");
        Files.write(privateRefusal, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.setPosixFilePermissions(privateRefusal, PosixFilePermissions.fromString("rw-------"));
        files.add(privateRefusal);

        ArchiveHome home = new ArchiveHome(tmp.resolve("home"));
        try (OcflStore store = OcflStore.open(home); LuceneIndex index = LuceneIndex.open(home.index())) {
            new Ingest(store, index, new Problems(home), "test", 1).run(files, IngestTest.QUIET, s -> { });
            Map<String, Path> objects = objects(home);
            assertThat(objects).hasSize(2);
            String privateId = idOf(privateRecord), sharedId = idOf(sharedRecord);
            assertThat(readableByOthers(objects.get(privateId))).as("files of the private record others may read").isEmpty();
            assertThat(readableByOthers(objects.get(sharedId))).as("the shared record keeps the umask's permissions").isNotEmpty();
            assertThat(readableByOthers(home.problems())).as("kept refusals others may read")
                    .noneMatch(p -> p.toString().endsWith(".bin"));

            // a later version of the object stays private, even when the file it comes from is shared by then:
            // the store never widens what was private (narrowing is the owner's to do)
            Files.write(privateRecord, (Files.readString(privateRecord) + "\nA line added later.\n").getBytes());
            Files.setPosixFilePermissions(privateRecord, PosixFilePermissions.fromString("rw-r--r--"));
            new Ingest(store, index, new Problems(home), "test", 1).run(List.of(privateRecord), IngestTest.QUIET, s -> { });
            assertThat(store.history(privateId)).hasSize(2);
            assertThat(readableByOthers(objects(home).get(privateId))).isEmpty();
        }
    }

    private String idOf(Path file) throws IOException {
        var outcome = new org.fonds.parse.RecordParser().parse(file.toString(), Files.readAllBytes(file));
        return ((org.fonds.parse.ParseOutcome.Accepted) outcome).record().id();
    }

    /** Object roots by the id their inventory names. */
    private static Map<String, Path> objects(ArchiveHome home) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(home.ocfl())) {
            for (Path inventory : all.filter(p -> p.getFileName().toString().equals("inventory.json")
                    && Files.exists(p.resolveSibling("0=ocfl_object_1.1"))).toList()) {
                out.put(RecordJson.mapper().readTree(inventory.toFile()).get("id").asText(), inventory.getParent());
            }
        }
        return out;
    }

    private static List<Path> readableByOthers(Path tree) throws IOException {
        try (Stream<Path> all = Files.walk(tree)) {
            return all.filter(p -> {
                try {
                    return Files.getPosixFilePermissions(p).stream().anyMatch(OTHERS::contains);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
