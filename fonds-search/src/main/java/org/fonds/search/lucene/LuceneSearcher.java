package org.fonds.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.fonds.search.SearchRequest;
import org.fonds.search.Cancellation;
import org.fonds.search.SearchLimits;
import org.fonds.search.SearchResult;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.SearchResult.Hit;
import org.fonds.search.Searcher;
import org.fonds.search.SortOrder;
import org.fonds.search.query.Expr;
import org.fonds.search.query.QueryParser;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.FacetOrder;
import org.fonds.search.schema.Field;
import org.fonds.search.schema.IndexFormat;
import org.fonds.search.schema.OlderIndexException;
import org.fonds.search.snippet.Snippets;
import org.fonds.search.snippet.StoredText;

/**
 * Searches the embedded Lucene index. Facet counts come from Lucene's drill-sideways search, which
 * counts each selected facet under every filter but its own in the same pass as the hits. The index
 * may be written by another process (an ingest) while this one serves: searches pick up, within a second,
 * whatever that process has committed.
 */
public final class LuceneSearcher implements Searcher {
    private static final Set<String> STORED = Set.of(Field.ID.fieldName(), Field.TITLE.fieldName(), Field.DATE.fieldName(),
            Field.SUMMARY.fieldName(), Field.BODY.fieldName(), Field.NOTES.fieldName(), Field.NOTE_NUMBERS.fieldName());

    private static final Set<String> LISTED = Set.of(Field.ID.fieldName(), Field.TITLE.fieldName(), Field.DATE.fieldName());
    private static final Set<String> SUMMARIZED = Set.of(Field.ID.fieldName(), Field.TITLE.fieldName(), Field.DATE.fieldName(),
            Field.SUMMARY.fieldName());

