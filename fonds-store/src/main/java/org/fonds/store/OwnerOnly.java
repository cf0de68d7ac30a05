package org.fonds.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * An input its owner kept to themselves stays theirs in the home: a file nobody else may read (no
 * group or other read bit) is stored with owner-only permissions, and so is every later version of
 * its object. The store otherwise writes with the process's umask, which would hand a private
 * letter to everyone on the machine. File systems without POSIX permissions keep their defaults.
 */
public final class OwnerOnly {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Whether only its owner may read {@code path}; false where it cannot be told. */
    public static boolean is(Path path) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
            return !p.contains(PosixFilePermission.GROUP_READ) && !p.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Makes {@code file} readable by its owner only. */
    static void restrictFile(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (UnsupportedOperationException notPosix) {
            // nothing to restrict with
        }
    }

    /** Makes a whole tree (an object's folder) readable and searchable by its owner only. */
    static void restrictTree(Path root) throws IOException {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.setPosixFilePermissions(dir, DIRECTORY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.setPosixFilePermissions(file, FILE);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UnsupportedOperationException notPosix) {
            // nothing to restrict with
        }
    }
}
