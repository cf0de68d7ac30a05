package org.fonds.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocfl.api.OcflRepository;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleIdEncapsulationLayoutConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's ids read from its folders' names are the ids ocfl-java reads from every inventory: the
 * same ids in the same order, for ids the layout writes as they are, ids it percent-encodes, ids it
 * cuts short (over 100 encoded characters), the home's own objects, and in an older store's three levels.
 */
class ObjectIdsTest {
    /** Ids of every kind the layout names differently; a document's is [a-z0-9-], but the store takes any. */
    private static final List<String> ODD_IDS = List.of("frus-1969-76-v01-d12", "a.b_c~d", "with space", "ünïcödé-ὁμιλία",
            "percent%41sign", "x".repeat(100), "y".repeat(101), "long-" + "ü".repeat(40), "fonds:people-corrections-look-alike");

    @Test
    void a_new_store_lists_the_ids_ocfl_java_reads_from_the_inventories(@TempDir Path tmp) throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        try (OcflStore store = OcflStore.open(home)) {
            fill(store);
            assertSameAsOcflJava(home, store);
        }
    }

    @Test
    void an_older_store_of_three_levels_lists_the_same(@TempDir Path tmp) throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        home.create();
        new OcflRepositoryBuilder().defaultLayoutConfig(new HashedNTupleIdEncapsulationLayoutConfig())
                .storage(s -> s.fileSystem(home.ocfl())).workDir(home.work()).build().close();
        try (OcflStore store = OcflStore.open(home)) {
            fill(store);
            assertSameAsOcflJava(home, store);
        }
    }

    @Test
    void a_name_that_is_no_percent_encoding_is_not_decoded() {
        assertThat(ObjectIds.decode("plain-id")).isEqualTo("plain-id");
        assertThat(ObjectIds.decode("a%3ab")).isEqualTo("a:b");
        assertThat(ObjectIds.decode("%c3%bc")).isEqualTo("ü");
        assertThat(ObjectIds.decode("bad%4")).isNull();
        assertThat(ObjectIds.decode("bad%zz")).isNull();
        assertThat(ObjectIds.decode("%c3")).as("half a UTF-8 sequence").isNull();
    }

    /** Generated documents, the same records under odd ids, and a home object. */
    private static void fill(OcflStore store) {
        for (int i = 0; i < 40; i++) store.put(OcflStoreTest.deposit(i));
        for (int i = 0; i < ODD_IDS.size(); i++) {
            Deposit d = OcflStoreTest.deposit(100 + i);
            store.put(new Deposit(d.source(), d.sourcePath(), d.record().withId(ODD_IDS.get(i)), "fonds-test"));
        }
        store.putHomeFile(OcflStore.HOME_OBJECT_PREFIX + "people", "people.json", "{}".getBytes(StandardCharsets.UTF_8),
                "fonds-test", "a home object");
        store.flush();
    }

    private static void assertSameAsOcflJava(ArchiveHome home, OcflStore store) throws IOException {
        Path work = Files.createTempDirectory(home.root(), "list");
        OcflRepository repo = new OcflRepositoryBuilder().storage(s -> s.fileSystem(home.ocfl())).workDir(work).build();
        List<String> expected;
        try (Stream<String> all = repo.listObjectIds()) {
            expected = all.filter(id -> !id.startsWith(OcflStore.HOME_OBJECT_PREFIX)).toList();
        } finally {
            repo.close();
        }
        List<String> listed = new ArrayList<>();
        try (Stream<String> ids = store.ids()) {
            ids.forEach(listed::add);
        }
        assertThat(expected).hasSize(40 + ODD_IDS.size() - 1).containsAll(ODD_IDS.subList(0, ODD_IDS.size() - 1));
        assertThat(listed).isEqualTo(expected);
    }
}
