package org.fonds.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.fonds.deliberation.people.NameScan;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.SearchIndex;
import org.fonds.search.doc.IndexDocuments;
import org.fonds.search.schema.Field;
import org.fonds.search.schema.IndexFormat;

/**
 * The embedded Lucene index, writing side: one document per stored document, at its latest version.
 * Lucene's commit is atomic, so a crash loses at most what was not yet committed, and the next
 * ingest, which checks each document's indexed version, puts that back.
 */
public final class LuceneIndex implements SearchIndex {
    private static final String ID = Field.ID.fieldName();
    private static final String VERSION = Field.VERSION.fieldName();
    /** How many threads add documents at once: one per core (see {@link #writers}). */
    static final int WRITERS = Runtime.getRuntime().availableProcessors();

    private final FSDirectory directory;
    private final IndexWriter writer;
    /** The index as it was when opened: what an ingest finds already indexed. */
    private final DirectoryReader snapshot;
    private final IndexSearcher searcher;
    private volatile boolean rolledBack;
    /**
     * At most one writer per core inside the {@link IndexWriter}: Lucene gives each thread that is
     * adding at the same moment a buffer of its own and flushes each as a segment, so an ingest's 32
     * workers (16 a core, for the journal's group commit) made 32 small segments a flush where 2 do,
     * and the merges that joined them cost the workers' CPU again. The Lucene document is made
     * before the permit is taken, on every worker.
     */
    private final Semaphore writers = new Semaphore(WRITERS, true);
    /** True when the index, as opened, holds documents of an older format (see {@link #olderFormat()}). */
    private final boolean older;

    private LuceneIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.snapshot = DirectoryReader.open(writer);
        this.searcher = new IndexSearcher(snapshot);
        this.older = snapshot.maxDoc() > 0 && formatOf(directory) != IndexFormat.CURRENT;
    }

    /**
     * Puts the format's mark on the next commit, unless the index has it already: a commit carries the
     * last one's mark, and setting it again would make a commit where nothing else changed.
     */
    private void markCurrent() {
        String current = Integer.toString(IndexFormat.CURRENT);
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) if (e.getKey().equals(IndexFormat.KEY) && e.getValue().equals(current)) return;
        }
        writer.setLiveCommitData(Map.of(IndexFormat.KEY, current).entrySet());
    }

    /** The format of the last commit in {@code directory}. */
    static int formatOf(FSDirectory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return IndexFormat.of(reader.getIndexCommit().getUserData());
        } catch (IndexNotFoundException e) {
            return IndexFormat.CURRENT;
        }
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static LuceneIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            return new LuceneIndex(directory, new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int indexedVersion(String id) {
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (hits.scoreDocs.length == 0) return 0;
            return searcher.storedFields().document(hits.scoreDocs[0].doc).getField(VERSION).numericValue().intValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void put(ArchiveRecord record, int version, NameScan names) {
        Document doc = LuceneDocuments.of(IndexDocuments.of(record, version, names));
        writers.acquireUninterruptibly();
        try {
            writer.updateDocument(new Term(ID, record.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writers.release();
        }
    }

    @Override
    public void commit() {
        // a commit follows a rebuild (reindex rewrites every document) or an ingest into a current index;
        // ingest refuses an older one before it writes, so the mark never covers documents of two formats
        markCurrent();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) return;
        try {
            writer.deleteDocuments(ids.stream().map(id -> new Term(ID, id)).toArray(Term[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rollback() {
        try {
            rolledBack = true;
            writer.rollback(); // closes the writer: nothing put since the last commit reaches the disk
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean olderFormat() {
        return older;
    }

    @Override
    public Map<String, Integer> committed() {
        return committed(directory);
    }

    /**
     * Id to version of every committed document of the index in {@code dir}, read without a writer:
     * no lock is taken and nothing is written, so {@code verify} runs beside an ingest and on a
     * read-only home (issue 15). An index not made yet holds nothing.
     */
    public static Map<String, Integer> committedIn(Path dir) {
        if (!Files.isDirectory(dir)) return Map.of();
        try (FSDirectory d = FSDirectory.open(dir)) {
            return committed(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> committed(org.apache.lucene.store.Directory directory) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, Integer> out = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                StoredFields fields = lr.storedFields();
                for (int d = 0; d < lr.maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    Document doc = fields.document(d, java.util.Set.of(ID, VERSION));
                    out.put(doc.get(ID), doc.getField(VERSION).numericValue().intValue());
                }
            }
            return out;
        } catch (IndexNotFoundException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            snapshot.close();
            if (!rolledBack) writer.close(); // closing commits

            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
