package org.fonds.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !isHidden(p, f)).sorted().forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (Files.exists(p)) {
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
