package org.fonds.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Intents: before an object is written, a file naming it is created under {@code journal/}, and it
 * is deleted once the write is complete and on disk. After a crash the intents left name exactly
 * the objects that may be half-written, so recovery need not scan millions of objects.
 */
final class Journal {
    private final Path dir;
    private final AtomicLong sequence = new AtomicLong();
    private final GroupForce force;

    Journal(ArchiveHome home) {
        this.dir = home.root().resolve("journal");
        this.force = new GroupForce(() -> Durable.forceDirectory(dir));
    }

    /**
     * Records the intent to write the object at {@code objectPath} (relative to the OCFL root) and
     * returns once the intent is on disk. Each write has its own entry, so a second write of one id
     * cannot clear the first one's entry.
     */
    Path begin(String objectPath) {
        // the object's path is in the name itself: once the directory entry is on disk, the intent is
        Path intent = dir.resolve(objectPath.replace('/', '+') + "@" + ProcessHandle.current().pid() + "-"
                + sequence.incrementAndGet() + ".intent");
        try {
            Files.writeString(intent, objectPath, StandardCharsets.UTF_8);
            force.await(force.written());
            return intent;
        } catch (IOException e) {
            throw new StoreException("cannot write the journal entry " + intent + ": " + e.getMessage(), e);
        }
    }

    /** Creates the journal folder and makes its own entry durable, once, before any intent is written. */
    void create() throws IOException {
        Files.createDirectories(dir);
        Durable.forceDirectory(dir.getParent());
    }

    void end(Path intent) {
        try {
            Files.deleteIfExists(intent);
        } catch (IOException e) {
            throw new StoreException("cannot remove the journal entry " + intent + ": " + e.getMessage(), e);
        }
    }

    /** The object paths of the intents left behind. */
    List<Path> pending() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("cannot read the journal " + dir + ": " + e.getMessage(), e);
        }
    }

    static String objectPathOf(Path intent) {
        String name = intent.getFileName().toString();
        String encoded = name.substring(0, Math.max(0, name.indexOf('@')));
        return encoded.replace('+', '/');
    }
}
