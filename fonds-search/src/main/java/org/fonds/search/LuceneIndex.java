package org.fonds.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;

/**
 * The embedded Lucene index: one document per stored document, at its latest version. It is derived
 * data: {@code reindex} rebuilds it from the store and {@code verify} compares the two. Lucene's own
 * commit is atomic, so a crash loses at most what was not yet committed, and the next ingest, which
 * checks each document's indexed version, puts that back. (The search features are the next stage.)
 */
public final class LuceneIndex implements AutoCloseable {
    static final String ID = "id";
    static final String VERSION = "version";

    private final FSDirectory directory;
    private final IndexWriter writer;
    /** The index as it was when opened: what an ingest finds already indexed. */
    private final DirectoryReader snapshot;
    private final IndexSearcher searcher;

    private LuceneIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.snapshot = DirectoryReader.open(writer);
        this.searcher = new IndexSearcher(snapshot);
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static LuceneIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            FSDirectory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new LuceneIndex(directory, new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The version of {@code id} in the index as opened, or 0 when it was not there. */
    public int indexedVersion(String id) {
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (hits.scoreDocs.length == 0) return 0;
            return searcher.storedFields().document(hits.scoreDocs[0].doc).getField(VERSION).numericValue().intValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the document of {@code record} at {@code version}. */
    public void put(ArchiveRecord record, int version) {
        try {
            writer.updateDocument(new Term(ID, record.id()), document(record, version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(ArchiveRecord r, int version) {
        Document doc = new Document();
        doc.add(new StringField(ID, r.id(), Field.Store.YES));
        doc.add(new StoredField(VERSION, version));
        doc.add(new TextField("title", r.title(), Field.Store.YES));
        doc.add(new TextField("summary", r.summary(), Field.Store.NO));
        doc.add(new TextField("body", r.body(), Field.Store.NO));
        StringBuilder notes = new StringBuilder();
        for (Note n : r.notes()) notes.append(n.text()).append('\n');
        doc.add(new TextField("notes", notes.toString(), Field.Store.NO));
        if (r.date() != null) doc.add(new StringField("date", r.date(), Field.Store.YES));
        return doc;
    }

    /** Makes everything put so far durable and visible to the next opening. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document (before a rebuild). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Id to version of every document committed in the index. */
    public Map<String, Integer> committed() {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, Integer> out = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                StoredFields fields = lr.storedFields();
                for (int d = 0; d < lr.maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    Document doc = fields.document(d);
                    out.put(doc.get(ID), doc.getField(VERSION).numericValue().intValue());
                }
            }
            return out;
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            snapshot.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
