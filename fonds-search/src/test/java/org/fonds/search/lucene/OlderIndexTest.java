package org.fonds.search.lucene;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fonds.search.SearchRequest;
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
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("fonds reindex");
        }
    }
}
