package org.fonds.parse.office;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word part: each paragraph ({@code w:p}) its own, apart from the next by a blank line; the text runs
 * ({@code w:t}), tabs and breaks as written; a note's reference as its marker. What Word keeps but does not show as
 * text is not read: tracked deletions ({@code w:delText}), field codes ({@code w:instrText}).
 */
final class Body {
    private final Notes notes;
    private final Paragraphs out = new Paragraphs();
    private final StringBuilder paragraph = new StringBuilder();

    Body(Notes notes) {
        this.notes = notes;
    }

    String read(byte[] part) throws XMLStreamException {
        XMLStreamReader r = WordDocument.xml(part);
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (WordDocument.isW(r, "t")) inText = true;
                else if (WordDocument.isW(r, "tab")) paragraph.append('\t');
                else if (WordDocument.isW(r, "br") || WordDocument.isW(r, "cr")) paragraph.append('\n');
                else if (WordDocument.isW(r, "footnoteReference")) paragraph.append(notes.marker("footnote", WordDocument.attribute(r, "id")));
                else if (WordDocument.isW(r, "endnoteReference")) paragraph.append(notes.marker("endnote", WordDocument.attribute(r, "id")));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (WordDocument.isW(r, "t")) inText = false;
                else if (WordDocument.isW(r, "p")) endParagraph();
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                paragraph.append(r.getText());
            }
        }
        endParagraph();
        return out.toString();
    }

    private void endParagraph() {
        out.add(paragraph);
        paragraph.setLength(0);
    }
}
