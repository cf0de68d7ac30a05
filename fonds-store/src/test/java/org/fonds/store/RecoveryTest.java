package org.fonds.store;

import org.fonds.record.stored.VersionRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states a kill can leave an object in, made by hand from real objects, and what the next
 * opening of the store makes of them: always a valid object, verified clean.
 */
class RecoveryTest {
    @TempDir
    Path tmp;

    /** Stores a document in two versions and returns its object folder. */
    private Path twoVersions(ArchiveHome home, String[] id) {
        Deposit first = OcflStoreTest.utf8Deposit(21);
        id[0] = first.record().id();
        try (OcflStore store = OcflStore.open(home)) {
            store.put(first);
            byte[] changed = (new String(first.source(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
            store.put(OcflStoreTest.deposit(changed, "again.txt"));
        }
        return objectRoot(home, id[0]);
    }

    private static Path objectRoot(ArchiveHome home, String id) {
        try (Stream<Path> walk = Files.walk(home.ocfl())) {
            return walk.filter(p -> p.getFileName().toString().equals(id)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void rootInventoryAsIn(Path objectRoot, String version) throws IOException {
        for (String file : new String[] {"inventory.json", "inventory.json.sha512"}) {
            Files.copy(objectRoot.resolve(version).resolve(file), objectRoot.resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Leaves an intent as a killed writer would have, then reopens the store as the next command does. */
    private static OcflStore crashAndReopen(ArchiveHome home, String id, Path objectRoot) throws IOException {
        segment(home, "1-1.log", JournalSegment.line(objectPathOf(home, objectRoot)));
        Files.createDirectories(home.work().resolve("half-staged-version/content"));
        return OcflStore.open(home);
    }

    private static String objectPathOf(ArchiveHome home, Path objectRoot) {
        return home.ocfl().relativize(objectRoot).toString();
    }

    /** A journal segment file with exactly {@code text}, as a crash can leave it. */
    private static Path segment(ArchiveHome home, String name, String text) throws IOException {
        Path journal = Files.createDirectories(home.root().resolve("journal"));
        return Files.writeString(journal.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aVersionMovedInButNotYetInTheRootInventoryIsRolledForward() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        String[] id = new String[1];
        Path root = twoVersions(home, id);
        rootInventoryAsIn(root, "v1"); // as if the kill came before the root inventory was copied
        assertThat(Recovery.repair(root)).containsExactly(Recovery.Action.ROLLED_FORWARD);
        try (OcflStore store = crashAndReopen(home, id[0], root)) {
            assertThat(store.verify(true)).isEmpty();
            assertThat(store.headVersion(id[0])).isEqualTo(2);
            assertThat(home.work()).isEmptyDirectory();
            assertThat(home.root().resolve("journal")).isEmptyDirectory();
        }
    }

    @Test
    void aRootInventoryWhoseSidecarWasNotYetCopiedIsMended() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        String[] id = new String[1];
        Path root = twoVersions(home, id);
        Files.copy(root.resolve("v1/inventory.json.sha512"), root.resolve("inventory.json.sha512"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (OcflStore store = crashAndReopen(home, id[0], root)) {
            assertThat(store.verify(true)).isEmpty();
            assertThat(store.read(id[0], VersionRef.LATEST).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void aVersionThatIsNotWholeIsRemovedAndTheObjectGoesBackToTheVersionBefore() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        String[] id = new String[1];
        Path root = twoVersions(home, id);
        rootInventoryAsIn(root, "v1"); // as if the kill came before the root inventory was copied
        Files.writeString(root.resolve("v2/inventory.json"), "{\"truncated\":", StandardCharsets.UTF_8);
        try (OcflStore store = crashAndReopen(home, id[0], root)) {
            assertThat(store.verify(true)).isEmpty();
            assertThat(store.headVersion(id[0])).isEqualTo(1);
            assertThat(root.resolve("v2")).doesNotExist();
        }
    }

    @Test
    void anObjectWithNoWholeVersionIsRemovedSoTheNextIngestAddsItAgain() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        OcflStore.open(home).close();
        Path root = Files.createDirectories(home.ocfl().resolve("abc/def/012/example-7"));
        Files.writeString(root.resolve("0=ocfl_object_1.1"), "ocfl_object_1.1\n");
        Files.createDirectories(root.resolve("v1/content"));
        try (OcflStore store = crashAndReopen(home, "example-7", root)) {
            assertThat(root).doesNotExist();
            assertThat(store.contains("example-7")).isFalse();
            assertThat(store.verify(true)).isEmpty();
        }
    }

    @Test
    void aJournalEntryPointingOutsideTheStoreIsRefused() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp).create();
        segment(home, "1-1.log", JournalSegment.line("../../etc"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OcflStore.open(home))
                .isInstanceOf(StoreException.class).hasMessageContaining("outside the store");
    }

    @Test
    void aHalfWrittenLastEntryIsSkippedAndTheWholeEntriesBeforeItAreRepaired() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        String[] id = new String[1];
        Path root = twoVersions(home, id);
        rootInventoryAsIn(root, "v1"); // as if the kill came before the root inventory was copied
        String objectPath = objectPathOf(home, root);
        // the kill came while the next entry was being appended: its write never began
        String torn = objectPath.substring(0, objectPath.indexOf('/') + 2);
        segment(home, "1-1.log", JournalSegment.line(objectPath) + torn);
        try (OcflStore store = OcflStore.open(home)) {
            assertThat(store.verify(true)).isEmpty();
            assertThat(store.headVersion(id[0])).as("rolled forward from the whole entry").isEqualTo(2);
            assertThat(home.root().resolve("journal")).isEmptyDirectory();
        }
    }

    @Test
    void anEntryWhoseChecksumDoesNotMatchIsSkipped() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        String[] id = new String[1];
        Path root = twoVersions(home, id);
        // Garbage a power cut left after the last forced entry. Taken as an object, the folder it
        // names (the first level of the layout) has no version and would be removed with its objects.
        String objectPath = objectPathOf(home, root);
        String folder = objectPath.substring(0, objectPath.indexOf('/'));
        String line = JournalSegment.line(folder);
        int digit = folder.length() + 1;
        segment(home, "1-1.log", line.substring(0, digit) + (line.charAt(digit) == '0' ? '1' : '0') + line.substring(digit + 1));
        try (OcflStore store = OcflStore.open(home)) {
            assertThat(store.read(id[0], VersionRef.LATEST)).isPresent();
            assertThat(store.verify(true)).isEmpty();
            assertThat(home.root().resolve("journal")).isEmptyDirectory();
        }
    }

    @Test
    void anEmptySegmentAndSegmentsOfFinishedWritesAreRemoved() throws IOException {
        ArchiveHome home = new ArchiveHome(tmp);
        String[] id = new String[1];
        Path root = twoVersions(home, id);
        segment(home, "1-1.log", "");
        segment(home, "1-2.log", JournalSegment.line(objectPathOf(home, root)));
        try (OcflStore store = OcflStore.open(home)) {
            assertThat(store.headVersion(id[0])).isEqualTo(2);
            assertThat(store.verify(true)).isEmpty();
            assertThat(home.root().resolve("journal")).isEmptyDirectory();
        }
    }
}
