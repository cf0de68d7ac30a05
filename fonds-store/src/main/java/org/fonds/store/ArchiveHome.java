package org.fonds.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of an archive home ({@code --home}): the OCFL storage root, the work folder where
 * versions are assembled (on the same volume, so that installing a version is a rename), the kept
 * refused inputs, and the lock file of the one process that may write.
 */
public record ArchiveHome(Path root) {
    public ArchiveHome {
        root = root.toAbsolutePath().normalize();
    }

    public Path ocfl() {
        return root.resolve("ocfl");
    }

    public Path work() {
        return root.resolve("work");
    }

    public Path problems() {
        return root.resolve("problems");
    }

    /** The embedded search index: derived data, rebuilt from the store by {@code reindex}. */
    public Path index() {
        return root.resolve("index");
    }

    /**
     * Tables derived from the stored records (people, sessions, references): like the index, rebuilt
     * from the store by {@code reindex}.
     */
    public Path derived() {
        return root.resolve("derived");
    }

    public Path lockFile() {
        return root.resolve("write.lock");
    }

    /** Creates the folders that do not exist yet. */
    public ArchiveHome create() throws IOException {
        Files.createDirectories(ocfl());
        Files.createDirectories(work());
        Files.createDirectories(problems());
        return this;
    }
}
