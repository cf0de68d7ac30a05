package org.fonds.parse.office;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document's footnotes and endnotes: their texts by id, read first; then numbered 1, 2, … in the order the
 * text refers to them (Word's ids are not the numbers it prints), and listed at the end one to a line, "[n] text".
 * The separators Word keeps among the notes (ids of type "separator") are no notes.
 */
final class Notes {
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<Integer, String> listed = new LinkedHashMap<>();

    void read(byte[] part, String kind) throws XMLStreamException {
        if (part == null) return;
        XMLStreamReader r = WordDocument.xml(part);
        String id = null;
        boolean inText = false;
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (WordDocument.isW(r, kind)) {
                    String type = WordDocument.attribute(r, "type");
                    id = type.isEmpty() || type.equals("normal") ? WordDocument.attribute(r, "id") : null;
                    text.setLength(0);
                } else if (WordDocument.isW(r, "t")) {
                    inText = true;
                } else if (WordDocument.isW(r, "tab") && id != null) {
                    text.append(' ');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (WordDocument.isW(r, "t")) {
                    inText = false;
                } else if (WordDocument.isW(r, "p") && id != null) {
                    text.append(' ');
                } else if (WordDocument.isW(r, kind) && id != null) {
                    texts.put(kind + ":" + id, text.toString().replaceAll("\\s+", " ").strip());
                    id = null;
                }
            } else if (inText && id != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(r.getText());
            }
        }
    }

    /** The marker of a reference: "[n]", n its note's number in the order of first reference; "" for no such note. */
    String marker(String kind, String id) {
        String key = kind + ":" + id;
        String text = texts.get(key);
        if (text == null) return "";
        Integer n = numbers.get(key);
        if (n == null) {
            n = numbers.size() + 1;
            numbers.put(key, n);
            listed.put(n, text);
        }
        return "[" + n + "]";
    }

    /** The notes referred to, after a blank line, one to a line; "" where there are none. */
    String listed() {
        StringBuilder out = new StringBuilder();
        listed.forEach((n, text) -> out.append(out.isEmpty() ? "\n\n" : "\n").append('[').append(n).append("] ").append(text));
        return out.toString();
    }
}
