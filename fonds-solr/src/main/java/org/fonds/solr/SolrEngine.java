package org.fonds.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.fonds.deliberation.people.NameScan;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.SearchIndex;
import org.fonds.search.SearchLimits;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.Searcher;
import org.fonds.search.doc.IndexDocuments;
import org.fonds.search.query.Expr;
import org.fonds.search.query.QueryParser;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.FacetOrder;
import org.fonds.search.schema.Field;
import org.fonds.search.schema.IndexFormat;
import org.fonds.search.snippet.Snippets;
import org.fonds.search.snippet.StoredText;

/**
 * The search index on a SolrCloud collection, through SolrJ over the JDK's HTTP client (no Jetty or
 * ZooKeeper client on our classpath: the cluster state is read over HTTP from the nodes given).
 * Facets use Solr's tag and exclude, so each selected facet is counted under every filter but its
 * own, as the Lucene engine's drill-sideways does; snippets are cut by the same {@link Snippets}
 * from the texts Solr stores.
 */
public final class SolrEngine implements SearchIndex, Searcher {
    /** Documents sent to Solr in one request. */
    static final int BATCH = 500;
    private static final String FIELDS = String.join(",", Field.ID.fieldName(), Field.TITLE.fieldName(), Field.DATE.fieldName(),
            Field.SUMMARY.fieldName(), Field.BODY.fieldName(), Field.NOTES.fieldName(), Field.NOTE_NUMBERS.fieldName());

    private static final String ID_TITLE_DATE = String.join(",", Field.ID.fieldName(), Field.TITLE.fieldName(), Field.DATE.fieldName());

    private final CloudSolrClient client;
    private final String collection;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    /** Id to version as the collection was when first asked: what an ingest finds already indexed. */
    private Map<String, Integer> snapshot;
    /** True once the collection's schema was found to be of this Fonds' index format. */
    private volatile boolean formatChecked;

    private SolrEngine(CloudSolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    /** Connects to the collection {@code collection} of the SolrCloud cluster with nodes at {@code nodeUrls}. */
    public static SolrEngine connect(List<String> nodeUrls, String collection) {
        CloudSolrClient client = new CloudSolrClient.Builder(nodeUrls)
                .withHttpClientBuilder(new HttpJdkSolrClient.Builder()
                        .withConnectionTimeout(10, TimeUnit.SECONDS)
                        .withIdleTimeout(120, TimeUnit.SECONDS))
                .withDefaultCollection(collection)
                .build();
        return new SolrEngine(client, collection);
    }

    public String collection() {
        return collection;
    }

    @Override
    public synchronized int indexedVersion(String id) {
        if (snapshot == null) snapshot = committed();
        return snapshot.getOrDefault(id, 0);
    }

    @Override
    public void put(ArchiveRecord record, int version, NameScan names) {
        checkFormat();
        SolrInputDocument doc = SolrDocuments.of(IndexDocuments.of(record, version, names));
        List<SolrInputDocument> batch = null;
        synchronized (pending) {
            pending.add(doc);
            if (pending.size() >= BATCH) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
        }
        if (batch != null) send(batch);
    }

    @Override
    public void commit() {
        List<SolrInputDocument> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) send(batch);
        call(client::commit);
    }

    @Override
    public void clear() {
        synchronized (pending) {
            pending.clear();
        }
        call(() -> client.deleteByQuery("*:*"));
    }

    @Override
    public void delete(Collection<String> ids) {
        if (!ids.isEmpty()) call(() -> client.deleteById(List.copyOf(ids)));
    }

    /** SolrCloud has no rollback: what was sent stays, see {@link SearchIndex#rollback}; what is pending is dropped. */
    @Override
    public void rollback() {
        synchronized (pending) {
            pending.clear();
        }
    }

    @Override
    public Map<String, Integer> committed() {
        Map<String, Integer> out = new HashMap<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery("*:*");
            q.setFields(Field.ID.fieldName(), Field.VERSION.fieldName());
            q.setRows(5_000);
            q.setSort(Field.ID.fieldName(), SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = call(() -> client.query(q));
            for (SolrDocument d : r.getResults()) {
                out.put((String) d.getFirstValue(Field.ID.fieldName()), ((Number) d.getFirstValue(Field.VERSION.fieldName())).intValue());
            }
            if (cursor.equals(r.getNextCursorMark())) return out;
            cursor = r.getNextCursorMark();
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Expr expr = new QueryParser().parse(request.query());
        checkFormat();
        String q = SolrQueries.of(expr);
        if (q == null) return new SearchResult(0, List.of(), Map.of());
        QueryResponse r;
        try {
            r = call(() -> client.query(query(q, request)));
        } catch (SolrUnavailable e) {
            // the engine's clause limit, as on Lucene: a query error for the reader, not a failure of Solr
            String why = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (why.contains("maxclausecount") || why.contains("too many boolean clauses") || why.contains("too many clauses")) {
                throw SearchLimits.tooManyExpansions(request.query());
            }
            throw e;
        }
        // as on Lucene: a search stopped by the time limit says so rather than answer with some hits
        if (Boolean.TRUE.equals(r.getResponseHeader().get("partialResults"))) throw SearchLimits.tooSlow(request.query());
        org.apache.lucene.search.Query forSnippets = request.snippets() ? Snippets.queryFor(expr) : null;
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) hits.add(hit(d, forSnippets, request.snippets()));
        Boolean exact = r.getResults().getNumFoundExact();
        return new SearchResult(r.getResults().getNumFound(), exact == null || exact, hits, request.facets() ? facets(r) : Map.of());
    }

