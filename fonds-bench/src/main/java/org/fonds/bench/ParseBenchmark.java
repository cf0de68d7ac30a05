package org.fonds.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.synth.Generator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput over a generated corpus, one thread. Each invocation parses the whole corpus,
 * so the score is documents per second; {@link ParseBench} turns it into MB/s per core. The
 * baseline, {@link #decodeOnly}, only turns the same bytes into Java strings: the floor any
 * parser pays, run in the same process so the ratio holds across machines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ParseBenchmark {
    public static final int CORPUS = 2_000;

    /**
     * "generated" (seed 1956); "seeds": the shared sample exports; "real": the shared real records of
     * every layout (corpus/real/docs); the last two repeated to the same count.
     */
    @Param({"generated", "seeds", "real"})
    String corpusKind;

    private byte[][] corpus;
    private final RecordParser parser = new RecordParser();

    @Setup(Level.Trial)
    public void makeCorpus() throws java.io.IOException {
        corpus = new byte[CORPUS][];
        if (corpusKind.equals("seeds") || corpusKind.equals("real")) {
            java.util.List<byte[]> seeds = corpusKind.equals("seeds") ? files("seeds") : files("real/docs");
            for (int i = 0; i < CORPUS; i++) corpus[i] = seeds.get(i % seeds.size());
            return;
        }
        Generator generator = new Generator(1956);
        for (int i = 0; i < CORPUS; i++) {
            corpus[i] = generator.generate(i).bytes();
        }
    }

    /** The files of a folder of the shared corpus under {@code $FONDS_SHARED} (default ../shared, from the repository root). */
    static java.util.List<byte[]> files(String folder) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("fonds.shared", "../shared"), "corpus").resolve(folder);
        java.util.List<byte[]> out = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path p : files.sorted().toList()) out.add(java.nio.file.Files.readAllBytes(p));
        }
        return out;
    }

    /** The corpus's {@code i}-th document ({@link ParseFloors}). */
    byte[] doc(int i) {
        return corpus[i];
    }

    /** Total bytes of the corpus, for MB/s. */
    public long corpusBytes() {
        long total = 0;
        for (byte[] b : corpus) total += b.length;
        return total;
    }

    /** Parses the corpus once with a parser of another class loader ({@link ParseSideBySide}); returns the bytes read. */
    long parseWith(Object parser, java.lang.invoke.MethodHandle parse) throws Throwable {
        long bytes = 0;
        for (byte[] doc : corpus) {
            lastOutcome = parse.invoke(parser, "bench", doc); // kept, so no outcome is thrown away unread
            bytes += doc.length;
        }
        return bytes;
    }

    private static volatile Object lastOutcome;

    @Benchmark
    @OperationsPerInvocation(CORPUS)
    public void parse(Blackhole bh) {
        for (byte[] doc : corpus) {
            ParseOutcome outcome = parser.parse("bench", doc);
            bh.consume(outcome);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS)
    public void decodeOnly(Blackhole bh) {
        for (byte[] doc : corpus) {
            bh.consume(new String(doc, StandardCharsets.UTF_8));
        }
    }
}
