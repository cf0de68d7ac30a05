package org.fonds.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fonds.parse.RecordParser;
import org.fonds.parse.decode.Decoder;
import org.fonds.parse.text.SourceText;

/**
 * What of a parse no parser can leave out, against the whole parse (BENCHMARKS.md, issue 11): per corpus, the
 * MB per CPU second of this thread of the parse, of decoding alone, of decoding and normalising (with the line
 * index), of those and one plain loop over every char, and of decoding and the SHA-256 the document id takes of
 * the text; then, for the real records, each record's parse time by its size and the least-squares fit of time
 * against size (what a record costs whatever its length, and per byte).
 *
 * <pre>java -Dfonds.shared=../shared -cp "fonds-bench/target/fonds-bench.jar:fonds-bench/target/lib/*" \
 *     org.fonds.bench.ParseFloors ROUNDS generated,real</pre>
 */
public final class ParseFloors {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] STEPS = {"parse", "decode", "decode, normalise, lines", "the same and one char loop",
        "decode and SHA-256 of the UTF-8"};
    private static volatile Object sink;

    private ParseFloors() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ParseFloors ROUNDS KIND[,KIND]");
            System.exit(64);
        }
        int rounds = Integer.parseInt(args[0]);
        for (String kind : args[1].split(",")) floors(kind, rounds);
        bySize(rounds);
    }

    private static void floors(String kind, int rounds) throws Exception {
        ParseBenchmark corpus = new ParseBenchmark();
        corpus.corpusKind = kind;
        corpus.makeCorpus();
        List<byte[]> docs = new ArrayList<>();
        for (int i = 0; i < ParseBenchmark.CORPUS; i++) docs.add(corpus.doc(i));
        long bytes = corpus.corpusBytes();
        RecordParser parser = new RecordParser();
        Decoder decoder = new Decoder();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        double[][] rates = new double[STEPS.length][rounds];
        for (int r = 0; r < rounds + 2; r++) { // two rounds of warm-up
            for (int step = 0; step < STEPS.length; step++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                long found = 0;
                for (byte[] doc : docs) found += run(step, doc, parser, decoder, sha);
                sink = found;
                long cpu = CPU.getCurrentThreadCpuTime() - t0;
                if (r >= 2) rates[step][r - 2] = bytes / 1e6 / (cpu / 1e9);
            }
        }
        System.out.printf("%s, %d docs, %.0f B on average (medians of %d rounds):%n", kind, docs.size(),
                (double) bytes / docs.size(), rounds);
        double parse = median(rates[0]);
        for (int step = 0; step < STEPS.length; step++) {
            double m = median(rates[step]);
            System.out.printf("  %-34s %8.1f MB/s per CPU s %7.1f ns/byte %6.1f%% of a parse%n", STEPS[step], m, 1000 / m,
                    100 * parse / m);
        }
    }

    private static long run(int step, byte[] doc, RecordParser parser, Decoder decoder, MessageDigest sha) {
        switch (step) {
            case 0 -> sink = parser.parse("bench", doc);
            case 1 -> sink = decoder.decodeOnly(doc);
            case 2 -> sink = new SourceText("bench", text(decoder, doc));
            case 3 -> {
                String t = new SourceText("bench", text(decoder, doc)).text();
                long n = 0;
                for (int i = 0; i < t.length(); i++) if (t.charAt(i) == 'Z') n++;
                return n;
            }
            default -> sink = sha.digest(text(decoder, doc).getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    private static String text(Decoder decoder, byte[] doc) {
        return ((Decoder.Text) decoder.decodeOnly(doc)).decoded().text();
    }

    /** Each real record parsed 200 times a round; the median of the rounds, then the fit of time against size. */
    private static void bySize(int rounds) throws Exception {
        List<byte[]> docs = ParseBenchmark.files("real/docs");
        RecordParser parser = new RecordParser();
        for (int w = 0; w < 300; w++) for (byte[] d : docs) sink = parser.parse("bench", d);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        double[] sizes = new double[docs.size()];
        double[] micros = new double[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            double[] us = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                for (int k = 0; k < 200; k++) sink = parser.parse("bench", docs.get(i));
                us[r] = (CPU.getCurrentThreadCpuTime() - t0) / 1e3 / 200;
            }
            sizes[i] = docs.get(i).length;
            micros[i] = median(us);
            sx += sizes[i];
            sy += micros[i];
            sxx += sizes[i] * sizes[i];
            sxy += sizes[i] * micros[i];
        }
        int n = docs.size();
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double[] nsPerByte = new double[n];
        for (int i = 0; i < n; i++) nsPerByte[i] = micros[i] * 1000 / sizes[i];
        double[] sorted = nsPerByte.clone();
        Arrays.sort(sorted);
        System.out.printf("real records one by one: %.1f us per record + %.1f ns per byte (least squares over %d records);"
                + " ns per byte from %.0f to %.0f, median %.0f%n", intercept, slope * 1000, n, sorted[0], sorted[n - 1], sorted[n / 2]);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
