package org.fonds.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the whole path the Solr backend will take: a forked two-node SolrCloud, a configset
 * uploaded over HTTP, a two-shard collection, SolrJ 10 updates and distributed queries, and the
 * ICU folding and Beider-Morse chains of the schema.
 */
class SolrCloudSmokeTest {

  private static final Path CONFIGSET = Path.of("src/test/resources/configsets/smoke");

  @Test
  void aTwoShardCollectionOnAForkedClusterIndexesFoldsFacetsAndSorts(@TempDir Path dir)
      throws Exception {
    long start = System.nanoTime();
    try (SolrCloudFixture solr = SolrCloudFixture.start(dir)) {
      long started = System.nanoTime();
      assertThat(solr.nodeUrls()).hasSize(2).allMatch(url -> url.matches("http://127\\.0\\.0\\.1:\\d+/solr"));

      solr.uploadConfigset("smoke", CONFIGSET);
      long uploaded = System.nanoTime();
      solr.createCollection("smoke", "smoke", 2, 1);
      long created = System.nanoTime();

      CloudSolrClient client = solr.client("smoke");
      client.add(List.of(
          doc("1", "Kádár János beszéde a pártértekezleten", "Münnich Ferenc", 1957, "Kádár", "Münnich"),
          doc("2", "Dobi István levele", "Dobi István", 1949, "Dobi", "Kádár"),
          doc("3", "Rákosi Mátyás jelentése", "Rákosi Mátyás", 1953, "Rákosi")));
      client.commit();

      assertThat(ids(client.query(new SolrQuery("text:kadar")))).containsExactly("1");
      assertThat(ids(client.query(new SolrQuery("name:Munnich")))).containsExactly("1");
      assertFacetCounts(client);
      assertSortedAcrossShards(client);
      long queried = System.nanoTime();

      System.out.printf("SolrCloud smoke: cluster up %d ms, configset %d ms, collection active %d ms,"
              + " index and query %d ms%n",
          millis(start, started), millis(started, uploaded), millis(uploaded, created), millis(created, queried));
    }
    System.out.printf("SolrCloud smoke: whole test %d ms (with shutdown)%n", millis(start, System.nanoTime()));
  }

  private static void assertFacetCounts(CloudSolrClient client) throws Exception {
    SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField("person");
    FacetField person = client.query(query).getFacetField("person");
    assertThat(person.getValues())
        .extracting(FacetField.Count::getName, FacetField.Count::getCount)
        .startsWith(tuple("Kádár", 2L))
        .contains(
            tuple("Dobi", 1L),
            tuple("Münnich", 1L),
            tuple("Rákosi", 1L));
  }

  /** The documents must lie on both shards, or the sort would not be a distributed merge. */
  private static void assertSortedAcrossShards(CloudSolrClient client) throws Exception {
    SolrQuery query = new SolrQuery("*:*").setSort("year", SolrQuery.ORDER.asc);
    query.set("shards.info", true);
    QueryResponse response = client.query(query);
    assertThat(ids(response)).containsExactly("2", "3", "1");

    @SuppressWarnings("unchecked")
    NamedList<Object> shards = (NamedList<Object>) response.getResponse().get("shards.info");
    assertThat(shards.size()).isEqualTo(2);
    for (Map.Entry<String, Object> shard : shards) {
      assertThat(((NamedList<?>) shard.getValue()).get("numFound"))
          .as("documents on %s", shard.getKey())
          .isNotEqualTo(0L);
    }
  }

  private static SolrInputDocument doc(String id, String text, String name, int year, String... persons) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", id);
    doc.addField("text", text);
    doc.addField("name", name);
    doc.addField("year", year);
    for (String person : persons) {
      doc.addField("person", person);
    }
    return doc;
  }

  private static List<String> ids(QueryResponse response) {
    return response.getResults().stream().map(doc -> (String) doc.getFieldValue("id")).toList();
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
