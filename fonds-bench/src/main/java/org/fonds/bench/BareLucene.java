package org.fonds.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.fonds.search.schema.Facet;

/**
 * The baseline: hand-written Lucene queries on the same index, on the body field only, with no
 * query language, no name fields, no drill-sideways and the stock highlighter. What Fonds adds on
 * top of Lucene shows as the distance between the two.
 */
final class BareLucene implements AutoCloseable {
    private static final Set<String> LISTED = Set.of("id", "title", "date");
    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Each facet dimension is in a doc-values field of its own (as Fonds writes them), so one state per field. */
    private final Map<String, DefaultSortedSetDocValuesReaderState> states = new LinkedHashMap<>();
    private final FacetsConfig config = new FacetsConfig();
    private final UnifiedHighlighter highlighter;

    private BareLucene(FSDirectory dir) throws IOException {
        this.dir = dir;
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        for (Facet f : Facet.values()) {
            config.setMultiValued(f.facetName(), true);
            config.setIndexFieldName(f.facetName(), f.fieldName());
        }
        for (Facet f : Facet.values()) states.put(f.facetName(), new DefaultSortedSetDocValuesReaderState(reader, f.fieldName(), config));
        this.highlighter = UnifiedHighlighter.builder(searcher, new StandardAnalyzer()).build();
    }

    static BareLucene open(Path path) throws IOException {
        return new BareLucene(FSDirectory.open(path));
    }

    void term(String word) throws IOException {
        list(searcher.search(new TermQuery(new Term("body", word)), 10));
    }

    void phrase(String quoted) throws IOException {
        String[] words = quoted.replace("\"", "").split(" ");
        list(searcher.search(new PhraseQuery("body", words), 10));
    }

    void and(String twoWords) throws IOException {
        String[] words = twoWords.split(" AND ");
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", words[0])), Occur.MUST)
                .add(new TermQuery(new Term("body", words[1])), Occur.MUST).build();
        list(searcher.search(q, 10));
    }

    /** The word in the body, drilled down to one year, every facet counted, the body highlighted. */
    void facetedHighlighted(String word, String year) throws IOException {
        Query q = new TermQuery(new Term("body", word));
        DrillDownQuery drill = new DrillDownQuery(config, q);
        drill.add("year", year);
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, drill, 10, new FacetsCollectorManager());
        for (var e : states.entrySet()) new SortedSetDocValuesFacetCounts(e.getValue(), r.facetsCollector()).getTopChildren(50, e.getKey());
        list(r.topDocs());
        highlighter.highlight("body", q, r.topDocs(), 2);
    }

    private void list(TopDocs hits) throws IOException {
        for (ScoreDoc d : hits.scoreDocs) searcher.storedFields().document(d.doc, LISTED);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
