package org.fonds.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} checks the objects side by side: every damaged object is named, in the order of
 * the sorted ids, with the same lines as when they are checked one at a time.
 */
class VerifyTest {
    private static final int OBJECTS = 60;

    @Test
    void everyDamagedObjectIsNamedInOrderWhateverTheNumberOfThreads(@TempDir Path tmp) throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        List<String> ids = new ArrayList<>();
        try (OcflStore store = OcflStore.open(home)) {
            for (int i = 0; i < OBJECTS; i++) ids.add(store.put(OcflStoreTest.deposit(i)).id());
            assertThat(store.verify(true, 4)).isEmpty();
        }
        Map<String, Damage> damaged = new TreeMap<>();
        Damage[] kinds = Damage.values();
        for (int k = 0; k < 12; k++) damaged.put(ids.get(k * 5 + 2), kinds[k % kinds.length]); // ids spread over the store
        for (Map.Entry<String, Damage> e : damaged.entrySet()) e.getValue().apply(objectRoot(tmp, e.getKey()));

        try (OcflStore store = OcflStore.openForReading(home)) {
            List<String> oneByOne = store.verify(true, 1);
            List<String> sideBySide = store.verify(true, 4);
            assertThat(sideBySide).isEqualTo(oneByOne);
            assertThat(store.verify(true)).isEqualTo(oneByOne);

            List<String> named = sideBySide.stream().map(line -> line.substring(0, line.indexOf(": "))).toList();
            assertThat(new TreeSet<>(named)).containsExactlyElementsOf(damaged.keySet());
            assertThat(named).isSorted();
            for (Map.Entry<String, Damage> e : damaged.entrySet()) {
                assertThat(sideBySide).as(e.getValue().name()).anySatisfy(line ->
                        assertThat(line).startsWith(e.getKey() + ": ").contains(e.getValue().says));
            }
        }
    }

    /** Ways an object is found damaged, each with a word of the problem it must be reported as. */
    enum Damage {
        FLIPPED_BYTE(OcflStore.SOURCE) {
            @Override
            void apply(Path root) throws IOException {
                Path f = content(root, OcflStore.SOURCE);
                byte[] b = Files.readAllBytes(f);
                b[b.length / 2] ^= 0x01;
                Files.write(f, b);
            }
        },
        MISSING_FILE(OcflStore.RECORD) {
            @Override
            void apply(Path root) throws IOException {
                Files.delete(content(root, OcflStore.RECORD));
            }
        },
        EDITED_INVENTORY("inventory") {
            @Override
            void apply(Path root) throws IOException {
                Path inventory = root.resolve("inventory.json");
                Files.writeString(inventory, Files.readString(inventory).replace("fonds-test", "fonds-tesT"));
            }
        },
        MISSING_SIDECAR("inventory.json.sha512") {
            @Override
            void apply(Path root) throws IOException {
                Files.delete(root.resolve("inventory.json.sha512"));
            }
        };

        final String says;

        Damage(String says) {
            this.says = says;
        }

        abstract void apply(Path objectRoot) throws IOException;
    }

    private static Path objectRoot(Path home, String id) {
        try (OcflStore store = OcflStore.openForReading(new ArchiveHome(home))) {
            return new ArchiveHome(home).ocfl().resolve(store.objectPath(id));
        }
    }

    private static Path content(Path objectRoot, String name) throws IOException {
        try (Stream<Path> files = Files.walk(objectRoot)) {
            return files.filter(p -> p.endsWith(Path.of("content", name))).findFirst().orElseThrow();
        }
    }
}
