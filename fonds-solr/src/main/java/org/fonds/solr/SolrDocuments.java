package org.fonds.solr;

import org.apache.solr.common.SolrInputDocument;
import org.fonds.search.doc.IndexDocument;
import org.fonds.search.schema.Facet;
import org.fonds.search.schema.Field;
import org.fonds.search.schema.Kind;

/** Turns an {@link IndexDocument} into a Solr input document; the schema (see {@link SolrConfigset}) types each field. */
final class SolrDocuments {
    private SolrDocuments() {}

    static SolrInputDocument of(IndexDocument d) {
        SolrInputDocument doc = new SolrInputDocument();
        for (Field f : Field.values()) {
            for (String v : d.values(f)) doc.addField(f.fieldName(), numeric(f.kind()) ? Integer.valueOf(v) : v);
        }
        for (Facet f : Facet.values()) for (String v : d.values(f)) doc.addField(f.fieldName(), v);
        return doc;
    }

    private static boolean numeric(Kind k) {
        return k == Kind.DAYS || k == Kind.SORT_DAY || k == Kind.STORED_INT;
    }
}
