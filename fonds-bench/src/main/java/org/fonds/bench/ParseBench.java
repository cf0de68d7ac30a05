package org.fonds.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ParseBenchmark} and reports parse throughput in MB/s per core beside the decode-only
 * baseline. Run with {@code ./fonds bench}.
 */
public final class ParseBench {
    private ParseBench() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        Options options = new OptionsBuilder().include(ParseBenchmark.class.getName())
                .jvmArgsAppend("-Dfonds.shared=" + System.getProperty("fonds.shared", "../shared")).build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%nMachine: %d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.arch"));
        for (String kind : new String[] {"generated", "seeds", "real"}) {
            ParseBenchmark state = new ParseBenchmark();
            state.corpusKind = kind;
            state.makeCorpus();
            double meanBytes = (double) state.corpusBytes() / ParseBenchmark.CORPUS;
            double parse = score(results, kind, ".parse");
            double decode = score(results, kind, ".decodeOnly");
            System.out.printf("%s corpus (%d documents, mean %.0f bytes):%n", kind, ParseBenchmark.CORPUS, meanBytes);
            System.out.printf("  parse:       %,10.0f docs/s = %6.1f MB/s per core%n", parse, parse * meanBytes / 1e6);
            System.out.printf("  decode only: %,10.0f docs/s = %6.1f MB/s per core (baseline)%n", decode, decode * meanBytes / 1e6);
            System.out.printf("  parse / baseline: %.3f%n", parse / decode);
        }
    }

    private static double score(Collection<RunResult> results, String kind, String suffix) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith(suffix) && kind.equals(r.getParams().getParam("corpusKind"))) {
                return r.getPrimaryResult().getScore();
            }
        }
        return Double.NaN;
    }
}
