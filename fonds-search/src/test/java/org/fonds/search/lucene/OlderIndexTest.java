package org.fonds.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.fonds.search.schema.OlderIndexException;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fonds.search.SearchRequest;
import org.fonds.search.SearchResult.FacetCount;
import org.fonds.search.contract.Crafted;
import org.fonds.search.doc.IndexDocuments;
import org.fonds.search.schema.Facet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written before each facet had a field of its own is refused, with what to do, not searched wrongly. */
class OlderIndexTest {
    @TempDir
    Path dir;

    @Test
    void anIndexWithAllFacetsInOneFieldAsksForAReindex() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new SortedSetDocValuesFacetField("year", "1956")); // all dimensions in the one default field
            w.addDocument(new FacetsConfig().build(doc));
        }
        try (LuceneSearcher searcher = LuceneSearcher.open(dir)) {
            assertThatThrownBy(() -> searcher.search(SearchRequest.of("")))
                    .isInstanceOf(OlderIndexException.class).hasMessageContaining("fonds reindex");
        }
    }

    /**
     * An index of the first format (a field per facet, but no kind, and no mark) is refused by the
     * searcher, and says so to an ingest (which refuses to add to it); a rebuild makes it current.
     */
    @Test
    void anIndexWithoutTheKindFacetAsksForAReindexAndARebuildMendsIt() throws Exception {
        Path older = dir.resolve("older");
        try (FSDirectory d = FSDirectory.open(older); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.addDocument(LuceneDocuments.of(IndexDocuments.of(Crafted.telegram(), 1)));
        }
        try (LuceneSearcher searcher = LuceneSearcher.open(older)) {
            assertThatThrownBy(() -> searcher.search(SearchRequest.of("")))
                    .isInstanceOf(OlderIndexException.class).hasMessageContaining("fonds reindex");
        }
        // opened for writing and closed (as verify does), it is still the older index it was
        try (LuceneIndex index = LuceneIndex.open(older)) {
            assertThat(index.committed()).containsOnlyKeys("t-telegram");
        }
        try (LuceneSearcher searcher = LuceneSearcher.open(older)) {
            assertThatThrownBy(() -> searcher.search(SearchRequest.of(""))).hasMessageContaining("fonds reindex");
        }
        // a rebuild rewrites every document and its commit marks the index current
        try (LuceneIndex index = LuceneIndex.open(older)) {
            assertThat(index.olderFormat()).isTrue();
            index.put(Crafted.telegram(), 2);
            index.commit();
        }
        try (LuceneIndex index = LuceneIndex.open(older)) {
            assertThat(index.olderFormat()).isFalse();
        }
        try (LuceneSearcher searcher = LuceneSearcher.open(older)) {
            assertThat(searcher.search(SearchRequest.of("kind:telegram")).total()).isEqualTo(1);
            assertThat(searcher.search(SearchRequest.of("")).facets().get(Facet.KIND)).extracting(FacetCount::value).containsExactly("telegram");
        }
    }
}
