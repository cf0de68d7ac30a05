package org.fonds.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.SearchRequest;
import org.fonds.search.SortOrder;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.search.lucene.LuceneSearcher;
import org.fonds.search.schema.Facet;
import org.fonds.synth.Generator;

/**
 * Search latency and throughput of the embedded engine on N generated records, beside bare Lucene
 * queries on the same index in the same process ({@link BareLucene}). Run: {@code ./fonds bench
 * search [COUNT]} (default 100,000). The index is built once per count under target/bench and
 * reused by later runs.
 */
public final class SearchBench {
    static final int QUERIES_PER_CLASS = 1_000;
    static final int WARMUP = 300;
    static final long THROUGHPUT_MILLIS = 10_000;

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path dir = Path.of("target", "bench", "search-" + count).toAbsolutePath();
        Workload work = Workload.from(new Generator(1956), Math.min(count, 3_000));
        build(dir, count);
        System.out.printf("index: %s, %,d documents, %.1f MB%n", dir, count, size(dir) / 1e6);
        try (LuceneSearcher fonds = LuceneSearcher.open(dir); BareLucene bare = BareLucene.open(dir)) {
            Map<String, Runner> classes = new java.util.LinkedHashMap<>();
            classes.put("term", i -> fonds.search(hitsOnly(work.term(i))));
            classes.put("phrase", i -> fonds.search(hitsOnly(work.phrase(i))));
            classes.put("AND", i -> fonds.search(hitsOnly(work.and(i))));
            classes.put("faceted + highlighted", i -> fonds.search(SearchRequest.of(work.term(i))
                    .withFilter(Facet.YEAR, work.year(i))));
            classes.put("faceted, no snippets", i -> fonds.search(SearchRequest.of(work.term(i))
                    .withFilter(Facet.YEAR, work.year(i)).withParts(true, false)));
            classes.put("highlighted, no facets", i -> fonds.search(SearchRequest.of(work.term(i)).withParts(false, true)));
            Map<String, Runner> baseline = new java.util.LinkedHashMap<>();
            baseline.put("term", i -> bare.term(work.term(i)));
            baseline.put("phrase", i -> bare.phrase(work.phrase(i)));
            baseline.put("AND", i -> bare.and(work.and(i)));
            baseline.put("faceted + highlighted", i -> bare.facetedHighlighted(work.term(i), work.year(i)));
            if (args.length > 2 && args[1].equals("profile")) {
                // one class over and over, for a profiler attached to this JVM (JFR)
                Runner r = classes.get(args[2]);
                long end = System.currentTimeMillis() + 40_000;
                for (int i = 0; System.currentTimeMillis() < end; i++) r.run(i);
                return;
            }
            System.out.println();
            System.out.println("| query class | Fonds p50 ms | Fonds p99 ms | bare Lucene p50 ms | bare Lucene p99 ms |");
            System.out.println("|---|---|---|---|---|");
            for (String c : classes.keySet()) {
                double[] f = latency(classes.get(c));
                double[] b = baseline.containsKey(c) ? latency(baseline.get(c)) : null;
                System.out.printf("| %s | %.2f | %.2f | %s | %s |%n", c, f[0], f[1], b == null ? "" : String.format("%.2f", b[0]),
                        b == null ? "" : String.format("%.2f", b[1]));
            }
            if (args.length > 1 && args[1].equals("latency")) return;
            System.out.println();
            System.out.println("| clients | Fonds queries/s (mixed) | bare Lucene queries/s (mixed) |");
            System.out.println("|---|---|---|");
            for (int clients : new int[] {1, 2, 8}) {
                Map<String, Runner> same = new java.util.LinkedHashMap<>(classes);
                same.keySet().retainAll(baseline.keySet());
                System.out.printf("| %d | %.0f | %.0f |%n", clients, throughput(mixed(same), clients), throughput(mixed(baseline), clients));
            }
            System.out.println();
            System.out.printf("heap used after GC with the searcher open: %.1f MB (max %d MB)%n", heapAfterGc() / 1e6,
                    Runtime.getRuntime().maxMemory() / (1 << 20));
        }
    }

    interface Runner {
        void run(int i) throws IOException;
    }

    private static SearchRequest hitsOnly(String query) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, SearchRequest.DEFAULT_SIZE, false, false);
    }

    private static Runner mixed(Map<String, Runner> classes) {
        Runner[] all = classes.values().toArray(Runner[]::new);
        return i -> all[i % all.length].run(i / all.length);
    }

    /** p50 and p99 in milliseconds of {@link #QUERIES_PER_CLASS} runs after a warm-up. */
    static double[] latency(Runner r) throws IOException {
        for (int i = 0; i < WARMUP; i++) r.run(i);
        long[] nanos = new long[QUERIES_PER_CLASS];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            r.run(WARMUP + i);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6};
    }

    static double throughput(Runner r, int clients) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.currentTimeMillis() + THROUGHPUT_MILLIS;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919;
            fs.add(pool.submit(() -> {
                int i = offset;
                while (System.currentTimeMillis() < end) {
                    r.run(i++);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        return done.get() * 1000.0 / THROUGHPUT_MILLIS;
    }

    /** Builds the index of {@code count} generated records in {@code dir}, unless it is already there. */
    static void build(Path dir, int count) throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            int have = index.committed().size();
            if (have == count) {
                System.out.printf("reusing the index of %,d documents in %s%n", count, dir);
                return;
            }
            index.clear();
            int threads = Runtime.getRuntime().availableProcessors();
            System.out.printf("indexing %,d generated records with %d threads ...%n", count, threads);
            long t = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int first = w;
                fs.add(pool.submit(() -> {
                    Generator g = new Generator(1956);
                    for (int i = first; i < count; i += threads) {
                        ArchiveRecord r = g.generate(i).expected();
                        index.put(r, 1);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            index.commit();
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("indexed %,d records in %.1f s (%.0f docs/s, generation included)%n", count, s, count / s);
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Queries drawn from the generated texts: words of middling frequency, phrases that occur, years. */
    record Workload(List<String> terms, List<String> phrases, List<String> years) {
        static Workload from(Generator g, int sample) {
            Map<String, Integer> df = new HashMap<>();
            List<String> phrases = new ArrayList<>();
            Map<String, Integer> years = new java.util.TreeMap<>();
            Random rnd = new Random(42);
            for (int i = 0; i < sample; i++) {
                ArchiveRecord r = g.generate(i).expected();
                if (r.date() != null) years.merge(r.date().substring(0, 4), 1, Integer::sum);
                String[] words = r.body().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
                for (String w : new java.util.HashSet<>(Arrays.asList(words))) if (w.length() > 3) df.merge(w, 1, Integer::sum);
                if (words.length > 10 && phrases.size() < 500) {
                    int at = rnd.nextInt(words.length - 1);
                    if (words[at].length() > 3 && words[at + 1].length() > 3) phrases.add("\"" + words[at] + " " + words[at + 1] + "\"");
                }
            }
            List<String> terms = df.entrySet().stream()
                    .filter(e -> e.getValue() >= sample / 100 && e.getValue() <= sample / 5)
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> shuffled = new ArrayList<>(terms);
            java.util.Collections.shuffle(shuffled, rnd);
            return new Workload(shuffled, phrases, new ArrayList<>(years.keySet()));
        }

        String term(int i) {
            return terms.get(Math.floorMod(i, terms.size()));
        }

        String phrase(int i) {
            return phrases.get(Math.floorMod(i, phrases.size()));
        }

        String and(int i) {
            return term(i) + " AND " + term(i * 31 + 7);
        }

        String year(int i) {
            return years.get(Math.floorMod(i * 13, years.size()));
        }
    }
}
