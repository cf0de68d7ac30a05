package org.fonds.export;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, unchecked front to {@link XMLStreamWriter}: the writer escapes every text and
 * attribute value, and {@link Clean#xml} removes what XML cannot carry at all. Attributes are
 * given as name, value pairs; a pair with a null value is left out.
 */
final class Xml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter w;

    Xml() {
        try {
            w = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the document and its root element in {@code namespace} as the default namespace. */
    Xml root(String name, String namespace) {
        try {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(name);
            w.writeDefaultNamespace(namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml start(String name, String... attributes) {
        try {
            w.writeStartElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml empty(String name, String... attributes) {
        try {
            w.writeEmptyElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only text. */
    Xml element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    Xml text(String text) {
        try {
            w.writeCharacters(Clean.xml(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml end() {
        try {
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line break between elements, where whitespace is not content, for people reading the file. */
    Xml newline() {
        return text("\n");
    }

    String finish() {
        try {
            w.writeEndDocument();
            w.close();
            return out.append('\n').toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) continue;
            if (pairs[i].startsWith("xml:")) {
                w.writeAttribute("xml", XMLConstants.XML_NS_URI, pairs[i].substring(4), Clean.xml(pairs[i + 1]));
            } else {
                w.writeAttribute(pairs[i], Clean.xml(pairs[i + 1]));
            }
        }
    }
}
