package org.fonds.web.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.fonds.deliberation.sessions.Session;
import org.fonds.export.Citing;
import org.fonds.export.Exports;
import org.fonds.export.Format;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;
import org.fonds.record.ProtocolRef;
import org.fonds.record.RecordJson;
import org.fonds.search.doc.ArchivalFiles;
import org.fonds.archive.Documents;
import org.fonds.record.stored.StoredVersion;
import org.fonds.record.stored.VersionRef;
import org.fonds.record.stored.VersionSummary;
import org.fonds.web.derived.Derived;
import org.fonds.web.room.DocumentView.Fact;
import org.fonds.web.room.DocumentView.Link;
import org.fonds.web.room.DocumentView.Meta;
import org.fonds.web.room.DocumentView.NoteView;
import org.fonds.web.room.DocumentView.VersionView;

/** The document page: one stored record to read and cite, at its latest or an earlier version. */
final class DocumentPage {
    private static final Format CHICAGO = Exports.byName("chicago").orElseThrow();
    private final Documents archive;
    private final Derived derived;

    DocumentPage(Documents archive, Derived derived) {
        this.archive = archive;
        this.derived = derived;
    }

    /** The page of {@code id}, or null when there is no such document (or version). */
    String render(Context ctx, String id, VersionRef version) {
        StoredVersion stored = archive.read(id, version).orElse(null);
        if (stored == null) return null;
        ArchiveRecord r = RecordJson.read(stored.recordJson());
        List<VersionSummary> history = archive.history(id);
        Session session = derived.now().session(id).orElse(null);
        return Templates.render("document.jte", view(r, stored.version(), history, changes(id, history), SiteAddress.of(ctx),
                SiteAddress.publicOrNull(ctx), session, otherSources(id)));
    }

    /** The other publishers' copies of this text, each read from the store for where it was published and its title. */
    private List<Link> otherSources(String id) {
        List<Link> out = new ArrayList<>();
        for (String other : derived.now().copies(id)) {
            if (other.equals(id)) continue;
            ArchiveRecord copy = archive.read(other, VersionRef.LATEST).map(s -> RecordJson.read(s.recordJson())).orElse(null);
            if (copy != null) out.add(new Link(publisher(copy) + ": " + copy.title(), Links.document(other)));
        }
        return out;
    }

    /** Where a record was published: the host of its source address ("nsarchive2.gwu.edu"), else its repository, else its id. */
    static String publisher(ArchiveRecord r) {
        String web = web(r.sourceUrl());
        if (web != null) {
            try {
                String host = java.net.URI.create(web.replace(" ", "%20")).getHost();
                if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
            } catch (IllegalArgumentException e) {
                // an address that is no URI names no host: the repository or the id says where it is from
            }
        }
        return r.repository() != null && !r.repository().isEmpty() ? r.repository() : r.id();
    }

    /** Most documents have one version or a few; past {@link #COMPARED} the older ones say only when they were made. */
    static final int COMPARED = 20;

    /** What each version changed from the one before, by version number, for the latest {@link #COMPARED}. */
    private Map<Integer, String> changes(String id, List<VersionSummary> history) {
        Map<Integer, String> out = new HashMap<>();
        if (history.size() < 2) {
            history.forEach(v -> out.put(v.version(), "first version"));
            return out;
        }
        int from = Math.max(0, history.size() - COMPARED - 1);
        String before = from == 0 ? null : archive.read(id, VersionRef.of(history.get(from).version())).map(StoredVersion::recordJson).orElse(null);
        for (int i = from == 0 ? 0 : from + 1; i < history.size(); i++) {
            int n = history.get(i).version();
            String now = archive.read(id, VersionRef.of(n)).map(StoredVersion::recordJson).orElse(null);
            if (now == null) break;
            out.put(n, VersionChanges.changed(before, now));
            before = now;
        }
        return out;
    }

    /**
     * @param base this server's address, for the canonical link
     * @param publicUrl the {@code --public-url}, or null: only then does a citation name Fonds ("accessed through")
     * @param session the document as a session, or null: its names lead to the people they resolve to
     */
    static DocumentView view(ArchiveRecord r, int version, List<VersionSummary> history, Map<Integer, String> changes, String base,
                             String publicUrl,
                             Session session, List<Link> otherSources) {
        PersonLinks people = session == null ? PersonLinks.NONE : PersonLinks.of(session);
        Map<Integer, List<String>> anchors = new HashMap<>();
        var body = new BodyLayout(r, people).paragraphs(anchors);
        List<NoteView> notes = new ArrayList<>();
        for (Note n : r.notes()) notes.add(new NoteView(n.n(), n.text(), anchors.getOrDefault(n.n(), List.of())));
        List<Link> files = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (ArchivalReference a : r.archivalReferences()) {
            refs.add(a.text());
            String file = ArchivalFiles.file(a);
            if (file != null && files.stream().noneMatch(l -> l.label().equals(file))) files.add(new Link(file, Links.file(file)));
        }
        List<String> protocol = r.protocolRefs().stream().map(DocumentPage::protocol).toList();
        int latest = history.isEmpty() ? version : history.getLast().version();
        List<VersionView> versions = history.stream().map(v -> new VersionView(v.version(), VersionChanges.when(v.created()), v.created().withNano(0).toString(),
                Provenance.publicMessage(v.message()), changes.getOrDefault(v.version(), ""),
                Links.document(r.id()) + (v.version() == latest ? "" : "?version=" + v.version()), v.version() == version)).toList();
        String url = base + Links.document(r.id());
        return new DocumentView(r.id(), r.title(), r.date(), writtenDate(r), version, version == latest, r.summary(),
                r.originalLanguage(), r.translationLanguage(), chicago(r, publicUrl, version), r.citation(), files, refs,
                people.links(r.participants()), protocol, body, notes, versions, exports(r.id()), meta(r, url),
                jsonLd(r, url), r.sourceUrl(), web(r.sourceUrl()), r.repository(), session == null ? null : Links.session(r.id()),
                described(r), warnings(r), otherSources);
    }

