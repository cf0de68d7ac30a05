package org.fonds.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * Makes a Fonds collection on a SolrCloud cluster: uploads the configset {@link SolrConfigset}
 * generates (under the collection's own name, replacing an older one) and creates the collection,
 * waiting until every replica is active.
 */
public final class SolrCollections {
    static final long ACTIVE_MILLIS = 120_000;

    private SolrCollections() {}

    /** Creates {@code name} with {@code shards} shards of {@code replicas} replicas each; false if it already exists. */
    public static boolean create(List<String> nodeUrls, String name, int shards, int replicas) {
        try (CloudSolrClient admin = new CloudSolrClient.Builder(nodeUrls)
                .withHttpClientBuilder(new HttpJdkSolrClient.Builder().withConnectionTimeout(10, TimeUnit.SECONDS))
                .build()) {
            if (CollectionAdminRequest.listCollections(admin).contains(name)) return false;
            upload(admin, name);
            CollectionAdminRequest.createCollection(name, name, shards, replicas).process(admin);
            awaitActive(admin, name, shards * replicas);
            return true;
        } catch (IOException | SolrServerException e) {
            throw new SolrEngine.SolrUnavailable("cannot create the collection '" + name + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the collection " + name, e);
        }
    }

    private static void upload(CloudSolrClient admin, String name) throws IOException, SolrServerException {
        Path dir = Files.createTempDirectory("fonds-configset-");
        Path zip = dir.resolve(name + ".zip");
        try {
            Path conf = SolrConfigset.write(dir.resolve("conf"));
            zip(conf, zip);
            new ConfigSetAdminRequest.Upload().setConfigSetName(name).setOverwrite(true)
                    .setUploadFile(zip, "application/zip").process(admin);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** The files under {@code dir}, with paths relative to it, as the configset API expects. */
    private static void zip(Path dir, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(dir.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }

    private static void awaitActive(CloudSolrClient admin, String name, int expected) throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + ACTIVE_MILLIS;
        while (!active(admin, name, expected)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the collection " + name + " is not active after " + ACTIVE_MILLIS / 1000 + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Every replica active on a live node; the HTTP cluster-state provider asks a node each time. */
    private static boolean active(CloudSolrClient admin, String name, int expected) throws IOException {
        DocCollection state = admin.getClusterStateProvider().getCollection(name);
        if (state == null) return false;
        Set<String> live = admin.getClusterStateProvider().getLiveNodes();
        List<Replica> replicas = state.getReplicas();
        return replicas.size() == expected && replicas.stream().allMatch(r -> r.isActive(live));
    }
}
