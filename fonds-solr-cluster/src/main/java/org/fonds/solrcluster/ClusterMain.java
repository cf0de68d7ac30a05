package org.fonds.solrcluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs a two-node SolrCloud (ZooKeeper and two Jetty-hosted Solr nodes in this JVM) for the
 * integration tests of other modules, which start it as {@code java -cp <target/cluster.classpath>
 * org.fonds.solrcluster.ClusterMain DIR}.
 *
 * <p>Protocol on standard output: one line {@code node http://127.0.0.1:PORT/solr} per node, then
 * {@code ready}. Nothing else is written there: logging goes to standard error. The cluster stops
 * and the JVM exits 0 when standard input reaches end-of-file, so a parent that closes the pipe, or
 * dies, takes the cluster down with it.
 */
public final class ClusterMain {

    private static final int NODES = 2;

    private ClusterMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ClusterMain WORKING_DIR");
            System.exit(64);
        }
        // Set before Solr's first logger: a plain log4j2.xml would also land on the classpath of the
        // tests that depend on this module (for build order only) and configure their logging.
        System.setProperty("log4j2.configurationFile", "solr-cluster-log4j2.xml");
        // Keep the real stdout for the protocol; anything Solr or ZooKeeper prints goes to stderr.
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Path dir = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        // Solr complains at ERROR level on start when this is unset.
        System.setProperty("solr.log.dir", dir.toString());
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(NODES, dir).build();
        Runnable stop = stopOnce(cluster);
        // A SIGTERM (Process.destroy) still shuts the nodes down rather than leaving ZooKeeper mid-write.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "cluster-shutdown"));

        for (JettySolrRunner node : cluster.getJettySolrRunners()) {
            protocol.println("node " + node.getBaseUrl());
        }
        protocol.println("ready");

        awaitEndOfInput(System.in);
        stop.run();
        // Solr leaves non-daemon executor threads behind; the cluster is down, so end the JVM.
        System.exit(0);
    }

    private static Runnable stopOnce(MiniSolrCloudCluster cluster) {
        AtomicBoolean stopped = new AtomicBoolean();
        return () -> {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            try {
                cluster.shutdown();
            } catch (Exception e) {
                System.err.println("cluster shutdown failed: " + e);
            }
        };
    }

    /** Blocks until the parent closes our standard input (or dies, which closes it too). */
    private static void awaitEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // the parent has nothing to say; input only signals that it is still there
            }
        } catch (IOException e) {
            // a broken pipe means the same as end-of-file: the parent is gone
        }
    }
}
