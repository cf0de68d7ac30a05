package org.fonds.oai;

import org.fonds.record.stored.VersionRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.stored.DamagedObjectException;
import org.fonds.store.OcflStore;
import org.fonds.record.stored.StoredVersion;

/**
 * An OAI-PMH 2.0 data provider over the store: the six verbs, {@code oai_dc} records, sets by
 * repository, archive and fond, selective harvesting by datestamp and set, and stateless signed
 * resumption tokens. Items are the stored documents, identified as {@code oai:fonds:{id}}; a
 * header's datestamp is the time the document's latest version was stored (to the second). The
 * store never deletes, so the repository declares {@code deletedRecord} {@code no}.
 *
 * <p>Framework-free: a web layer passes the query (or form) parameters and the time, and sends the
 * status and body back. Thread-safe.
 */
public final class OaiProvider {
    static final String IDENTIFIER_PREFIX = "oai:fonds:";
    static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";
    /** Stands for the record of a damaged object: no record reads from it. */
    private static final String DAMAGED = "damaged: failed its fixity check";

    private final OcflStore store;
    private final OaiConfig config;
    private final Catalog catalog;
    private final Lists lists;

    /** A provider whose catalog is built by scanning the store (a home without a {@link CatalogTable}). */
    public OaiProvider(OcflStore store, OaiConfig config) {
        this(store, config, new ScannedCatalog(store, config));
    }

    /**
     * A provider reading the catalog the ingest keeps in {@code catalogFile} ({@link CatalogTable}),
     * or, while the home has none of this schema, one built by scanning the store.
     */
    public OaiProvider(OcflStore store, OaiConfig config, Path catalogFile) {
        this(store, config, CatalogTable.current(catalogFile) ? new StoredCatalog(catalogFile) : new ScannedCatalog(store, config));
    }

