package org.fonds.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PublishedIn;

/**
 * A complete TEI P5 document: a header describing the archival original (msDesc), its print
 * publication and its participants, and the translation as the text, with speakers' turns as
 * {@code <sp>} and the translator's notes at their markers. Valid against tei_all.
 */
final class TeiWriter implements Format {
    static final String TEI = "http://www.tei-c.org/ns/1.0";

    /**
     * The cities of the archives the corpus cites; an archive not listed gets no settlement
     * rather than a guessed one.
     */
    private static final Map<String, String> SETTLEMENTS = Map.of(
            "TsKhSD", "Moscow", "RGANI", "Moscow", "APRF", "Moscow", "AVPRF", "Moscow",
            "RGASPI", "Moscow", "GARF", "Moscow", "RTsKhIDNI", "Moscow");

    @Override
    public String name() {
        return "tei";
    }

    @Override
    public String label() {
        return "TEI P5";
    }

    @Override
    public String extension() {
        return "tei.xml";
    }

    @Override
    public String mediaType() {
        return "application/tei+xml; charset=utf-8";
    }

    @Override
    public String write(ArchiveRecord r, Citing c) {
        People people = People.of(r);
        Xml xml = new Xml().root("TEI", TEI);
        xml.newline().start("teiHeader").newline();
        fileDesc(xml, r, c);
        profileDesc(xml, r, people);
        xml.end().newline();
        xml.start("text", "xml:lang", Languages.code(r.translationLanguage()).orElse(null)).newline();
        new TeiBody(xml, r, people).write();
        xml.end().newline();
        return xml.end().finish();
    }

    private static void fileDesc(Xml xml, ArchiveRecord r, Citing c) {
        xml.start("fileDesc").newline();
        xml.start("titleStmt").element("title", r.title());
        // This text is the translation: its translators are responsible for it.
        for (String translator : r.translators()) {
            if (!Clean.oneLine(translator).isEmpty()) {
                xml.start("respStmt").element("resp", "translated by").element("persName", translator).end();
            }
        }
        xml.end().newline();
        xml.start("publicationStmt");
        xml.element("publisher", "Fonds");
        if (!r.repository().isBlank()) xml.element("distributor", r.repository());
        xml.element("idno", r.id(), "type", "fonds");
        // Fonds' own address only when it has a public one; the archive's is in the sourceDesc.
        c.fondsPageUrl().map(Clean::url).ifPresent(url -> xml.element("idno", url, "type", "URI"));
        xml.element("idno", String.valueOf(c.version()), "type", "version");
        xml.element("date", c.accessed().toString(), "when", c.accessed().toString());
        xml.end().newline();
        xml.start("sourceDesc").newline();
        xml.element("bibl", r.citation().isBlank() ? r.title() : r.citation()).newline();
        String source = Addresses.web(r.sourceUrl());
        if (source != null) {
            xml.start("bibl", "type", "online");
            if (!r.repository().isBlank()) xml.element("publisher", r.repository());
            xml.empty("ptr", "target", source);
            xml.end().newline();
        }
        if (r.publishedIn() != null) print(xml, r.publishedIn());
        for (ArchivalReference ref : r.archivalReferences()) msDesc(xml, r, ref);
        xml.end().newline();
        xml.end().newline();
    }

    /** The print publication of the translation, e.g. CWIHP Bulletin 8-9, pp. 394-395. */
    private static void print(Xml xml, PublishedIn print) {
        xml.start("bibl", "type", "print").element("title", print.title(), "level", "j");
        if (print.issue() != null) xml.element("biblScope", print.issue(), "unit", "issue");
        if (Print.present(print.year())) xml.element("date", print.year(), "when", Print.year(print));
        if (print.pages() != null) {
            Pages pages = Pages.of(print.pages());
            xml.element("biblScope", print.pages(), "unit", "page", "from", pages.first(), "to", pages.last());
        }
        xml.end().newline();
    }

    /**
     * The archival original: archive, fond, opis, papka, delo, and the leaves the document occupies;
     * a reference in another archive's system keeps its archive and the reference as written.
     */
    private static void msDesc(Xml xml, ArchiveRecord r, ArchivalReference ref) {
        boolean soviet = Locations.soviet(ref);
        xml.start("msDesc").start("msIdentifier");
        Optional.ofNullable(SETTLEMENTS.get(ref.archive())).ifPresent(city -> xml.element("settlement", city));
        xml.element("repository", ref.archive());
        idno(xml, "fond", ref.fond());
        idno(xml, "opis", ref.opis());
        idno(xml, "papka", ref.papka());
        idno(xml, "delo", ref.delo());
        if (!soviet) idno(xml, "reference", Locations.format(ref));
        xml.end().start("msContents").start("msItem");
        if (ref.leaves() != null) {
            Pages leaves = Pages.of(ref.leaves());
            xml.element("locus", Clean.oneLine(soviet ? Locations.leaves(ref.leaves()) : ref.leaves()),
                    "from", leaves.first(), "to", leaves.last() == null ? leaves.first() : leaves.last());
        }
        xml.element("title", r.title());
        if (r.compiler() != null) xml.start("respStmt").element("resp", "compiled by").element("persName", r.compiler()).end();
        xml.end().end().end().newline();
    }

    private static void idno(Xml xml, String type, String value) {
        if (value != null) xml.element("idno", value, "type", type);
    }

    private static void profileDesc(Xml xml, ArchiveRecord r, People people) {
        xml.start("profileDesc").newline();
        if (!r.summary().isBlank()) xml.start("abstract").element("p", r.summary()).end().newline();
        Optional<String> original = Languages.code(r.originalLanguage());
        Optional<String> translation = Languages.code(r.translationLanguage());
        if (original.isPresent() || translation.isPresent()) {
            xml.start("langUsage");
            original.ifPresent(code -> xml.element("language", r.originalLanguage() + " (the original)", "ident", code));
            translation.ifPresent(code -> xml.element("language", r.translationLanguage() + " (this translation)", "ident", code));
            xml.end().newline();
        }
        correspondence(xml, r);
        if (Print.present(r.kind()) || Print.present(r.classification())) {
            xml.start("textClass").start("keywords");
            if (Print.present(r.kind())) xml.element("term", r.kind(), "type", "kind");
            if (Print.present(r.classification())) xml.element("term", r.classification(), "type", "classification");
            xml.end().end().newline();
        }
        if (!people.all().isEmpty()) {
            xml.start("particDesc").start("listPerson").newline();
            people.all().forEach((name, id) -> xml.start("person", "xml:id", id).element("persName", name).end().newline());
            xml.end().end().newline();
        }
        xml.end().newline();
    }

    /** A telegram's or letter's senders, addressees and place, as written (people or bodies: TEI's name). */
    private static void correspondence(Xml xml, ArchiveRecord r) {
        List<String> from = r.from().stream().filter(Print::present).toList();
        List<String> to = r.to().stream().filter(Print::present).toList();
        boolean place = Print.present(r.place());
        if (from.isEmpty() && to.isEmpty() && !place) return;
        xml.start("correspDesc").newline();
        if (!from.isEmpty() || place) {
            xml.start("correspAction", "type", "sent");
            from.forEach(name -> xml.element("name", name));
            if (place) xml.element("placeName", r.place());
            xml.end().newline();
        }
        if (!to.isEmpty()) {
            xml.start("correspAction", "type", "received");
            to.forEach(name -> xml.element("name", name));
            xml.end().newline();
        }
        xml.end().newline();
    }
}
