package org.fonds.archive;

import java.util.function.Supplier;
import org.fonds.deliberation.read.Tables;
import org.fonds.search.Searcher;

/**
 * A server's first page (the reading room's home page, which counts every document), made over the
 * documents, searcher and tables it is given and thrown away. The web defines it once
 * ({@code ReadingRoom::firstPage}); a server makes it as it starts ({@link Archive#warmUp()}) and
 * every writing operation makes it again after its commit ({@link Archive#keepingFirstPage}), so the
 * answers an ingest keeps beside the index are those of the requests a start asks, with no second list
 * of them to drift (docs/design/search.md, 10).
 */
@FunctionalInterface
public interface FirstPage {
    void make(Documents documents, Searcher searcher, Supplier<? extends Tables> tables);
}