    private OaiProvider(OcflStore store, OaiConfig config, Catalog catalog) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.catalog = catalog;
        this.lists = new Lists(store, config, catalog);
    }

    /**
     * Makes the catalog ready now, in the background, so that the first harvester does not wait for
     * it: a scanning catalog is built (at 3,000 documents the first build reads every record for
     * 15-20 s; a request that comes before it is done waits for this build instead of starting its
     * own); a stored one needs nothing.
     */
    public void warmUp() {
        catalog.warmUp();
    }

    /** Answers one request: its arguments by name (each with every value given), at {@code now}. */
    public OaiResponse handle(Map<String, List<String>> params, Instant now) {
        String responseDate = UtcDate.format(now.getEpochSecond());
        return switch (Arguments.check(params)) {
            case Arguments.Invalid invalid -> respond(responseDate, Map.of(), new Answer.Failure(invalid.errors()));
            case Arguments.Valid valid -> respond(responseDate, valid.request().arguments(), answer(valid.request(), now));
        };
    }

    private Answer answer(OaiRequest request, Instant now) {
        return switch (request.verb()) {
            case Identify -> identify(now);
            case ListMetadataFormats -> metadataFormats(request);
            case ListSets -> sets(request, now);
            case GetRecord -> record(request);
            case ListIdentifiers, ListRecords -> lists.answer(request, now);
        };
    }

    private OaiResponse respond(String responseDate, Map<String, String> arguments, Answer answer) {
        String body = switch (answer) {
            case Answer.Content content -> OaiXml.response(responseDate, config.baseUrl(), arguments, content.part());
            case Answer.Failure failure -> OaiXml.response(responseDate, config.baseUrl(),
                    failure.errors().stream().anyMatch(e -> e.code().hidesArguments()) ? Map.of() : arguments,
                    xml -> xml.errors(failure.errors()));
        };
        return new OaiResponse(200, body);
    }

    private Answer identify(Instant now) {
        long earliest = catalog.earliestDatestamp(now);
        return new Answer.Content(xml -> {
            xml.start("Identify");
            xml.element("repositoryName", "Fonds");
            xml.element("baseURL", config.baseUrl());
            xml.element("protocolVersion", "2.0");
            xml.element("adminEmail", config.adminEmail());
            xml.element("earliestDatestamp", UtcDate.format(earliest));
            xml.element("deletedRecord", "no");
            xml.element("granularity", GRANULARITY);
            xml.end();
        });
    }

    private Answer metadataFormats(OaiRequest request) {
        Optional<String> identifier = request.get("identifier");
        if (identifier.isPresent()) {
            Optional<StoredVersion> stored = stored(identifier.get());
            if (stored.isEmpty()) return noSuchItem(identifier.get());
            if (Catalog.parse(stored.get()).isEmpty()) {
                return Answer.failure(ErrorCode.NO_METADATA_FORMATS, "the stored record of " + identifier.get()
                        + " cannot be read (not a record, or a damaged copy that failed its fixity check), so no format can be made of it");
            }
        }
        return new Answer.Content(xml -> {
            xml.start("ListMetadataFormats");
            xml.start("metadataFormat");
            xml.element("metadataPrefix", DublinCore.PREFIX);
            xml.element("schema", DublinCore.SCHEMA);
            xml.element("metadataNamespace", DublinCore.NAMESPACE);
            xml.end();
            xml.end();
        });
    }

    /** All sets in one response: there are far fewer sets than documents. */
    private Answer sets(OaiRequest request, Instant now) {
        if (request.get(Arguments.RESUMPTION_TOKEN).isPresent()) {
            return Answer.failure(ErrorCode.BAD_RESUMPTION_TOKEN, "ListSets is answered in one response; it issues no resumptionToken");
        }
        Map<String, OaiSet> found = catalog.sets(now);
        if (found.isEmpty()) return Answer.failure(ErrorCode.NO_SET_HIERARCHY, "no document is in a set yet");
        return new Answer.Content(xml -> {
            xml.start("ListSets");
            for (OaiSet set : SetSpecs.listed(found)) {
                xml.start("set");
                xml.element("setSpec", set.spec());
                xml.element("setName", set.name());
                xml.end();
            }
            xml.end();
        });
    }

    private Answer record(OaiRequest request) {
        String identifier = request.get("identifier").orElseThrow();
        String prefix = request.get("metadataPrefix").orElseThrow();
        Optional<StoredVersion> stored = stored(identifier);
        if (stored.isEmpty()) return noSuchItem(identifier);
        Optional<ArchiveRecord> record = Catalog.parse(stored.get());
        if (!prefix.equals(DublinCore.PREFIX) || record.isEmpty()) {
            return Answer.failure(ErrorCode.CANNOT_DISSEMINATE_FORMAT, record.isEmpty()
                    ? "the stored record of " + identifier + " cannot be read (not a record, or a damaged copy that failed its fixity check)"
                    : "this repository disseminates oai_dc only, not '" + prefix + "'");
        }
        StoredVersion version = stored.get();
        return new Answer.Content(xml -> {
            xml.start("GetRecord");
            xml.start("record");
            xml.header(identifier, version.created().toEpochSecond(),
                    SetSpecs.of(record.get()).stream().map(OaiSet::spec).toList());
            xml.start("metadata");
            DublinCore.write(xml.writer(), record.get(), config.documentBaseUrl() + "/documents/" + version.id());
            xml.end();
            xml.end();
            xml.end();
        });
    }

    /** The latest stored version of the item an OAI identifier names, if there is one. */
    private Optional<StoredVersion> stored(String identifier) {
        if (!identifier.startsWith(IDENTIFIER_PREFIX) || identifier.length() == IDENTIFIER_PREFIX.length()) {
            return Optional.empty();
        }
        String id = identifier.substring(IDENTIFIER_PREFIX.length());
        try {
            return store.read(id, VersionRef.LATEST);
        } catch (DamagedObjectException e) {
            // answered as a record that cannot be read (cannotDisseminateFormat, noMetadataFormats), not a 500
            return Optional.of(new StoredVersion(id, 0, null, "", new byte[0], DAMAGED));
        }
    }

    private static Answer noSuchItem(String identifier) {
        return Answer.failure(ErrorCode.ID_DOES_NOT_EXIST, "no item has the identifier " + identifier
                + " (identifiers here are " + IDENTIFIER_PREFIX + "{document id})");
    }

    /** The derived catalog, for tests that wait for its rebuild. */
    Catalog catalog() {
        return catalog;
    }

    static String identifier(String id) {
        return IDENTIFIER_PREFIX + id;
    }
}
