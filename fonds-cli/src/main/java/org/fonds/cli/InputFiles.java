package org.fonds.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Expands files and folders given on the command line into the files under them, in a stable order. */
final class InputFiles {
    private InputFiles() {
    }

    /** As {@link #expand(List)}; a missing path is wrong usage, reported by picocli (exit 2). */
    static List<Path> expand(picocli.CommandLine.Model.CommandSpec spec, List<Path> paths) {
        try {
            return expand(paths);
        } catch (IOException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The files under {@code paths}, sorted within each folder. What cannot be read is not left
     * out: a folder that cannot be listed, or a link that leads nowhere, is passed on like a file,
     * so ingest reports it and keeps it in problems (issue 15), and the other files go in.
     */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> under = new ArrayList<>();
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        return !d.equals(p) && isHidden(p, d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        // a link to a file is read through; one that leads nowhere is reported unreadable
                        boolean linkToFile = attrs.isSymbolicLink() && !Files.isDirectory(f);
                        if ((attrs.isRegularFile() || linkToFile) && !isHidden(p, f)) under.add(f);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        if (!isHidden(p, f)) under.add(f); // unreadable: ingest says why and keeps the path
                        return FileVisitResult.CONTINUE;
                    }
                });
                under.sort(null);
                files.addAll(under);
            } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
                files.add(p);
            } else {
                throw new IOException(p + ": no such file or folder");
            }
        }
        return files;
    }

    /** Dot-files and dot-folders inside a given folder (editor swap files, .git) are not exports. */
    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
