package org.fonds.parse.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document (.docx, the Office Open XML a translator's word processor saves): its text as paragraphs apart by
 * a blank line, a tab and a line break as written, tracked deletions and field codes left out, and its footnotes
 * and endnotes numbered in the order the text refers to them, the marker "[n]" where the reference stands and the
 * notes at the end, one to a line ("[1] …"), as footnotes end a text the parser reads. Read with the JDK's ZIP and
 * StAX readers alone: only the text of {@code w:t} and its few siblings is wanted, no layout or styles; the XML is
 * read without document types or external entities ({@link #xml}), and no part is inflated past {@link Zipped#LARGEST_PART}.
 */
public final class WordDocument {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** How far into a ZIP its first entries' names are looked for: a .docx names "word/" among its first parts. */
    private static final int NAMES = 4096;

    private WordDocument() {
    }

    /** What reading a Word document gave: its text, or why there is none. */
    public sealed interface Result {
    }

    public record Text(String text) implements Result {
    }

    public record Unreadable(String reason) implements Result {
    }

    /** Whether the bytes are a ZIP whose first entries are a Word document's parts. */
    public static boolean isDocx(byte[] b) {
        if (!Zipped.isZip(b)) return false;
        return new String(b, 0, Math.min(b.length, NAMES), StandardCharsets.ISO_8859_1).contains("word/");
    }

    public static Result read(byte[] bytes) {
        try {
            Map<String, byte[]> parts = Zipped.parts(bytes, "word/document.xml", "word/footnotes.xml", "word/endnotes.xml");
            byte[] document = parts.get("word/document.xml");
            if (document == null) return new Unreadable("a Word document without its text (no word/document.xml)");
            Notes notes = new Notes();
            notes.read(parts.get("word/footnotes.xml"), "footnote");
            notes.read(parts.get("word/endnotes.xml"), "endnote");
            return new Text(new Body(notes).read(document) + notes.listed());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            String m = e.getMessage();
            // one line: a refusal is one message (an XML parser's spans several)
            return new Unreadable("a Word document that cannot be read (" + (m == null ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s+", " "))
                    + "): open it in the word processor and save it again, or as plain text");
        }
    }

    /** A StAX reader of one part: namespaces on, no document type, no external entity. */
    static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    static boolean isW(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && W.equals(r.getNamespaceURI());
    }

    static String attribute(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(W, local);
        return v == null ? "" : v;
    }
}
