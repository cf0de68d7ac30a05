package org.fonds.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.fonds.oai.OaiConfig;
import org.fonds.store.ArchiveHome;
import picocli.CommandLine.Option;

/**
 * How a served archive presents itself to harvesters: its public address and who answers for it.
 * The key that signs OAI-PMH resumption tokens is kept in the archive home, so a harvest can go
 * on across a restart of the server.
 */
final class Publication {
    static final String KEY_FILE = "oai-token.key";

    @Option(names = "--public-url", paramLabel = "URL",
            description = "the address readers and harvesters use, e.g. https://archive.example.org (default: http://127.0.0.1:PORT)")
    String publicUrl;
    @Option(names = "--admin-email", paramLabel = "ADDRESS", defaultValue = "archivist@localhost.localdomain",
            description = "who answers for the repository, as OAI-PMH Identify says (default: ${DEFAULT-VALUE})")
    String adminEmail;

    /** The OAI-PMH configuration, or null to let the server use its own address (port 0: not known yet). */
    OaiConfig oai(ArchiveHome archive, int port) {
        String url = publicUrl != null ? publicUrl : port == 0 ? null : "http://127.0.0.1:" + port;
        if (url == null) return null;
        return OaiConfig.forServer(url, adminEmail).withTokenKey(key(archive));
    }

    /** The home's token key, made on first use (readable by its owner only). */
    static byte[] key(ArchiveHome archive) {
        Path file = archive.root().resolve(KEY_FILE);
        try {
            if (Files.isRegularFile(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length >= 32) return key;
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(archive.root());
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
