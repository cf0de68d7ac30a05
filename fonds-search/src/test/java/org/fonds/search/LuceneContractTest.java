package org.fonds.search;

import java.nio.file.Path;
import org.fonds.search.contract.SearchContract;
import org.fonds.search.lucene.LuceneIndex;
import org.fonds.search.lucene.LuceneSearcher;
import org.junit.jupiter.api.io.TempDir;

/** The search contract on the embedded Lucene engine. */
class LuceneContractTest extends SearchContract {
    @TempDir
    static Path dir;

    @Override
    protected SearchIndex openIndex(String name) {
        return LuceneIndex.open(dir.resolve(name));
    }

    @Override
    protected Searcher openSearcher(String name) {
        return LuceneSearcher.open(dir.resolve(name));
    }
}
