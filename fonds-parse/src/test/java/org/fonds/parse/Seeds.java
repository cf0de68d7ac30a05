package org.fonds.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * The shared folder: the {@code fonds.shared} property Surefire sets, else ../../shared from the
     * module. Not checked: ask {@link #corpus} for the folder a test reads.
     */
    public static Path shared() {
        String property = System.getProperty("fonds.shared");
        return property != null ? Path.of(property) : Path.of("..", "..", "shared");
    }

    /**
     * A folder of the shared corpus ({@code "seeds"}, {@code "real/docs"}), which a clone does not
     * hold: where it is missing, the calling test is skipped, or fails under {@code CI=true}
     * ({@link Required}). Mark the test {@link NeedsShared} as well where the call is made in
     * {@code @BeforeAll}, a {@code @MethodSource} or a {@code @TestFactory}, so that the skip is reported.
     */
    public static Path corpus(String folder) {
        return present("corpus/" + folder);
    }

    /** A file or folder of the shared folder ({@code "schemas/tei_all.rng"}); skips or fails the caller as {@link #corpus} does. */
    public static Path present(String relative) {
        Path path = shared().resolve(relative);
        Required.present(Files.exists(path), absent(relative, path));
        return path;
    }

    /** What is missing, where it was looked for, and how to get it. */
    static String absent(String relative, Path path) {
        String what;
        if (relative.startsWith("corpus/real")) what = "the real corpus ../shared/corpus/real";
        else if (relative.startsWith("corpus/")) what = "the sample corpus ../shared/corpus/" + relative.substring("corpus/".length()).split("/")[0];
        else if (relative.endsWith("tei_all.rng")) what = "the TEI schema ../shared/" + relative;
        else what = "../shared/" + relative;
        return what + " is absent: this test reads files kept beside the repository, not in it (looked for "
                + path.toAbsolutePath().normalize() + "; put the shared folder beside the project or run with -Dfonds.shared=DIR)";
    }

    /** Every seed that has an expected-facts file, in name order; never empty. */
    public static List<Seed> withExpectations() {
        Path texts = corpus("seeds");
        Path expected = corpus("seeds-expected");
        List<Seed> seeds = list(expected, ".json").stream()
                .map(json -> {
                    String stem = stem(json, ".json");
                    return new Seed(stem, texts.resolve(stem + ".txt"), json);
                })
                .toList();
        assertThat(seeds).as("expected-facts files in %s", expected).isNotEmpty();
        return seeds;
    }

    /** Every seed text, with or without expectations, in name order; never empty. */
    public static List<Seed> all() {
        Path texts = corpus("seeds");
        Path expected = shared().resolve("corpus/seeds-expected"); // optional here: a seed without facts has none
        List<Seed> seeds = list(texts, ".txt").stream()
                .map(txt -> {
                    String stem = stem(txt, ".txt");
                    Path json = expected.resolve(stem + ".json");
                    return new Seed(stem, txt, Files.exists(json) ? json : null);
                })
                .toList();
        assertThat(seeds).as("seed texts in %s", texts).isNotEmpty();
        return seeds;
    }

    /**
     * What the stress tests (linear time, line endings, truncation, encodings) start from:
     * the export files of {@code material/} in the test resources, written by the generator, and the
     * seeds where the shared corpus is there. Never skips: a clone runs these tests on the files it has.
     */
    public static List<Seed> material() {
        List<Seed> out = new ArrayList<>();
        for (String name : MATERIAL) {
            try {
                Path file = Path.of(Seeds.class.getResource("material/" + name + ".txt").toURI());
                out.add(new Seed(name, file, null));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        if (Files.isDirectory(shared().resolve("corpus/seeds"))) out.addAll(all());
        return out;
    }

    private static final List<String> MATERIAL = List.of("synthetic-000131", "synthetic-000218", "synthetic-000292", "synthetic-000345");

    /** Every seed text parsed into its record, in name order; a refused seed fails the caller. */
    public static List<ArchiveRecord> records() {
        return all().stream().map(seed -> {
            if (new RecordParser().parse(seed.text().toString(), seed.bytes()) instanceof ParseOutcome.Accepted a) return a.record();
            throw new IllegalStateException("a seed was refused: " + seed.text());
        }).toList();
    }

    /** The file of {@link #material()} with the most bytes: the best stress material. */
    public static Seed largest() {
        return material().stream().max((a, b) -> Long.compare(size(a.text()), size(b.text()))).orElseThrow();
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
