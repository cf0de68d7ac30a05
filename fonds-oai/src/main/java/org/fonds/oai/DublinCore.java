package org.fonds.oai;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PublishedIn;

/**
 * A record as unqualified Dublin Core ({@code oai_dc}). The mapping:
 * <ul>
 * <li>title: the title; date: the document's date (ISO), else the date as written;
 * <li>description: the summary; type: {@code Text};
 * <li>language: the original language and the translation's, as the record names them ("Russian");
 * <li>source: the whole citation, which names the archive, fond, opis and delo of the original;
 * <li>publisher: the repository that published the translation; contributor: its compiler;
 * <li>subject: the people taking part and speaking, the way a catalogue gives personal names as subjects;
 * <li>identifier: the document's page here; relation: the archive's own URLs for it, and where it was printed.
 * </ul>
 * Empty fields are left out rather than written empty.
 */
final class DublinCore {
    static final String PREFIX = "oai_dc";
    static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private DublinCore() {
    }

    static void write(XMLStreamWriter w, ArchiveRecord r, String documentUrl) throws XMLStreamException {
        w.writeStartElement(PREFIX, "dc", NAMESPACE);
        w.writeNamespace(PREFIX, NAMESPACE);
        w.writeNamespace("dc", DC);
        w.writeNamespace("xsi", OaiXml.XSI);
        w.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
        dc(w, "title", r.title());
        dc(w, "date", r.date() != null ? r.date() : r.dateText());
        dc(w, "description", r.summary());
        dc(w, "type", "Text");
        dc(w, "language", r.originalLanguage());
        if (r.translationLanguage() != null && !r.translationLanguage().equals(r.originalLanguage())) {
            dc(w, "language", r.translationLanguage());
        }
        dc(w, "source", r.citation());
        dc(w, "publisher", r.repository());
        dc(w, "contributor", r.compiler());
        Set<String> people = new LinkedHashSet<>(r.participants());
        people.addAll(r.speakers());
        for (String person : people) dc(w, "subject", person);
        dc(w, "identifier", documentUrl);
        for (String url : r.sourceUrls()) dc(w, "relation", url);
        if (r.publishedIn() != null) dc(w, "relation", printed(r.publishedIn()));
        w.writeEndElement();
    }

    /** "CWIHP Bulletin 8-9, pp. 394-395" */
    private static String printed(PublishedIn p) {
        StringBuilder s = new StringBuilder(p.title() == null ? "" : p.title());
        if (p.issue() != null) s.append(' ').append(p.issue());
        if (p.pages() != null) s.append(", pp. ").append(p.pages());
        return "Published in " + s.toString().strip();
    }

    private static void dc(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) return;
        w.writeStartElement("dc", element, DC);
        w.writeCharacters(OaiXml.clean(value.strip()));
        w.writeEndElement();
    }
}
