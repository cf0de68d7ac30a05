package org.fonds.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Two or more builds of the parser timed in turn in one JVM, on the corpora of {@link ParseBenchmark}:
 * on a shared machine whose load changes by the minute, only parsers measured side by side can be
 * compared. Each build is a fonds-parse jar (with its fonds-record jar and libraries) in a class loader of its own.
 * Besides wall-clock MB/s it prints MB/s per CPU second of the timing thread, which other processes'
 * load disturbs far less.
 *
 * <pre>java -cp "fonds-bench/target/fonds-bench.jar:fonds-bench/target/lib/*" org.fonds.bench.ParseSideBySide \
 *     ROUNDS SECONDS generated,seeds,real LABEL=DIR_WITH_JARS ...</pre>
 */
public final class ParseSideBySide {
    private ParseSideBySide() {
    }

    record Build(String label, Object parser, MethodHandle parse) {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 4) {
            System.err.println("usage: ParseSideBySide ROUNDS SECONDS KIND[,KIND] LABEL=DIR ... (DIR holds fonds-parse-*.jar, fonds-record-*.jar and the parser's libraries)");
            System.exit(64);
        }
        int rounds = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        List<Build> builds = new ArrayList<>();
        for (int i = 3; i < args.length; i++) builds.add(load(args[i]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            for (String kind : args[2].split(",")) {
                ParseBenchmark corpus = new ParseBenchmark();
                corpus.corpusKind = kind;
                corpus.makeCorpus();
                StringBuilder line = new StringBuilder("round " + r + " " + kind + ":");
                for (Build b : builds) {
                    long wall = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long bytes = 0;
                    while (System.nanoTime() - wall < seconds * 1e9) bytes += corpus.parseWith(b.parser(), b.parse());
                    double w = (System.nanoTime() - wall) / 1e9;
                    double c = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                    line.append(String.format("  %s %.1f MB/s wall, %.1f MB/s per CPU second", b.label(), bytes / w / 1e6, bytes / c / 1e6));
                }
                System.out.println(line);
            }
        }
    }

    static Build load(String labelled) throws ReflectiveOperationException, java.io.IOException {
        String[] lv = labelled.split("=", 2);
        List<URL> urls = new ArrayList<>();
        // every jar of the folder: the parser's own libraries (jsoup, PDFBox) beside its two jars
        File[] jars = new File(lv[1]).listFiles((d, n) -> n.endsWith(".jar"));
        if (jars == null || java.util.Arrays.stream(jars).noneMatch(j -> j.getName().startsWith("fonds-parse-"))
                || java.util.Arrays.stream(jars).noneMatch(j -> j.getName().startsWith("fonds-record-"))) {
            throw new java.io.IOException("no fonds-parse and fonds-record jars in " + lv[1]);
        }
        for (File j : jars) urls.add(j.toURI().toURL());
        // Jackson (fonds-record's dependency) from this JVM's own class path
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith("jackson-")) urls.add(new File(entry).toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> parser = loader.loadClass("org.fonds.parse.RecordParser");
        MethodHandle parse = MethodHandles.publicLookup().findVirtual(parser, "parse",
                MethodType.methodType(loader.loadClass("org.fonds.parse.ParseOutcome"), String.class, byte[].class));
        return new Build(lv[0], parser.getConstructor().newInstance(), parse);
    }
}
