package org.fonds.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** Writes that survive a power cut: forced to disk, and renamed into place so readers see old or new. */
final class Durable {
    private Durable() {
    }

    /** Copies {@code from} over {@code to} by way of a temporary file and an atomic rename. */
    static void copy(Path from, Path to) throws IOException {
        replace(to, Files.readAllBytes(from));
    }

    /** Writes {@code bytes} to a temporary file, forces it, renames it over {@code to}: old or new, never half. */
    static void replace(Path to, byte[] bytes) throws IOException {
        AtomicFiles.write(to, out -> out.write(bytes));
    }

    /** Forces a file's content to disk. */
    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Forces a directory's entries to disk (where the platform allows opening a directory). Only a
     * directory that cannot be opened is passed over: a force that fails (an I/O error, an interrupted
     * thread) throws, so that no caller goes on as if the entries were on disk.
     */
    static void forceDirectory(Path dir) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException e) {
            return; // some platforms cannot open directories; their file systems order renames themselves
        }
        try (ch) {
            ch.force(true);
        }
    }

    /** Forces every file under {@code root}, then the directories, deepest first. */
    static void forceTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p)) force(p);
                else forceDirectory(p);
            }
        }
    }
}
