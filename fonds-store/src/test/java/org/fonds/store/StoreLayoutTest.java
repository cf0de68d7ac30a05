package org.fonds.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocfl.api.OcflRepository;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleIdEncapsulationLayoutConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fonds.record.stored.VersionRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where objects lie: one level of folders in a new store, and an older store's three levels kept (issue 14). */
class StoreLayoutTest {

    @Test
    void a_new_store_puts_each_object_one_folder_below_the_root_and_stays_valid_ocfl(@TempDir Path tmp) throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        try (OcflStore store = OcflStore.open(home)) {
            for (int i = 0; i < 5; i++) {
                Deposit d = OcflStoreTest.deposit(i);
                store.put(d);
                assertObjectAt(home, store.objectPath(d.record().id()), 2);
            }
            store.flush();
            assertThat(store.verify(true)).isEmpty();
        }
        assertThat(Files.readString(home.ocfl().resolve("extensions/" + StoreLayout.EXTENSION + "/config.json")))
                .contains("\"numberOfTuples\" : 1");
    }

    @Test
    void a_store_made_with_the_extension_default_keeps_its_three_levels(@TempDir Path tmp) throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        home.create();
        // what Fonds made before issue 14: ocfl-java's default configuration of extension 0003
        OcflRepository before = new OcflRepositoryBuilder().defaultLayoutConfig(new HashedNTupleIdEncapsulationLayoutConfig())
                .storage(s -> s.fileSystem(home.ocfl())).workDir(home.work()).build();
        before.close();
        Deposit first = OcflStoreTest.deposit(1);
        try (OcflStore store = OcflStore.open(home)) {
            store.put(first);
            assertObjectAt(home, store.objectPath(first.record().id()), 4);
            Deposit second = OcflStoreTest.deposit(2);
            store.put(second);
            assertObjectAt(home, store.objectPath(second.record().id()), 4);
            store.flush();
            assertThat(store.verify(true)).isEmpty();
        }
        try (OcflStore reopened = OcflStore.openForReading(home)) {
            assertThat(reopened.read(first.record().id(), VersionRef.LATEST)).isPresent();
        }
    }

    /** The object's folder is where the store says, {@code depth} folders below the storage root, and an OCFL object. */
    private static void assertObjectAt(ArchiveHome home, String objectPath, int depth) {
        Path root = home.ocfl().resolve(objectPath);
        assertThat(root.resolve("0=ocfl_object_1.1")).isRegularFile();
        assertThat(home.ocfl().relativize(root).getNameCount()).isEqualTo(depth);
    }
}
