package org.fonds.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Derived files written whole or not at all: streamed to a temporary file beside the target,
 * forced to disk, renamed over it. A reader sees the old file or the new one; a crash leaves at
 * most a stray temporary file, which the next write replaces.
 */
public final class AtomicFiles {
    /** Writes the content of a file to a stream it does not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path to, Content content) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        Path tmp = to.resolveSibling(to.getFileName() + ".fonds-tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            content.writeTo(out);
            out.flush();
            ch.force(true);
        }
        try {
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Durable.forceDirectory(to.toAbsolutePath().getParent());
    }
}
