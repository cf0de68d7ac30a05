package org.fonds.parse.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.fonds.parse.text.Markup;

/**
 * PDFBox's text stripper, with the lines a page wrapped joined again: where a line ends only because the next word
 * would not have fitted before the text's right edge, the line break is a space, as in the text the PDF was printed
 * from; where the next word would have fitted (a list's items, a short last line, a heading), the break stays. A
 * long title or paragraph so reads as one line, as a copied web page gives it, and a list of those present keeps a
 * name to a line. The right edge is the page's, the furthest any of its text reaches.
 */
final class UnwrappingStripper extends PDFTextStripper {
    /** Slack for rounding and kerning, in points: a word that misses the edge by less than this did not fit either. */
    private static final float SLACK = 2f;

    private float pageRight;
    private float lineRight;
    private boolean pendingBreak;
    /** Whether the next word opens a line, and whether the line written so far is a rule ("=====") alone. */
    private boolean atLineStart = true;
    private boolean lineIsRule;

    UnwrappingStripper() {
        setSortByPosition(true); // top to bottom as a reader reads: a footer drawn first (as word processors do) comes last
    }

    @Override
    protected void writePage() throws IOException {
        pageRight = 0;
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition p : article) pageRight = Math.max(pageRight, right(p));
        }
        lineRight = 0;
        atLineStart = true;
        super.writePage();
        flushBreak();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (pendingBreak) {
            pendingBreak = false;
            // a rule drawn across the page ("=====" under a note, a letter's head) ends at the edge and is wider than
            // any space left: by width it would join the lines on either side, which its text keeps apart
            boolean join = !lineIsRule && !Markup.isRule(text) && wrapped(text, positions);
            super.writeString(join ? " " : getLineSeparator());
            lineRight = 0;
            atLineStart = !join;
        }
        lineIsRule = atLineStart && Markup.isRule(text);
        atLineStart = false;
        for (TextPosition p : positions) lineRight = Math.max(lineRight, right(p));
        super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() {
        pendingBreak = true; // decided when the next line's first word is known
    }

    @Override
    protected void writeParagraphSeparator() throws IOException {
        flushBreak();
        lineRight = 0;
        atLineStart = true;
        super.writeParagraphSeparator();
    }

    @Override
    protected void writePageEnd() throws IOException {
        flushBreak();
        super.writePageEnd();
    }

    private void flushBreak() throws IOException {
        if (pendingBreak) {
            pendingBreak = false;
            super.writeString(getLineSeparator());
            lineRight = 0;
            atLineStart = true;
        }
    }


    /** Whether the line before ended because this line's first word did not fit after a space before the edge. */
    private boolean wrapped(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || lineRight <= 0 || pageRight <= 0) return false;
        TextPosition first = positions.get(0);
        float wordWidth = 0;
        for (TextPosition p : positions) {
            if (p.getUnicode() != null && p.getUnicode().isBlank()) break;
            wordWidth = right(p) - first.getXDirAdj();
        }
        float space = first.getWidthOfSpace() > 0 ? first.getWidthOfSpace() : first.getWidthDirAdj();
        return lineRight + space + wordWidth > pageRight + SLACK;
    }

    private static float right(TextPosition p) {
        return p.getXDirAdj() + p.getWidthDirAdj();
    }
}
