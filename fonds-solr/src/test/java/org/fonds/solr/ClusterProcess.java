package org.fonds.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The forked JVM that runs fonds-solr-cluster's {@code ClusterMain}: Solr 9 needs Jetty 10 and
 * Lucene 9, which must stay off this module's classpath, so the cluster gets a JVM of its own.
 * Speaks ClusterMain's protocol: {@code node URL} lines and {@code ready} on its stdout, stop
 * when its stdin is closed.
 */
final class ClusterProcess implements AutoCloseable {

    private static final String MAIN = "org.fonds.solrcluster.ClusterMain";
    private static final List<String> JVM_OPTIONS = List.of(
            // Two Solr nodes and ZooKeeper share this heap; the test JVM keeps its own -Xmx2g.
            "-Xmx1g",
            // C1 only: ready about 1.5 s sooner on 2 busy cores, and test runs are too short for C2 to pay.
            "-XX:TieredStopAtLevel=1",
            // Lucene's MMapDirectory calls native code; without this the JDK warns on stderr.
            "--enable-native-access=ALL-UNNAMED");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final Process process;
    private final Path log;
    private final Thread killOnExit;
    private final List<String> nodeUrls;

    private ClusterProcess(Process process, Path log, Duration startTimeout) {
        this.process = process;
        this.log = log;
        // Closing our end of stdin stops the child when we die; this also covers a normal JVM exit
        // where close() was never called.
        this.killOnExit = new Thread(process::destroy, "solr-cluster-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        this.nodeUrls = awaitReady(startTimeout);
    }

    /**
     * Starts the cluster in {@code workDir} and returns once every node is live.
     *
     * @param classpathFile fonds-solr-cluster's {@code target/cluster.classpath}
     */
    static ClusterProcess start(Path classpathFile, Path workDir, Duration startTimeout)
            throws IOException {
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("no cluster classpath at " + classpathFile
                    + ": build fonds-solr-cluster first (./mvnw -pl fonds-solr-cluster package)");
        }
        String classpath = Files.readString(classpathFile).strip();
        Files.createDirectories(workDir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = workDir.resolve("cluster.log");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath, MAIN, workDir.resolve("solr").toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(log.toFile()) // a file never fills up and blocks the child, as a pipe can
                .start();
        try {
            return new ClusterProcess(process, log, startTimeout);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    List<String> nodeUrls() {
        return nodeUrls;
    }

    private List<String> awaitReady(Duration timeout) {
        CompletableFuture<List<String>> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readProtocol(ready), "solr-cluster-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw failure("not ready after " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw failure(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while starting");
        }
    }

    private void readProtocol(CompletableFuture<List<String>> ready) {
        List<String> urls = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("node ")) {
                    urls.add(line.substring("node ".length()).strip());
                } else if (line.equals("ready")) {
                    ready.complete(List.copyOf(urls));
                }
            }
            ready.completeExceptionally(new IOException("exited before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /** Kills the child and explains why, with the end of its log. */
    private IllegalStateException failure(String why) {
        process.destroyForcibly();
        close();
        return new IllegalStateException(
                "SolrCloud cluster " + why + "; last lines of " + log + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Closes the child's stdin so it shuts the cluster down, and kills it if it does not. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed: the child sees end-of-file either way
        }
        if (!awaitExit(process, STOP_TIMEOUT)) {
            process.destroyForcibly();
            awaitExit(process, STOP_TIMEOUT);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook will run: harmless
        }
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
