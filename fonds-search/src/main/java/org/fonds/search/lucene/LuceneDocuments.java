package org.fonds.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.fonds.search.doc.IndexDocument;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.Field;

/** Turns an {@link IndexDocument} into a Lucene document, each field by its {@link org.fonds.search.schema.Kind}. */
final class LuceneDocuments {
    /**
     * Id, title and date of a document as one doc value, so a page of hits is listed without
     * decompressing stored fields (a block of stored fields holds whole bodies; at a million
     * documents that cost more than the search). Lucene's own: Solr returns fields its own way.
     */
    static final String LISTING = "listing";
    private static final char SEP = '\u0000';

    /**
     * Facets as sorted-set doc values, every dimension multi-valued and in a field of its own
     * ({@link Facet#fieldName()}): counting one dimension, as drill-sideways does for a selected facet
     * over every match without that selection, then reads that dimension's values only, not those of
     * all nine (a document names many people). Shared by writing and searching.
     */
    static final FacetsConfig FACETS = facetsConfig();

    private LuceneDocuments() {}

    static Document of(IndexDocument d) {
        Document doc = new Document();
        for (Field f : Field.values()) for (String v : d.values(f)) add(doc, f, v);
        for (Facet f : Facet.values()) for (String v : d.values(f)) doc.add(new SortedSetDocValuesFacetField(f.facetName(), v));
        String listing = d.id() + SEP + first(d, Field.TITLE) + SEP + first(d, Field.DATE);
        doc.add(new BinaryDocValuesField(LISTING, new BytesRef(listing)));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Document doc, Field f, String v) {
        String name = f.fieldName();
        switch (f.kind()) {
            case ID -> {
                doc.add(new StringField(name, v, Store.YES));
                doc.add(new SortedDocValuesField(name, new BytesRef(v)));
            }
            case STORED_TEXT -> doc.add(new TextField(name, v, Store.YES));
            case TEXT, PHONETIC, KEY -> doc.add(new TextField(name, v, Store.NO));
            case DAYS -> doc.add(new IntPoint(name, Integer.parseInt(v)));
            case SORT_DAY -> doc.add(new NumericDocValuesField(name, Integer.parseInt(v)));
            case STORED_INT -> doc.add(new StoredField(name, Integer.parseInt(v)));
            case STORED_STRING -> doc.add(new StoredField(name, v));
        }
    }

    private static String first(IndexDocument d, Field f) {
        return d.values(f).isEmpty() ? "" : d.values(f).getFirst().replace(SEP, ' ');
    }

    /** Id, title and date (null when none) read back from a listing value. */
    static String[] listing(BytesRef value) {
        String[] parts = value.utf8ToString().split(String.valueOf(SEP), -1);
        return new String[] {parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]};
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (Facet f : Facet.values()) {
            c.setMultiValued(f.facetName(), true);
            c.setIndexFieldName(f.facetName(), f.fieldName());
        }
        return c;
    }
}
