package org.fonds.search.contract;

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

/** The records the contract suite searches: the shared sample exports, and generated ones. */
public final class Corpus {
    private Corpus() {}

    /** The sample exports of {@code ${fonds.shared}/corpus/seeds}, parsed. */
    public static List<ArchiveRecord> seeds() {
        String property = System.getProperty("fonds.shared");
        Path dir = (property != null ? Path.of(property) : Path.of("..", "..", "shared")).resolve("corpus/seeds");
        List<ArchiveRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (new RecordParser().parse(f.toString(), Files.readAllBytes(f)) instanceof ParseOutcome.Accepted a) out.add(a.record());
                else throw new IllegalStateException("a seed was refused: " + f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seeds in " + dir, e);
        }
        return out;
    }

    /** {@code count} generated records (seed 1956), as the generator states them. */
    public static List<ArchiveRecord> generated(int count) {
        Generator g = new Generator(1956);
        List<ArchiveRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(g.generate(i).expected());
        return out;
    }
}
