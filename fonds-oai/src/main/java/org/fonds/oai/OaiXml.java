package org.fonds.oai;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one OAI-PMH response: the envelope (responseDate, request) and whatever a verb puts in
 * it. Text is cleaned of the characters XML 1.0 cannot carry, which a record's text may hold.
 */
final class OaiXml {
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String OAI_SCHEMA = OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** What a verb writes inside the envelope. */
    @FunctionalInterface
    interface Part {
        void write(OaiXml xml) throws XMLStreamException;
    }

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter out;

    private OaiXml() throws XMLStreamException {
        this.out = FACTORY.createXMLStreamWriter(text);
    }

    /**
     * A whole response. {@code arguments} are the request element's attributes (none after badVerb
     * or badArgument, as the protocol requires).
     */
    static String response(String responseDate, String baseUrl, Map<String, String> arguments, Part body) {
        try {
            OaiXml xml = new OaiXml();
            XMLStreamWriter w = xml.out;
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("OAI-PMH");
            w.writeDefaultNamespace(OAI);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", OAI_SCHEMA);
            xml.element("responseDate", responseDate);
            w.writeStartElement("request");
            for (Map.Entry<String, String> a : arguments.entrySet()) w.writeAttribute(a.getKey(), clean(a.getValue()));
            w.writeCharacters(clean(baseUrl));
            w.writeEndElement();
            body.write(xml);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return xml.text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an OAI-PMH response: " + e.getMessage(), e);
        }
    }

    XMLStreamWriter writer() {
        return out;
    }

    void start(String name) throws XMLStreamException {
        out.writeStartElement(name);
    }

    void end() throws XMLStreamException {
        out.writeEndElement();
    }

    void element(String name, String value) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(clean(value));
        out.writeEndElement();
    }

    void errors(List<OaiError> errors) throws XMLStreamException {
        for (OaiError e : errors) {
            out.writeStartElement("error");
            out.writeAttribute("code", e.code().code());
            out.writeCharacters(clean(e.message()));
            out.writeEndElement();
        }
    }

    /** A record's header: identifier, datestamp, setSpecs. */
    void header(String identifier, long datestamp, List<String> sets) throws XMLStreamException {
        start("header");
        element("identifier", identifier);
        element("datestamp", UtcDate.format(datestamp));
        for (String set : sets) element("setSpec", set);
        end();
    }

    /** The text without the code points XML 1.0 forbids (most controls, lone surrogates, U+FFFE, U+FFFF). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!ok && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null && ok) b.append(c);
        }
        return b == null ? s : b.toString();
    }
}
