package org.fonds.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fonds serve} on a home, started as a user starts it: a JVM of its own with this
 * benchmark's classpath, port 0, its address read from what it prints. Closing stops it.
 */
final class ServedHome implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String base;
    private final double startSeconds;

    private ServedHome(Process process, String base, double startSeconds) {
        this.process = process;
        this.base = base;
        this.startSeconds = startSeconds;
    }

    /** Starts the server and waits for its first page ("/") to answer 200. */
    static ServedHome start(Path home) throws IOException, InterruptedException {
        return start(List.of(), serve(home));
    }

    /**
     * Seconds to the first page of {@code ./fonds serve} as a user runs it: the launcher in this
     * directory (where {@code ./fonds bench} runs), with its build, its start-up cache and its options.
     * One start untimed first (it may make the cache, and it keeps the first page's answers), then one
     * that takes the kept answers and one without them. Empty where there is no launcher here.
     */
    static java.util.Optional<Starts> startThroughLauncher(Path home) throws IOException, InterruptedException {
        Path launcher = Path.of("fonds").toAbsolutePath();
        if (!Files.isExecutable(launcher)) return java.util.Optional.empty();
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(serve(home));
        try (ServedHome first = start(command)) {
            first.awaitKept(home);
        }
        return java.util.Optional.of(keptThenCounted(command, home));
    }

    /**
     * Two timed starts of {@code command}: one that takes the first page's kept answers, then, with them
     * removed, one that counts them again (as the first serve after an ingest does) and keeps them anew.
     */
    private static Starts keptThenCounted(List<String> command, Path home) throws IOException, InterruptedException {
        double kept;
        try (ServedHome cached = start(command)) {
            kept = cached.startSeconds();
        }
        Files.deleteIfExists(keptAnswers(home));
        try (ServedHome counting = start(command)) {
            counting.awaitKept(home);
            return new Starts(counting.startSeconds(), kept);
        }
    }

    private static List<String> serve(Path home) {
        return List.of("serve", "--home", home.toString(), "--port", "0");
    }

    /**
     * Seconds to the first page of a server started from an ahead-of-time cache of the classes a
     * serve uses, as the launcher starts one on JDK 25 and later: one serve of this home records
     * them (and keeps its first page's answers beside the index, as every serve does), the cache is
     * made in {@code dir}, and two serves are timed: one that takes the kept answers, then one
     * without them, which counts as the first serve after an ingest does. Empty on an older JDK.
     */
    static java.util.Optional<Starts> startWithCache(Path home, Path dir) throws IOException, InterruptedException {
        if (Runtime.version().feature() < 25) return java.util.Optional.empty();
        Path config = dir.resolve("serve.aotconf");
        Path cache = dir.resolve("serve.aot");
        Files.deleteIfExists(config);
        Files.deleteIfExists(cache);
        // no method profiles in the cache, as the launcher makes it (its comment says why)
        List<String> quiet = List.of("-Xlog:aot=off", "-Xlog:cds=off", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+IgnoreUnrecognizedVMOptions", "-XX:-AOTRecordTraining");
        List<String> record = new java.util.ArrayList<>(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config));
        record.addAll(quiet);
        try (ServedHome recording = start(record, serve(home))) {
            recording.awaitKept(home); // stopped once its first page is served and kept: the configuration is written as it exits
        }
        List<String> create = new java.util.ArrayList<>(List.of(java(), "-XX:AOTMode=create", "-XX:AOTConfiguration=" + config,
                "-XX:AOTCache=" + cache, "-cp", System.getProperty("java.class.path")));
        create.addAll(quiet);
        Process made = new ProcessBuilder(create).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (made.waitFor() != 0 || !Files.isRegularFile(cache)) throw new IllegalStateException("the ahead-of-time cache was not made");
        List<String> use = new java.util.ArrayList<>(List.of("-XX:AOTCache=" + cache));
        use.addAll(quiet);
        return java.util.Optional.of(keptThenCounted(command(use, serve(home)), home));
    }

    /** Seconds to the first page of two plain starts (no start-up cache): without the kept answers, then with them. */
    static Starts startPlain(Path home) throws IOException, InterruptedException {
        Files.deleteIfExists(keptAnswers(home));
        double counted;
        try (ServedHome counting = start(home)) {
            counted = counting.startSeconds();
            counting.awaitKept(home);
        }
        try (ServedHome kept = start(home)) {
            return new Starts(counted, kept.startSeconds());
        }
    }

    /** Seconds to the first page: counted (no answers kept for this commit), and from the kept answers. */
    record Starts(double counted, double kept) {}

    private static Path keptAnswers(Path home) {
        return new org.fonds.store.ArchiveHome(home).keptAnswers();
    }

    /** Waits (up to a minute) for the server's warm-up to have kept its first page's answers. */
    private void awaitKept(Path home) throws InterruptedException {
        Path file = keptAnswers(home);
        long until = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(file) && System.nanoTime() < until) Thread.sleep(20);
    }

    /** Runs {@code fonds ARGS...} with this classpath until it ends; returns its exit status. */
    static int run(List<String> args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(List.of(), args)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    private static ServedHome start(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        return start(command(jvm, args));
    }

    private static ServedHome start(List<String> command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String base = firstUrl(process);
        while (get(base + "/") != 200) Thread.sleep(5);
        return new ServedHome(process, base, (System.nanoTime() - started) / 1e9);
    }

    private static List<String> command(List<String> jvm, List<String> args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(java()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.fonds.cli.Main"));
        cmd.addAll(args);
        return cmd;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String firstUrl(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("http://")) {
                Thread.ofVirtual().start(() -> {
                    try {
                        out.lines().forEach(l -> { }); // keep its output drained
                    } catch (java.io.UncheckedIOException stopped) {
                        // the server was stopped: nothing more to read
                    }
                });
                return line.strip().replaceAll("/$", "");
            }
        }
        throw new IllegalStateException("fonds serve stopped before it said its address");
    }

    String base() {
        return base;
    }

    /** Seconds from starting the JVM to the first page answered. */
    double startSeconds() {
        return startSeconds;
    }

    /** GETs {@code url}: its status, or -1 when the request itself failed. */
    static int get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The server's resident set, in MB. */
    long rssMb() throws IOException {
        return statusMb("VmRSS:");
    }

    /**
     * The resident memory that is the process's own (heap, native allocations, stacks), in MB: the
     * part of RSS a leak would grow. The rest of RSS is pages of files it maps (the index, the
     * tables database), which the kernel may drop at any time and which are bounded by the files' size.
     */
    long anonymousMb() throws IOException {
        return statusMb("RssAnon:");
    }

    private long statusMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field)) return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
        return -1;
    }

    /** The server's used heap after a full GC, in MB, as jcmd reports it; -1 where jcmd is missing. */
    long heapAfterGcMb() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) return -1;
        String pid = Long.toString(process.pid());
        new ProcessBuilder(jcmd.toString(), pid, "GC.run").redirectErrorStream(true).start().waitFor();
        Process p = new ProcessBuilder(jcmd.toString(), pid, "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) >> 10 : -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
