package org.fonds.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.record.RecordJson;
import org.fonds.solr.SolrCloudFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands with --solr, against a real two-node SolrCloud: the whole path a user would take. */
@NeedsShared("corpus/seeds")
class SolrCommandLineTest {

    @TempDir
    static Path tmp;
    static SolrCloudFixture cluster;

    @BeforeAll
    static void start() throws Exception {
        Seeds.corpus("seeds"); // before a cluster is started for nothing
        cluster = SolrCloudFixture.start(tmp.resolve("cluster"));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) cluster.close();
    }

    @Test
    void initIngestSearchVerifyAndReindexOnSolrCloud() throws Exception {
        String solr = String.join(",", cluster.nodeUrls());
        String home = tmp.resolve("home").toString();
        String[] where = {"--solr", solr, "--solr-collection", "cli"};

        CommandLineTest.Run init = run(with(new String[] {"solr-init"}, where));
        assertThat(init.status()).as(init.err()).isZero();
        assertThat(init.out()).contains("created collection cli");
        assertThat(run(with(new String[] {"solr-init"}, where)).out()).contains("collection already there: cli");

        CommandLineTest.Run ingest = run(with(new String[] {"ingest", "--home", home, Seeds.corpus("seeds").toString()}, where));
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("added 5");

        CommandLineTest.Run search = run(with(new String[] {"search", "--home", home, "--json", "person:Münnich"}, where));
        assertThat(search.status()).as(search.err()).isZero();
        JsonNode json = RecordJson.mapper().readTree(search.out());
        // person: also finds the records whose text names him (issue 12), not only the one he took part in
        assertThat(json.get("total").asInt()).isEqualTo(2);
        java.util.List<String> ids = new java.util.ArrayList<>();
        json.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertThat(ids).contains("wcda-111884");

        CommandLineTest.Run verify = run(with(new String[] {"verify", "--home", home}, where));
        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).isEmpty();
        assertThat(run(with(new String[] {"reindex", "--home", home}, where)).out()).contains("reindexed 5 documents");
        assertThat(run(with(new String[] {"verify", "--home", home}, where)).status()).isZero();

        // the embedded index of the home was never written: the collection holds the documents
        assertThat(run("search", "--home", home, "Kadar").out()).contains("No documents match");
        // and verify without --solr says so
        assertThat(run("verify", "--home", home).status()).isEqualTo(1);
    }

    @Test
    void anUnreachableClusterIsAProblemNotACrash() throws Exception {
        Path configset = tmp.resolve("configset");
        assertThat(run("solr-init", "--configset", configset.toString()).status()).isZero();
        assertThat(Files.readString(configset.resolve("schema.xml"))).contains("beiderMorse", "icuFolding", "f_delo");
        CommandLineTest.Run r = run("search", "--home", tmp.resolve("h2").toString(), "--solr", "http://127.0.0.1:9/solr", "Kadar");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("fonds:");
        CommandLineTest.Run zk = run("search", "--home", tmp.resolve("h2").toString(), "--solr", "zk1:2181,zk2:2181", "Kadar");
        assertThat(zk.status()).isEqualTo(2);
        assertThat(zk.err()).contains("not a ZooKeeper address");
    }

    private static String[] with(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
