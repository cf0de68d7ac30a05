package org.fonds.search.lucene;

import java.nio.file.Path;
import java.util.Map;
import org.fonds.search.SearchBackend;
import org.fonds.search.SearchIndex;
import org.fonds.search.Searcher;

/** The embedded index: a Lucene directory in the archive home. */
public record LuceneBackend(Path dir) implements SearchBackend {
    @Override
    public SearchIndex openIndex() {
        return LuceneIndex.open(dir);
    }

    @Override
    public Searcher openSearcher() {
        return LuceneSearcher.open(dir);
    }

    @Override
    public Map<String, Integer> committed() {
        return LuceneIndex.committedIn(dir);
    }

    @Override
    public String describe() {
        return dir.toString();
    }
}