    /**
     * The date as the source writes it, while the date is the one it was read as; empty once an
     * editor has corrected the date, so that the page does not show the source's date for the corrected one.
     */
    static String writtenDate(ArchiveRecord r) {
        return r.corrections().stream().filter(c -> c.field().equals("date")).findFirst()
                .filter(first -> !first.before().equals(r.date() == null ? List.of() : List.of(r.date())))
                .map(first -> "").orElse(r.dateText());
    }

    /** The parser's warnings: what it doubted in the source, with the line, as the problems page lists them. */
    static List<Fact> warnings(ArchiveRecord r) {
        return r.warnings().stream().map(w -> new Fact(w.line() > 0 ? w.code() + ", line " + w.line() : w.code(), w.message())).toList();
    }

    /** What the record says of itself (RECORD.md, December 2026), in the order a reader of a telegram wants it. */
    static List<Fact> described(ArchiveRecord r) {
        List<Fact> facts = new ArrayList<>();
        fact(facts, "Kind", r.kind());
        fact(facts, "From", String.join("; ", r.from()));
        fact(facts, "To", String.join("; ", r.to()));
        fact(facts, "Place", r.place());
        fact(facts, "Classification", r.classification());
        fact(facts, "Chair", r.chair());
        fact(facts, r.translators().size() > 1 ? "Translators" : "Translator", String.join("; ", r.translators()));
        return facts;
    }

    private static void fact(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) facts.add(new Fact(label, value.strip()));
    }

    /** {@code url} when it is an http(s) address, else null: a record's "URL" is never made a javascript: link. */
    static String web(String url) {
        if (url == null) return null;
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
    }

    /** The Chicago bibliography entry (citeproc-java, the official CSL style), as the page's citation. */
    private static String chicago(ArchiveRecord r, String base, int version) {
        String both = CHICAGO.write(r, Citing.at(base, r.id(), LocalDate.now(ZoneOffset.UTC), version));
        for (String line : both.split("\n")) if (line.startsWith("Bibliography: ")) return line.substring("Bibliography: ".length());
        return both.strip();
    }

    private static String protocol(ProtocolRef p) {
        return (p.point() == null ? "" : "Point " + p.point() + " of ") + "Protocol No. " + p.number();
    }

    /** A link per export format, from the export module's one list (a format added there is offered here), and the record's JSON. */
    private static List<Link> exports(String id) {
        String d = Links.document(id);
        List<Link> links = new ArrayList<>();
        for (Format f : Exports.all()) links.add(new Link(f.label(), d + "." + f.extension()));
        links.add(new Link("Record JSON", "/api/documents/" + Links.enc(id)));
        links.add(new Link("Source file", "/api/documents/" + Links.enc(id) + "/source")); // as received: the PDF, the page, the text
        return links;
    }

    /** Highwire and Dublin Core tags, which Zotero's page detection reads. */
    static List<Meta> meta(ArchiveRecord r, String url) {
        List<Meta> m = new ArrayList<>();
        m.add(new Meta("citation_title", r.title()));
        if (r.date() != null) {
            m.add(new Meta("citation_date", r.date().replace('-', '/')));
            m.add(new Meta("citation_publication_date", r.date().replace('-', '/')));
        }
        if (r.compiler() != null) m.add(new Meta("citation_author", r.compiler()));
        if (r.originalLanguage() != null) m.add(new Meta("citation_language", r.originalLanguage()));
        if (!r.repository().isEmpty()) m.add(new Meta("citation_publisher", r.repository()));
        m.add(new Meta("citation_public_url", url));
        m.add(new Meta("DC.title", r.title()));
        m.add(new Meta("DC.type", "Manuscript"));
        if (r.date() != null) m.add(new Meta("DC.date", r.date()));
        if (!r.summary().isEmpty()) m.add(new Meta("DC.description", r.summary()));
        if (!r.citation().isEmpty()) m.add(new Meta("DC.source", r.citation()));
        if (!r.repository().isEmpty()) m.add(new Meta("DC.publisher", r.repository()));
        if (r.translationLanguage() != null) m.add(new Meta("DC.language", r.translationLanguage()));
        m.add(new Meta("DC.identifier", url));
        return m;
    }

    /** schema.org JSON-LD, safe inside a script element ({@code <} written as {@code \u003c}). */
    static String jsonLd(ArchiveRecord r, String url) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "ArchiveComponent");
        ld.put("name", r.title());
        ld.put("url", url);
        if (r.date() != null) ld.put("dateCreated", r.date());
        if (!r.summary().isEmpty()) ld.put("description", r.summary());
        if (r.originalLanguage() != null) ld.put("inLanguage", r.originalLanguage());
        if (!r.repository().isEmpty()) ld.put("holdingArchive", Map.of("@type", "ArchiveOrganization", "name", r.repository()));
        if (!r.archivalReferences().isEmpty()) ld.put("itemLocation", r.archivalReferences().getFirst().text());
        if (web(r.sourceUrl()) != null) ld.put("sameAs", web(r.sourceUrl()));
        if (!r.participants().isEmpty()) {
            ld.put("mentions", r.participants().stream().map(p -> Map.of("@type", "Person", "name", p)).toList());
        }
        try {
            return RecordJson.mapper().writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
