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
        Path intent = dir.resolve(fileName(id) + "." + ProcessHandle.current().pid() + "-" + sequence.incrementAndGet()
                + ".intent");
        try {
            Files.createDirectories(dir);
            Files.writeString(intent, objectPath, StandardCharsets.UTF_8);
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

    static String objectPathOf(Path intent) throws IOException {
        return Files.readString(intent, StandardCharsets.UTF_8).strip();
    }

    /** Ids are [a-z0-9-] by construction; anything else is encoded so no id can name another path. */
    private static String fileName(String id) {
        StringBuilder sb = new StringBuilder();
        for (char c : id.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') sb.append(c);
            else sb.append('_').append(Integer.toHexString(c));
        }
        return sb.toString();
    }
}
