package org.fonds.parse.tei;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small readings of TEI elements shared by the volume and its documents. */
final class FrusText {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String FRUS = "http://history.state.gov/frus/ns/1.0";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private FrusText() {
    }

    /** Whitespace runs made one space, the ends stripped. */
    static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    static String xmlId(Element e) {
        return e.getAttributeNS(XML, "id");
    }

    /** The TEI child elements of {@code parent} called {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every descendant element called {@code name} in document order, not entering {@code stopAt} elements. */
    static List<Element> descendants(Element root, String name, String stopAt) {
        List<Element> out = new ArrayList<>();
        collect(root, name, stopAt, out);
        return out;
    }

    private static void collect(Element e, String name, String stopAt, List<Element> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element child)) continue;
            if (name.equals(child.getLocalName())) out.add(child);
            if (stopAt == null || !stopAt.equals(child.getLocalName())) collect(child, name, stopAt, out);
        }
    }

    /** The first descendant called {@code name}, or null. */
    static Element first(Element root, String name) {
        List<Element> all = descendants(root, name, null);
        return all.isEmpty() ? null : all.get(0);
    }
}
