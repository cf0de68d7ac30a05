package org.fonds.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Two builds of the parser (as {@link ParseSideBySide} loads them) timed in short alternating
 * slices, A B B A, on one corpus: on a machine whose load changes by the second, rounds of several
 * seconds per build measured the load as much as the parser. Prints, per corpus, each build's
 * median MB/s per CPU second of the timing thread and the median of the B/A ratios of the pairs.
 *
 * <pre>java -cp "fonds-bench/target/fonds-bench.jar:fonds-bench/target/lib/*" org.fonds.bench.ParsePairs \
 *     PAIRS SLICE_SECONDS generated,seeds,real A=DIR B=DIR</pre>
 */
public final class ParsePairs {
    private ParsePairs() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length != 5) {
            System.err.println("usage: ParsePairs PAIRS SLICE_SECONDS KIND[,KIND] A=DIR B=DIR");
            System.exit(64);
        }
        int pairs = Integer.parseInt(args[0]);
        double slice = Double.parseDouble(args[1]);
        ParseSideBySide.Build a = ParseSideBySide.load(args[3]);
        ParseSideBySide.Build b = ParseSideBySide.load(args[4]);
        for (String kind : args[2].split(",")) {
            ParseBenchmark corpus = new ParseBenchmark();
            corpus.corpusKind = kind;
            corpus.makeCorpus();
            for (int w = 0; w < 3; w++) { // warm-up: both builds compiled before anything counts
                rate(corpus, a, 2 * slice);
                rate(corpus, b, 2 * slice);
            }
            double[] ra = new double[pairs];
            double[] rb = new double[pairs];
            double[] ratio = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                boolean aFirst = i % 2 == 0;
                double first = rate(corpus, aFirst ? a : b, slice);
                double second = rate(corpus, aFirst ? b : a, slice);
                ra[i] = aFirst ? first : second;
                rb[i] = aFirst ? second : first;
                ratio[i] = rb[i] / ra[i];
            }
            System.out.printf("%s: %s %.1f MB/s per CPU second, %s %.1f, %s/%s median of %d pairs %.2f (quartiles %.2f-%.2f)%n",
                    kind, a.label(), median(ra), b.label(), median(rb), b.label(), a.label(), pairs, median(ratio),
                    quantile(ratio, 0.25), quantile(ratio, 0.75));
        }
    }

    /** MB per CPU second of this thread, parsing the corpus over and over for {@code seconds} of wall time. */
    private static double rate(ParseBenchmark corpus, ParseSideBySide.Build build, double seconds) throws Throwable {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = 0;
        while (System.nanoTime() - wall < seconds * 1e9) bytes += corpus.parseWith(build.parser(), build.parse());
        return bytes / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9) / 1e6;
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.round(q * (s.length - 1))];
    }
}