    /**
     * Searches the slices of a large index on every core at once, so one reader's query does not wait
     * on one core while others idle (daemon threads: they never keep a command from ending).
     */
    private static final ExecutorService SLICES = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "fonds-search-slice");
                t.setDaemon(true);
                return t;
            });

    private final FSDirectory directory;
    /** Commits made by another process (an ingest) become visible to searches within this time. */
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private volatile SearcherManager manager;
    private volatile long lastRefresh;
    /** The facet ordinals of the reader last searched, by dimension; rebuilt when the reader changes. */
    private volatile FacetState facetState;
    /** The same request on the same reader is answered once (a server's warm-up and its first reader). */
    private final Recent recent = new Recent();

    private record FacetState(IndexReader reader, Map<String, SortedSetDocValuesReaderState> byDim) {}

    private LuceneSearcher(FSDirectory directory) {
        this.directory = directory;
    }

    /** Opens the index in {@code dir} for searching; an index not yet made searches as empty. */
    public static LuceneSearcher open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new LuceneSearcher(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search(request, Cancellation.NONE);
    }

    @Override
    public SearchResult search(SearchRequest request, Cancellation cancellation) {
        Expr expr = new QueryParser().parse(request.query());
        Query query = LuceneQueries.of(expr);
        try {
            SearcherManager m = manager();
            if (m == null) return new SearchResult(0, List.of(), Map.of());
            IndexSearcher shared = m.acquire();
            Recent.Claim claim = recent.claim(request, shared.getIndexReader());
            try {
                SearchResult same = claim.answered();
                if (same != null && cancellation.cancelled()) throw SearchLimits.cancelled(request.query());
                if (same != null) return same;
                // a searcher of its own for this request, over the same reader, to carry its time limit
                IndexSearcher searcher = new IndexSearcher(shared.getIndexReader(), SLICES);
                // Lucene only: drill-sideways (a search with facet filters) scores every document in one
                // pass and refuses a time-limited scorer; a filter only narrows the search, and the
                // parser's budget of * and ~ words bounds it, so those searches run without the limit
                if (request.filters().isEmpty()) searcher.setTimeout(new Stop(System.nanoTime() + LIMIT_NANOS, cancellation));
                SearchResult r = search(searcher, query, request.snippets() ? Snippets.queryFor(expr) : null, request, cancellation);
                if (cancellation.cancelled()) throw SearchLimits.cancelled(request.query());
                if (searcher.timedOut()) throw SearchLimits.tooSlow(request.query());
                claim.answer(r);
                return r;
            } catch (IndexSearcher.TooManyClauses e) {
                throw SearchLimits.tooManyExpansions(request.query());
            } finally {
                claim.close();
                m.release(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * When a search stops: past the time limit, or once its client has gone. Lucene asks this while
     * it scores (every so many documents); the snippets, made per hit, ask {@code cancellation} too.
     */
    private record Stop(long deadline, Cancellation cancellation) implements QueryTimeout {
        @Override
        public boolean shouldExit() {
            return System.nanoTime() - deadline > 0 || cancellation.cancelled();
        }
    }

    private static final long LIMIT_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(SearchLimits.TIME_LIMIT_MILLIS);

    private SearchResult search(IndexSearcher searcher, Query query, Query snippetQuery, SearchRequest request,
            Cancellation cancellation) throws IOException {
        Map<String, SortedSetDocValuesReaderState> states = facetStates(searcher.getIndexReader());
        // a query whose every word vanished in analysis matches nothing, as on Solr
        if (states == null || query == null) return new SearchResult(0, List.of(), Map.of());
        DrillDownQuery drill = new DrillDownQuery(LuceneDocuments.FACETS, query);
        request.filters().forEach((facet, values) -> {
            for (String v : values) drill.add(facet.facetName(), v);
        });
        int top = request.offset() + request.size();
        if (!request.facets() && request.filters().isEmpty()) return plain(searcher, query, snippetQuery, request, top, cancellation);
        // filters without facets asked for: the drill-down, and nothing to count
        ParallelCounts counting = new ParallelCounts(searcher, request.facets() ? states : Map.of());
        DrillSidewaysResult r = counting.search(drill, null, null, top, sort(request.sort()), request.sort() == SortOrder.RELEVANCE);
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = r.hits.scoreDocs;
        for (int i = request.offset(); i < docs.length && !cancellation.cancelled(); i++) {
            hits.add(hit(searcher, docs[i].doc, snippetQuery, request.snippets()));
        }
        return new SearchResult(total(r), hits, request.facets() ? counting.facets : Map.of());
    }

    /**
     * Drill-sideways whose facet counts are taken on every core, a dimension per task: at a million
     * documents, counting the facets of the hits cost more than finding them.
     */
    private static final class ParallelCounts extends DrillSideways {
        private final Map<String, SortedSetDocValuesReaderState> states;
        /** Every facet's values, set by the search. */
        Map<Facet, List<FacetCount>> facets;

        ParallelCounts(IndexSearcher searcher, Map<String, SortedSetDocValuesReaderState> states) {
            // no state of one field for Lucene's own counting: buildFacetsResult counts field by field
            super(searcher, LuceneDocuments.FACETS, (SortedSetDocValuesReaderState) null);
            this.states = states;
        }

        /**
         * Counts each dimension from its own field: over the matches of all filters, or, for a
         * selected dimension, over the matches of all filters but its own (its sideways hits).
         * Returns no {@link Facets}: the values are left in {@link #facets}.
         */
        @Override
        protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] sideways, String[] sidewaysDims)
                throws IOException {
            Map<String, FacetsCollector> selected = new HashMap<>();
            for (int i = 0; sideways != null && i < sideways.length; i++) selected.put(sidewaysDims[i], sideways[i]);
            // a task per dimension, counting and picking its values, rather than per segment: most
            // dimensions count the few drill-down hits, where splitting by segment costs more than it
            // saves; the costly ones (people; files, with a value for nearly every document, whose
            // top values are picked from all of them) then run beside each other
            Map<Facet, Future<List<FacetCount>>> counting = new EnumMap<>(Facet.class);
            for (Facet f : Facet.values()) {
                SortedSetDocValuesReaderState state = states.get(f.facetName());
                if (state == null) continue; // no document has a value for this facet, or no counts were asked for
                FacetsCollector hits = selected.getOrDefault(f.facetName(), drillDowns);
                counting.put(f, SLICES.submit(() -> values(f, new SortedSetDocValuesFacetCounts(state, hits))));
            }
            facets = new EnumMap<>(Facet.class);
            for (Facet f : Facet.values()) facets.put(f, counting.containsKey(f) ? done(counting.get(f)) : List.of());
            return null;
        }

        private static List<FacetCount> done(Future<List<FacetCount>> counts) throws IOException {
            try {
                return counts.get();
            } catch (ExecutionException e) {
                throw IOUtils.rethrowAlways(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while counting facets", e);
            }
        }
    }

    /** Without facets to count, a plain search: drill-sideways would only add work. */
    private SearchResult plain(IndexSearcher searcher, Query query, Query snippetQuery, SearchRequest request, int top,
            Cancellation cancellation) throws IOException {
        int threshold = Math.max(top, SearchResult.EXACT_UP_TO);
        TopFieldCollectorManager collector = new TopFieldCollectorManager(sort(request.sort()), top, null, threshold);
        TopDocs found = searcher.search(query, collector);
        List<Hit> hits = new ArrayList<>();
        for (int i = request.offset(); i < found.scoreDocs.length && !cancellation.cancelled(); i++) {
            hits.add(hit(searcher, found.scoreDocs[i].doc, snippetQuery, request.snippets()));
        }
        boolean exact = found.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        return new SearchResult(found.totalHits.value(), exact, hits, Map.of());
    }

    private static long total(DrillSidewaysResult r) {
        if (r.drillDownFacetsCollector == null) return r.hits.totalHits.value();
        long n = 0;
        for (FacetsCollector.MatchingDocs m : r.drillDownFacetsCollector.getMatchingDocs()) n += m.totalHits();
        return n;
    }

    private static Sort sort(SortOrder order) {
        SortField byId = new SortField(Field.ID.fieldName(), SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
            case DATE -> new Sort(day(false), byId);
            case DATE_DESC -> new Sort(day(true), byId);
        };
    }

    /** The document's first day; undated documents last in either direction. */
    private static SortField day(boolean reverse) {
        SortField f = new SortField(Field.SORT_DAY.fieldName(), SortField.Type.INT, reverse);
        f.setMissingValue(reverse ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return f;
    }

    /** The values of {@code f} with their counts, in the order readers see. */
    private static List<FacetCount> values(Facet f, Facets counted) throws IOException {
        // counted facets only need their top values (ties go to the smaller value, as on Solr)
        FacetResult fr = f.order() == Facet.Order.VALUE ? counted.getAllChildren(f.facetName())
                : counted.getTopChildren(Facet.TOP, f.facetName());
        List<FacetCount> counts = new ArrayList<>();
        if (fr != null) for (LabelAndValue lv : fr.labelValues) counts.add(new FacetCount(lv.label, lv.value.longValue()));
        return FacetOrder.arrange(f, counts);
    }

    /**
     * The hit of {@code doc}, with snippets for {@code query}, or none when it is null; with its
     * summary instead when passages were asked for ({@code passages}) and none came out.
     */
    private static Hit hit(IndexSearcher searcher, int doc, Query query, boolean passages) throws IOException {
        if (query == null && !passages) return listed(searcher, doc);
        if (query == null) {
            Document d = searcher.storedFields().document(doc, SUMMARIZED);
            return new Hit(d.get(Field.ID.fieldName()), d.get(Field.TITLE.fieldName()), d.get(Field.DATE.fieldName()), List.of(),
                    d.get(Field.SUMMARY.fieldName()));
        }
        Document d = searcher.storedFields().document(doc, STORED);
        IndexableField[] notes = d.getFields(Field.NOTES.fieldName());
        IndexableField[] numbers = d.getFields(Field.NOTE_NUMBERS.fieldName());
        List<StoredText.NoteText> noteTexts = new ArrayList<>();
        for (int i = 0; i < notes.length && i < numbers.length; i++) {
            noteTexts.add(new StoredText.NoteText(numbers[i].numericValue().intValue(), notes[i].stringValue()));
        }
        StoredText text = new StoredText(d.get(Field.SUMMARY.fieldName()), d.get(Field.BODY.fieldName()), noteTexts);
        List<SearchResult.Snippet> snippets = Snippets.of(query, text);
        return new Hit(d.get(Field.ID.fieldName()), d.get(Field.TITLE.fieldName()), d.get(Field.DATE.fieldName()), snippets,
                snippets.isEmpty() ? text.summary() : null);
    }

    /** A hit without snippets, from the listing doc value; stored fields when an older index has none. */
    private static Hit listed(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues listing = leaf.reader().getBinaryDocValues(LuceneDocuments.LISTING);
        if (listing != null && listing.advanceExact(doc - leaf.docBase)) {
            String[] v = LuceneDocuments.listing(listing.binaryValue());
            return new Hit(v[0], v[1], v[2], List.of());
        }
        Document d = searcher.storedFields().document(doc, LISTED);
        return new Hit(d.get(Field.ID.fieldName()), d.get(Field.TITLE.fieldName()), d.get(Field.DATE.fieldName()), List.of());
    }

    /**
     * The ordinals of each facet field of {@code reader} (made once per reader: each builds a map of
     * the ordinals of every segment), by dimension; a facet no document has is not among them.
     */
    private Map<String, SortedSetDocValuesReaderState> facetStates(IndexReader reader) throws IOException {
        FacetState s = facetState;
        if (s != null && s.reader == reader) return s.byDim;
        return readFacetStates(reader);
    }

    /** Made once per reader: two searches of a new reader (a warm-up and a first reader) wait for one another. */
    private synchronized Map<String, SortedSetDocValuesReaderState> readFacetStates(IndexReader reader) throws IOException {
        FacetState s = facetState;
        if (s != null && s.reader == reader) return s.byDim;
        if (reader.maxDoc() == 0) return null;
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        // an index from before each facet had a field of its own would count nothing and filter everything out
        if (fields.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) throw new OlderIndexException();
        // an index without a field that this Fonds counts and filters by (the kind facet) would do the same
        if (reader instanceof DirectoryReader dr && IndexFormat.of(dr.getIndexCommit().getUserData()) != IndexFormat.CURRENT) {
            throw new OlderIndexException();
        }
        Map<String, SortedSetDocValuesReaderState> byDim = new HashMap<>();
        for (Facet f : Facet.values()) {
            if (fields.fieldInfo(f.fieldName()) == null) continue;
            byDim.put(f.facetName(), new DefaultSortedSetDocValuesReaderState(reader, f.fieldName(), LuceneDocuments.FACETS));
        }
        facetState = new FacetState(reader, byDim);
        return byDim;
    }

    /**
     * The commit the next search reads: its segments file (the generation) and the commit's own
     * random id, which Lucene makes anew for every commit, so an index deleted and made again to the
     * same generation is still told apart. Empty while there is no index.
     */
    @Override
    public Optional<String> state() {
        try {
            SearcherManager m = manager();
            if (m == null) return Optional.empty();
            IndexSearcher s = m.acquire();
            try {
                return Optional.of(commitOf(s.getIndexReader()));
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commitOf(IndexReader reader) throws IOException {
        DirectoryReader r = (DirectoryReader) reader;
        String id = r instanceof StandardDirectoryReader sr ? java.util.HexFormat.of().formatHex(sr.getSegmentInfos().getId()) : "";
        return r.getIndexCommit().getSegmentsFileName() + " " + id;
    }

    /** The searcher manager, made once an index exists and refreshed to the latest commit. */
    private SearcherManager manager() throws IOException {
        SearcherManager m = manager;
        if (m == null) m = open();
        if (m == null) return null;
        // looking for a newer commit reads the index folder: once a second at most, not on every search,
        // and without a lock (maybeRefresh lets one thread refresh while the others search on)
        long now = System.nanoTime();
        if (now - lastRefresh > REFRESH_NANOS) {
            lastRefresh = now;
            m.maybeRefresh();
        }
        return m;
    }

    private synchronized SearcherManager open() throws IOException {
        if (manager == null && DirectoryReader.indexExists(directory)) {
            manager = new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, SLICES);
                }
            });
            lastRefresh = System.nanoTime();
        }
        return manager;
    }

    @Override
    public synchronized void close() {
        try {
            if (manager != null) manager.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
