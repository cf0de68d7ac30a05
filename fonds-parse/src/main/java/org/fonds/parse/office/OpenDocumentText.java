package org.fonds.parse.office;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument text (.odt, as LibreOffice saves a translation): its paragraphs and headings apart by a blank line,
 * spaces, tabs and line breaks as written, and its footnotes and endnotes ({@code text:note}, whose text stands inside
 * the paragraph that refers to it) numbered in order, "[n]" where they stand and listed at the end. Tracked changes'
 * deleted text and comments are not read. The same ZIP and StAX readers as {@link WordDocument}.
 */
public final class OpenDocumentText {
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    /** The media type an .odt's first entry ("mimetype", stored) holds, so it stands in the file's first bytes. */
    private static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
    private static final int HEAD = 200;

    private OpenDocumentText() {
    }

    public static boolean isOdt(byte[] b) {
        if (!Zipped.isZip(b)) return false;
        String head = new String(b, 0, Math.min(b.length, HEAD), StandardCharsets.ISO_8859_1);
        return head.contains("mimetype" + MEDIA_TYPE) && !head.contains(MEDIA_TYPE + "-"); // not -template, -master
    }

    public static WordDocument.Result read(byte[] bytes) {
        try {
            Map<String, byte[]> parts = Zipped.parts(bytes, "content.xml");
            byte[] content = parts.get("content.xml");
            if (content == null) return new WordDocument.Unreadable("an OpenDocument text without its text (no content.xml)");
            return new WordDocument.Text(new Reading().read(content));
        } catch (java.io.IOException | XMLStreamException | RuntimeException e) {
            String m = e.getMessage();
            return new WordDocument.Unreadable("an OpenDocument text that cannot be read (" + (m == null ? e.getClass().getSimpleName()
                    : m.strip().replaceAll("\\s+", " ")) + "): open it in the word processor and save it again, or as plain text");
        }
    }

    /** One pass over content.xml: the paragraph being read, or the note being read inside it. */
    private static final class Reading {
        private final Paragraphs out = new Paragraphs();
        private final StringBuilder paragraph = new StringBuilder();
        private final StringBuilder note = new StringBuilder();
        private final List<String> notes = new ArrayList<>();
        private int inNoteBody;
        /** Depth inside what is not read: a note's printed number, tracked changes, comments. */
        private int skipped;

        String read(byte[] content) throws XMLStreamException {
            XMLStreamReader r = WordDocument.xml(content);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) start(r);
                else if (event == XMLStreamConstants.END_ELEMENT) end(r);
                else if (skipped == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    target().append(r.getText().replaceAll("[ \\t\\r\\n]+", " ")); // ODF collapses white space; text:s keeps it
                }
            }
            endParagraph();
            StringBuilder text = new StringBuilder(out.toString());
            for (int i = 0; i < notes.size(); i++) text.append(i == 0 ? "\n\n" : "\n").append('[').append(i + 1).append("] ").append(notes.get(i));
            return text.toString();
        }

        private void start(XMLStreamReader r) {
            if (skipped > 0 || isSkipped(r)) {
                skipped++;
                return;
            }
            if (!TEXT.equals(r.getNamespaceURI())) return;
            switch (r.getLocalName()) {
                case "s" -> target().append(" ".repeat(count(r.getAttributeValue(TEXT, "c"))));
                case "tab" -> target().append('\t');
                case "line-break" -> target().append('\n');
                case "note-body" -> {
                    inNoteBody++;
                    note.setLength(0);
                }
                default -> { }
            }
        }

        private void end(XMLStreamReader r) {
            if (skipped > 0) {
                skipped--;
                return;
            }
            if (!TEXT.equals(r.getNamespaceURI())) return;
            switch (r.getLocalName()) {
                case "p", "h" -> {
                    if (inNoteBody > 0) note.append(' ');
                    else endParagraph();
                }
                case "note-body" -> {
                    inNoteBody--;
                    notes.add(note.toString().replaceAll("\\s+", " ").strip());
                    paragraph.append('[').append(notes.size()).append(']');
                }
                default -> { }
            }
        }

        private static boolean isSkipped(XMLStreamReader r) {
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            return TEXT.equals(ns) && (local.equals("note-citation") || local.equals("tracked-changes"))
                    || OFFICE.equals(ns) && local.equals("annotation");
        }

        private StringBuilder target() {
            return inNoteBody > 0 ? note : paragraph;
        }

        private void endParagraph() {
            out.add(paragraph);
            paragraph.setLength(0);
        }

        private static int count(String c) {
            try {
                return c == null ? 1 : Math.max(1, Math.min(Integer.parseInt(c.strip()), 1000));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
