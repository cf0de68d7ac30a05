package org.fonds.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real two-node SolrCloud for integration tests, run in a forked JVM (fonds-solr-cluster) and
 * spoken to over HTTP with SolrJ 10, as the Solr engine speaks to a cluster in production.
 *
 * <pre>{@code
 * try (SolrCloudFixture solr = SolrCloudFixture.start(tempDir)) {
 *   SolrCollections.create(solr.nodeUrls(), "records", 2, 1);
 *   SolrEngine engine = SolrEngine.connect(solr.nodeUrls(), "records");
 * }
 * }</pre>
 *
 * <p>Needs fonds-solr-cluster built first (the
 * reactor does that: this module depends on it in test scope).
 */
public final class SolrCloudFixture implements AutoCloseable {

    private static final Path CLUSTER_CLASSPATH =
            Path.of(System.getProperty("basedir", "."), "..", "fonds-solr-cluster", "target", "cluster.classpath");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final ClusterProcess cluster;

    private SolrCloudFixture(ClusterProcess cluster) {
        this.cluster = cluster;
    }

    /** Forks the cluster with its ZooKeeper data, Solr homes and log ({@code cluster.log}) in {@code workDir}. */
    public static SolrCloudFixture start(Path workDir) throws IOException {
        return new SolrCloudFixture(
                ClusterProcess.start(CLUSTER_CLASSPATH.normalize().toAbsolutePath(), workDir, START_TIMEOUT));
    }

    /** Base URLs of the nodes, such as {@code http://127.0.0.1:PORT/solr}. */
    public List<String> nodeUrls() {
        return cluster.nodeUrls();
    }

    /** Stops the cluster (and kills it if it does not stop in time). */
    @Override
    public void close() {
        cluster.close();
    }
}
