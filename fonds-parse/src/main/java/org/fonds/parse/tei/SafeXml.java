package org.fonds.parse.tei;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's DOM parser set so that reading a file can never reach outside it: a document type
 * declaration is an error (so no DTD is fetched and no entity, internal or external, is ever
 * declared or expanded: "billion laughs" and XXE alike), XInclude is off (an {@code xi:include}
 * stays an element), every resolver refuses, and the JDK's limits on depth and sizes apply.
 * Malformed input is an {@link XmlError} with the line and column the parser stopped at.
 */
final class SafeXml {
    /** Deeper than any TEI volume nests (FRUS: about 15); a bound against stack-exhausting input. */
    static final int MAX_DEPTH = 256;

    private SafeXml() {
    }

    /** Where and why a file is not XML Fonds will read. */
    static final class XmlError extends Exception {
        final int line;
        final int column;
        /** True when the file declares a document type: refused for that, not for its form. */
        final boolean doctype;

        XmlError(String message, int line, int column, boolean doctype) {
            super(message);
            this.line = line;
            this.column = column;
            this.doctype = doctype;
        }
    }

    static Document parse(byte[] bytes) throws XmlError {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " is never fetched");
            });
            builder.setErrorHandler(new Strict());
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            String m = e.getMessage() == null ? "not well-formed" : e.getMessage();
            boolean doctype = m.contains("DOCTYPE");
            throw new XmlError(doctype ? "declares a document type (DTD); Fonds never reads DTDs or entities: " + m : m,
                    Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1), doctype);
        } catch (SAXException e) {
            throw new XmlError(String.valueOf(e.getMessage()), 1, 1, false);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser failed on bytes in memory", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        return f;
    }

    /** Warnings pass; every error stops the parse where it stands. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
