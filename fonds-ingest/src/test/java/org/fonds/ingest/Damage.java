package org.fonds.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fonds.store.ArchiveHome;

/** Damage done by hand to a stored home, as a failing disk or a careless hand would. */
final class Damage {
    private Damage() {
    }

    /** The stored content file {@code name} (source.txt, record.json) of the latest version of {@code id}. */
    static Path storedFile(ArchiveHome home, String id, String name) {
        try (Stream<Path> walk = Files.walk(home.ocfl())) {
            return walk.filter(p -> p.getFileName().toString().equals(name) && p.toString().contains("/" + id + "/"))
                    .max(java.util.Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no " + name + " stored for " + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flips one bit of the byte at {@code at} of {@code file}, keeping its size. */
    static void flipByte(Path file, int at) throws IOException {
        byte[] b = Files.readAllBytes(file);
        b[at] ^= 0x01;
        Files.write(file, b);
    }
}
