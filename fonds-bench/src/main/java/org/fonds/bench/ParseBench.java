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

    public static void main(String[] args) throws RunnerException {
        ParseBenchmark state = new ParseBenchmark();
        state.seed = 1956;
        state.makeCorpus();
        double meanBytes = (double) state.corpusBytes() / ParseBenchmark.CORPUS;
        Options options = new OptionsBuilder().include(ParseBenchmark.class.getName()).build();
        Collection<RunResult> results = new Runner(options).run();
        double parse = 0;
        double decode = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double docsPerSecond = r.getPrimaryResult().getScore();
            if (name.endsWith(".parse")) parse = docsPerSecond;
            if (name.endsWith(".decodeOnly")) decode = docsPerSecond;
        }
        System.out.printf("%nCorpus: %d generated documents, mean %.0f bytes (seed 1956)%n", ParseBenchmark.CORPUS, meanBytes);
        System.out.printf("Machine: %d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.arch"));
        System.out.printf("parse:       %,.0f docs/s = %.1f MB/s per core%n", parse, parse * meanBytes / 1e6);
        System.out.printf("decode only: %,.0f docs/s = %.1f MB/s per core (baseline)%n", decode, decode * meanBytes / 1e6);
        System.out.printf("parse / baseline: %.3f%n", parse / decode);
    }
}
