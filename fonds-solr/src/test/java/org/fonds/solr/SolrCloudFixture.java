package org.fonds.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;

/**
 * A real two-node SolrCloud for integration tests, run in a forked JVM (fonds-solr-cluster) and
 * spoken to over HTTP with SolrJ 10, as the backend will be in production.
 *
 * <pre>{@code
 * try (SolrCloudFixture solr = SolrCloudFixture.start(tempDir)) {
 *   solr.uploadConfigset("fonds", Path.of("src/test/resources/configsets/fonds"));
 *   solr.createCollection("records", "fonds", 2, 1);
 *   CloudSolrClient client = solr.client("records");
 *   client.add(doc);
 *   client.commit();
 * }
 * }</pre>
 *
 * <p>Clients handed out are closed with the fixture. Needs fonds-solr-cluster built first (the
 * reactor does that: this module depends on it in test scope).
 */
public final class SolrCloudFixture implements AutoCloseable {

  private static final Path CLUSTER_CLASSPATH =
      Path.of(System.getProperty("basedir", "."), "..", "fonds-solr-cluster", "target", "cluster.classpath");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(60);

  private final ClusterProcess cluster;
  private final List<CloudSolrClient> clients = new CopyOnWriteArrayList<>();
  private final CloudSolrClient admin;

  private SolrCloudFixture(ClusterProcess cluster) {
    this.cluster = cluster;
    this.admin = newClient(null);
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

  /** A client whose requests go to {@code collection} unless they name another. */
  public CloudSolrClient client(String collection) {
    return newClient(collection);
  }

  /** Uploads the configset in {@code confDir} (solrconfig.xml, schema and the rest) as {@code name}. */
  public void uploadConfigset(String name, Path confDir) throws IOException, SolrServerException {
    Path zip = Files.createTempFile("configset-" + name, ".zip");
    try {
      zipDirectory(confDir, zip);
      new ConfigSetAdminRequest.Upload()
          .setConfigSetName(name)
          .setUploadFile(zip, "application/zip")
          .process(admin);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  /** Creates a collection and returns once every replica is active on a live node. */
  public void createCollection(String name, String configset, int shards, int replicas)
      throws IOException, SolrServerException, InterruptedException {
    CollectionAdminRequest.createCollection(name, configset, shards, replicas).process(admin);
    awaitActive(name, shards * replicas);
  }

  private void awaitActive(String collection, int expectedReplicas)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
    while (!isActive(collection, expectedReplicas)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("collection " + collection + " not active after "
            + ACTIVE_TIMEOUT.toSeconds() + " s: " + admin.getClusterStateProvider().getCollection(collection));
      }
      Thread.sleep(100);
    }
  }

  private boolean isActive(String collection, int expectedReplicas) throws IOException {
    // The HTTP cluster-state provider asks a node each time, so this sees fresh state.
    DocCollection state = admin.getClusterStateProvider().getCollection(collection);
    if (state == null) {
      return false;
    }
    Set<String> liveNodes = admin.getClusterStateProvider().getLiveNodes();
    List<Replica> replicas = state.getReplicas();
    return replicas.size() == expectedReplicas
        && replicas.stream().allMatch(replica -> replica.isActive(liveNodes));
  }

  private CloudSolrClient newClient(String defaultCollection) {
    CloudSolrClient.Builder builder = new CloudSolrClient.Builder(nodeUrls())
        .withHttpClientBuilder(new HttpJdkSolrClient.Builder());
    if (defaultCollection != null) {
      builder.withDefaultCollection(defaultCollection);
    }
    CloudSolrClient client = builder.build();
    clients.add(client);
    return client;
  }

  /** Zips the files under {@code dir} with paths relative to it, as the configset API expects. */
  private static void zipDirectory(Path dir, Path zip) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> files = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new ZipEntry(dir.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
  }

  /** Closes the clients, then stops the cluster (and kills it if it does not stop in time). */
  @Override
  public void close() {
    try {
      for (CloudSolrClient client : clients) {
        client.close();
      }
    } finally {
      cluster.close();
    }
  }
}