    /**
     * Refuses a collection made from an older configset: Solr would reject a document with a facet
     * field its schema lacks, and a search counting it. Asked once per engine.
     */
    private void checkFormat() {
        if (formatChecked) return;
        String name = schemaName();
        if (!IndexFormat.SOLR_SCHEMA.equals(name)) {
            throw new IllegalStateException("the Solr collection '" + collection + "' was made by an older Fonds (schema '" + name
                    + "', this Fonds writes '" + IndexFormat.SOLR_SCHEMA + "'); delete it, make it again with `fonds solr-init`"
                    + " and rebuild it with `fonds reindex`");
        }
        formatChecked = true;
    }

    private String schemaName() {
        return call(() -> new SchemaRequest.SchemaName().process(client)).getSchemaName();
    }

    /** A collection from an older configset: ingest refuses it before storing anything. */
    @Override
    public boolean olderFormat() {
        return !formatChecked && !IndexFormat.SOLR_SCHEMA.equals(schemaName());
    }

    private static SolrQuery query(String q, SearchRequest request) {
        SolrQuery s = new SolrQuery(q);
        s.set("defType", "lucene");
        s.set("q.op", "OR");
        s.set("timeAllowed", Long.toString(SearchLimits.TIME_LIMIT_MILLIS));
        s.setFields(request.snippets() ? FIELDS : ID_TITLE_DATE);
        s.setStart(request.offset());
        s.setRows(request.size());
        switch (request.sort()) {
            case RELEVANCE -> s.addSort("score", SolrQuery.ORDER.desc);
            case DATE -> s.addSort(Field.SORT_DAY.fieldName(), SolrQuery.ORDER.asc);
            case DATE_DESC -> s.addSort(Field.SORT_DAY.fieldName(), SolrQuery.ORDER.desc);
        }
        s.addSort(Field.ID.fieldName(), SolrQuery.ORDER.asc);
        request.filters().forEach((facet, values) -> s.addFilterQuery(filter(facet, values)));
        if (!request.facets()) {
            // as the Lucene engine: count exactly up to a bound, so common words stay cheap
            s.set("minExactCount", Math.max(request.offset() + request.size(), SearchResult.EXACT_UP_TO));
            return s;
        }
        s.setFacet(true);
        s.setFacetMinCount(1);
        // Each shard proposes its own top values; a value that is modest on every shard but frequent
        // over all of them is missed unless the shards propose many more than are shown. Asking for
        // 4x + 200 makes the top 50 exact unless a facet has hundreds of values tied near the cut.
        s.set("facet.overrequest.ratio", 4);
        s.set("facet.overrequest.count", 200);
        for (Facet f : Facet.values()) {
            s.addFacetField("{!ex=" + f.fieldName() + " key=" + f.facetName() + "}" + f.fieldName());
            boolean all = f.order() == Facet.Order.VALUE;
            s.set("f." + f.fieldName() + ".facet.limit", all ? -1 : Facet.TOP);
            s.set("f." + f.fieldName() + ".facet.sort", all ? "index" : "count");
        }
        return s;
    }

    /** {@code {!tag=f_year}f_year:("1955" OR "1956")}: the values are the reader's, escaped inside quotes. */
    private static String filter(Facet facet, Set<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values.stream().sorted().toList()) quoted.add("\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        return "{!tag=" + facet.fieldName() + "}" + facet.fieldName() + ":(" + String.join(" OR ", quoted) + ")";
    }

    private static Map<Facet, List<FacetCount>> facets(QueryResponse r) {
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            FacetField ff = r.getFacetField(f.facetName());
            List<FacetCount> counts = new ArrayList<>();
            if (ff != null && ff.getValues() != null) {
                for (FacetField.Count c : ff.getValues()) counts.add(new FacetCount(c.getName(), c.getCount()));
            }
            out.put(f, FacetOrder.arrange(f, counts));
        }
        return out;
    }

    private static Hit hit(SolrDocument d, org.apache.lucene.search.Query query, boolean passages) {
        List<StoredText.NoteText> notes = new ArrayList<>();
        Collection<Object> texts = d.getFieldValues(Field.NOTES.fieldName());
        Collection<Object> numbers = d.getFieldValues(Field.NOTE_NUMBERS.fieldName());
        if (texts != null && numbers != null) {
            var t = texts.iterator();
            var n = numbers.iterator();
            while (t.hasNext() && n.hasNext()) notes.add(new StoredText.NoteText(((Number) n.next()).intValue(), (String) t.next()));
        }
        StoredText text = new StoredText(string(d, Field.SUMMARY), string(d, Field.BODY), notes);
        List<SearchResult.Snippet> snippets = Snippets.of(query, text);
        // as the Lucene engine: the summary stands in when passages were asked for and none came out
        return new Hit(string(d, Field.ID), string(d, Field.TITLE), string(d, Field.DATE), snippets,
                passages && snippets.isEmpty() ? text.summary() : null);
    }

    private static String string(SolrDocument d, Field f) {
        Object v = d.getFirstValue(f.fieldName());
        return v == null ? null : v.toString();
    }

    private void send(List<SolrInputDocument> batch) {
        call(() -> client.add(batch));
    }

    private interface SolrCall<T> {
        T run() throws SolrServerException, IOException;
    }

    private <T> T call(SolrCall<T> c) {
        try {
            return c.run();
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SolrUnavailable("Solr collection '" + collection + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // SolrJ reports a cluster it cannot reach with plain runtime exceptions
            throw new SolrUnavailable("Solr collection '" + collection + "' cannot be reached: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** Solr could not be reached or refused a request. */
    public static final class SolrUnavailable extends org.fonds.error.UnavailableException {
        private static final long serialVersionUID = 1L;

        SolrUnavailable(String message, Throwable cause) {
            super("solr-unavailable", message, cause);
        }
    }
}
