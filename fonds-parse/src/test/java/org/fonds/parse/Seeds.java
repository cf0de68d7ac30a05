package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;

/**
 * The sample exports in {@code ${fonds.shared}/corpus}: read from there on every run, never copied
 * into the repository, so a seed added to the folder is tested without touching the tests.
 */
public final class Seeds {
    private Seeds() {
    }

    /** One sample export: its text and, when the corpus has one, the facts expected of it. */
    public record Seed(String stem, Path text, Path expected) {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        public JsonNode expectedJson() {
            try {
                return RecordJson.mapper().readTree(Files.readString(expected));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return stem;
        }
    }

    /** The shared folder: the {@code fonds.shared} property Surefire sets, else ../../shared from the module. */
    public static Path shared() {
        String property = System.getProperty("fonds.shared");
        Path shared = property != null ? Path.of(property) : Path.of("..", "..", "shared");
        assertThat(shared.resolve("corpus"))
                .as("the shared corpus (system property fonds.shared = %s)", property)
                .isDirectory();
        return shared;
    }

    /** Every seed that has an expected-facts file, in name order; never empty. */
    public static List<Seed> withExpectations() {
        Path corpus = shared().resolve("corpus");
        List<Seed> seeds = list(corpus.resolve("seeds-expected"), ".json").stream()
                .map(json -> {
                    String stem = stem(json, ".json");
                    return new Seed(stem, corpus.resolve("seeds").resolve(stem + ".txt"), json);
                })
                .toList();
        assertThat(seeds).as("expected-facts files in %s", corpus.resolve("seeds-expected")).isNotEmpty();
        return seeds;
    }

    /** Every seed text, with or without expectations, in name order; never empty. */
    public static List<Seed> all() {
        Path corpus = shared().resolve("corpus");
        List<Seed> seeds = list(corpus.resolve("seeds"), ".txt").stream()
                .map(txt -> {
                    String stem = stem(txt, ".txt");
                    Path json = corpus.resolve("seeds-expected").resolve(stem + ".json");
                    return new Seed(stem, txt, Files.exists(json) ? json : null);
                })
                .toList();
        assertThat(seeds).as("seed texts in %s", corpus.resolve("seeds")).isNotEmpty();
        return seeds;
    }

    /** Every seed text parsed into its record, in name order; a refused seed fails the caller. */
    public static List<ArchiveRecord> records() {
        return all().stream().map(seed -> {
            if (new RecordParser().parse(seed.text().toString(), seed.bytes()) instanceof ParseOutcome.Accepted a) return a.record();
            throw new IllegalStateException("a seed was refused: " + seed.text());
        }).toList();
    }

    /** The seed with the most bytes: the best stress material. */
    public static Seed largest() {
        return all().stream().max((a, b) -> Long.compare(size(a.text()), size(b.text()))).orElseThrow();
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
