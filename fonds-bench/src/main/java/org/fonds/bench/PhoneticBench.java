package org.fonds.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.search.doc.IndexDocument;
import org.fonds.search.doc.IndexDocuments;
import org.fonds.search.lucene.Analyzers;
import org.fonds.search.schema.Chain;
import org.fonds.search.schema.Field;
import org.fonds.synth.Generator;

/**
 * The name fields' phonetic analysis as indexing runs it, with Lucene's own Beider-Morse filter and with
 * the one that remembers encodings, in turn in one process on the same documents: {@code fonds bench
 * phonetic [N] [ROUNDS]} (default 2,000 generated records, 4 rounds). Reports documents per CPU second
 * of the timing thread, which the machine's load disturbs less than wall time.
 */
public final class PhoneticBench {
    private PhoneticBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<List<String>> names = names(count);
        Analyzer lucenes = Analyzers.asSolrBuildsIt(Chain.PHONETIC), remembering = Analyzers.of(Chain.PHONETIC);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%,d generated records, %,d name values; load: %s%n", count, names.stream().mapToInt(List::size).sum(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int round = 1; round <= rounds; round++) {
            double plain = perCpuSecond(threads, lucenes, names), kept = perCpuSecond(threads, remembering, names);
            System.out.printf("round %d: Lucene's filter %,.0f docs/s, remembering %,.0f docs/s: %.1fx%n", round, plain, kept, kept / plain);
        }
    }

    private static double perCpuSecond(ThreadMXBean threads, Analyzer a, List<List<String>> names) throws IOException {
        long cpu = threads.getCurrentThreadCpuTime();
        long tokens = 0;
        for (List<String> doc : names) for (String v : doc) tokens += analyze(a, v);
        if (tokens == 0) throw new IllegalStateException("no terms");
        return names.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static int analyze(Analyzer a, String text) throws IOException {
        int n = 0;
        try (TokenStream ts = a.tokenStream("f", text)) {
            ts.reset();
            while (ts.incrementToken()) n++;
            ts.end();
        }
        return n;
    }

    /** Per record, the values indexing sends through the phonetic chain. */
    private static List<List<String>> names(int count) {
        Generator g = new Generator(1956);
        RecordParser parser = new RecordParser();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var s = g.generate(i);
            if (!(parser.parse(s.fileName(), s.bytes()) instanceof ParseOutcome.Accepted a)) continue;
            IndexDocument d = IndexDocuments.of(a.record(), 1);
            List<String> values = new ArrayList<>();
            for (Field f : Field.values()) if (f.kind().chain() == Chain.PHONETIC) values.addAll(d.values(f));
            out.add(values);
        }
        return out;
    }

}
