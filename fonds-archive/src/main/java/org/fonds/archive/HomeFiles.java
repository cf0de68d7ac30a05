package org.fonds.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.fonds.search.SearchBackend;
import org.fonds.search.lucene.LuceneBackend;
import org.fonds.store.ArchiveHome;

/** What the archive keeps in its home beside the store (the names are {@link ArchiveHome}'s). */
final class HomeFiles {
    private HomeFiles() {
    }

    static SearchBackend embeddedIndex(ArchiveHome home) {
        return new LuceneBackend(home.index());
    }

    /** The home's OAI-PMH token key, made on first use and readable by its owner only. */
    static byte[] tokenKey(ArchiveHome home) {
        Path file = home.oaiTokenKey();
        try {
            if (Files.isRegularFile(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length >= 32) return key;
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(home.root());
            Files.write(file, key);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps its defaults
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the OAI-PMH token key in " + file, e);
        }
    }
}
