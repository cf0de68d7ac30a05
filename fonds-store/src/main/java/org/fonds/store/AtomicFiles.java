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
        rename(tmp, to);
    }

    /**
     * Puts a file written whole by another hand ({@code made}, beside {@code to}) in place of {@code to}:
     * forced to disk, then renamed over it, then the folder's entries forced. A reader sees the old file
     * or the new one; a crash before the rename leaves {@code made} behind, never half of {@code to}.
     */
    public static void moveInto(Path made, Path to) throws IOException {
        Durable.force(made);
        rename(made, to);
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Durable.forceDirectory(to.toAbsolutePath().getParent());
    }
}
