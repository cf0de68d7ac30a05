package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import org.fonds.parse.dates.Dates;

/**
 * Text taken from the archive's PDF export: a page header "Digital Archive International History
 * Declassified digitalarchive.wilsoncenter.org DATE TITLE", page numbers glued to the lines, often
 * the whole record run together on a few lines.
 */
final class PdfText implements Layout {
    private static final String[] HEADER_ENDS = {"digitalarchive.wilsoncenter.org", "International History Declassified"};

    @Override
    public String name() {
        return "pdf-text";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, Chrome::pdfHeader);
    }

    @Override
    public Optional<String> title(List<Line> head) {
        for (Line l : head) {
            String rest = afterHeader(l.text());
            if (rest == null) continue;
            Optional<Dates.Found> date = Dates.leading(rest);
            if (date.isPresent()) rest = rest.substring(date.get().end());
            rest = rest.strip();
            if (rest.length() > 10) return Optional.of(rest);
        }
        return Optional.empty();
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        for (Line l : head) {
            String rest = afterHeader(l.text());
            if (rest != null) {
                Optional<Dates.Found> d = Dates.leading(rest);
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    /** What follows the page header on its line, or null if the line has none. */
    private static String afterHeader(String line) {
        int end = -1;
        for (String h : HEADER_ENDS) {
            int at = line.lastIndexOf(h);
            if (at >= 0) end = Math.max(end, at + h.length());
        }
        return end < 0 ? null : line.substring(end);
    }
}
