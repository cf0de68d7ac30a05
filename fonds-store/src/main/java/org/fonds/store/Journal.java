package org.fonds.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Intents: before an object is written, a file naming it is created under {@code journal/}, and it
 * is deleted once the write is complete and on disk. After a crash the intents left name exactly
 * the objects that may be half-written, so recovery need not scan millions of objects.
 */
final class Journal {
    private final Path dir;

    Journal(ArchiveHome home) {
        this.dir = home.root().resolve("journal");
    }

    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Records the intent to write the object at {@code objectPath} (relative to the OCFL root). Each
     * write has its own entry, so a second write of one id cannot clear the first one's entry.
     */
    Path begin(String id, String objectPath) {
        // the object's path is in the name itself: once the directory entry is on disk, the intent is
        Path intent = dir.resolve(objectPath.replace('/', '+') + "@" + ProcessHandle.current().pid() + "-"
                + sequence.incrementAndGet() + ".intent");
        try {
            Files.createDirectories(dir);
            Files.writeString(intent, objectPath, StandardCharsets.UTF_8);
            Durable.forceDirectory(dir);
            return intent;
        } catch (IOException e) {
            throw new StoreException("cannot write the journal entry " + intent + ": " + e.getMessage(), e);
        }
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
