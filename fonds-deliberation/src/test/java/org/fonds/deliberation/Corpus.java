package org.fonds.deliberation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;

/** The records the tests build from: the shared sample exports, parsed, and generated ones. */
final class Corpus {
    private Corpus() {
    }

    static Path shared() {
        String property = System.getProperty("fonds.shared");
        return property != null ? Path.of(property) : Path.of("..", "..", "shared");
    }

    static List<ArchiveRecord> seeds() {
        Path dir = shared().resolve("corpus/seeds");
        List<ArchiveRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (new RecordParser().parse(f.toString(), Files.readAllBytes(f)) instanceof ParseOutcome.Accepted a) {
                    out.add(a.record());
                } else {
                    throw new IllegalStateException("a seed was refused: " + f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seeds in " + dir, e);
        }
        return out;
    }

    static List<ArchiveRecord> generated(int from, int count) {
        Generator g = new Generator(1956);
        List<ArchiveRecord> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) out.add(g.generate(i).expected());
        return out;
    }
}
