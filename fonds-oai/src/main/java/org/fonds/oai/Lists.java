package org.fonds.oai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.fonds.record.ArchiveRecord;
import org.fonds.store.OcflStore;

/**
 * ListIdentifiers and ListRecords: a page of the catalog after the cursor, and a token for the
 * next. Each page reads from the store only the records it shows, at the versions the catalog
 * lists, so the datestamp in a header is always that of the metadata beside it.
 */
final class Lists {
    private static final System.Logger LOG = System.getLogger("org.fonds.oai");
    private final OcflStore store;
    private final OaiConfig config;
    private final Catalog catalog;

    Lists(OcflStore store, OaiConfig config, Catalog catalog) {
        this.store = store;
        this.config = config;
        this.catalog = catalog;
    }

    Answer answer(OaiRequest request, Instant now) {
        String prefix;
        Filter filter;
        String afterId = null;
        int cursor = 0;
        if (request.get(Arguments.RESUMPTION_TOKEN).isPresent()) {
            switch (ResumptionToken.decode(request.get(Arguments.RESUMPTION_TOKEN).get(), request.verb(), config.tokenKey(), now)) {
                case ResumptionToken.Bad bad -> {
                    return new Answer.Failure(List.of(bad.error()));
                }
                case ResumptionToken.Good good -> {
                    prefix = good.token().metadataPrefix();
                    filter = Filter.of(good.token());
                    afterId = good.token().lastId();
                    cursor = good.token().cursor();
                }
            }
        } else {
            prefix = request.get("metadataPrefix").orElseThrow();
            filter = Filter.of(request);
            if (!prefix.equals(DublinCore.PREFIX)) {
                return Answer.failure(ErrorCode.CANNOT_DISSEMINATE_FORMAT, "this repository disseminates oai_dc only, not '" + prefix + "'");
            }
            if (!filter.set().isEmpty() && catalog.sets(now).isEmpty()) {
                return Answer.failure(ErrorCode.NO_SET_HIERARCHY, "no document is in a set yet");
            }
        }
        Page page = catalog.page(filter, afterId, cursor, config.pageSize(), now);
        if (page.items().isEmpty()) {
            // On a resumed list this happens only when every remaining item got a version past "until".
            return Answer.failure(ErrorCode.NO_RECORDS_MATCH, "no document matches " + request.arguments());
        }
        boolean records = request.verb() == Verb.ListRecords;
        List<ArchiveRecord> shown = records ? read(page) : List.of();
        return new Answer.Content(xml -> {
            xml.start(request.verb().name());
            for (int i = 0; i < page.items().size(); i++) {
                Catalog.Entry e = page.items().get(i);
                if (records) {
                    if (shown.get(i) == null) continue;
                    xml.start("record");
                    xml.header(OaiProvider.identifier(e.id()), e.datestamp(), e.sets());
                    xml.start("metadata");
                    DublinCore.write(xml.writer(), shown.get(i), config.documentBaseUrl() + "/documents/" + e.id());
                    xml.end();
                    xml.end();
                } else {
                    xml.header(OaiProvider.identifier(e.id()), e.datestamp(), e.sets());
                }
            }
            token(xml, page, request.verb(), prefix, filter, now);
            xml.end();
        });
    }

    /**
     * The records of a page, null for one that can no longer be read (damaged since the catalog was
     * built): that one is left out of the page, logged, and the harvest goes on (issue 15).
     */
    private List<ArchiveRecord> read(Page page) {
        List<ArchiveRecord> out = new ArrayList<>(page.items().size());
        for (Catalog.Entry e : page.items()) {
            ArchiveRecord r;
            try {
                r = Catalog.record(store, e.id(), e.version()).orElse(null);
            } catch (RuntimeException damaged) {
                r = null;
            }
            if (r == null) {
                LOG.log(System.Logger.Level.WARNING, "OAI-PMH ListRecords leaves out version " + e.version() + " of '"
                        + e.id() + "': it can no longer be read from the store; fonds verify says why");
            }
            out.add(r);
        }
        return out;
    }

    /** A token for the next page; on the last page of a resumed list, the empty token the protocol asks for. */
    private void token(OaiXml xml, Page page, Verb verb, String prefix, Filter filter, Instant now) throws XMLStreamException {
        if (!page.more() && page.cursor() == 0) return;
        var w = xml.writer();
        w.writeStartElement("resumptionToken");
        if (page.more()) {
            Instant expires = now.plus(config.tokenLifetime());
            ResumptionToken next = new ResumptionToken(verb, prefix, filter.from(), filter.until(), filter.set(),
                    page.last().id(), page.cursor() + page.items().size(), expires);
            w.writeAttribute("expirationDate", UtcDate.format(next.expires().getEpochSecond()));
            w.writeAttribute("completeListSize", Integer.toString(page.completeListSize()));
            w.writeAttribute("cursor", Integer.toString(page.cursor()));
            w.writeCharacters(next.encode(config.tokenKey()));
        } else {
            w.writeAttribute("completeListSize", Integer.toString(page.completeListSize()));
            w.writeAttribute("cursor", Integer.toString(page.cursor()));
        }
        w.writeEndElement();
    }
}
