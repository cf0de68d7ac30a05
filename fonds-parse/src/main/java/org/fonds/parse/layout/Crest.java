package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import org.fonds.parse.dates.Dates;

/**
 * The CIA's CREST reading room: the title, then metadata labels each with its value on the next
 * line ("Publication Date:" / "March 13, 1950"), then "Body:" and an OCR text. Of its three dates
 * (creation of the digital copy, release, publication) the publication date is the document's.
 */
final class Crest implements Layout {
    @Override
    public String name() {
        return "crest";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.startsWith("Document Number (FOIA)") || l.contains("CIA-RDP")
                || l.equals("Document Release Date:"));
    }

    @Override
    public Optional<String> title(List<Line> head) {
        return head.isEmpty() ? Optional.empty() : Optional.of(head.get(0).text());
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        return value(head, "Publication Date:").flatMap(Dates::find);
    }

    /** The copy's creation and release dates stand above the publication date, each a line that is only a date. */
    @Override
    public boolean ownDateFirst() {
        return true;
    }

    @Override
    public Optional<String> classification(List<Line> head) {
        return value(head, "Original Classification:");
    }

    @Override
    public boolean linesAreParagraphs() {
        return false;
    }

    /** The value of a label, on the line after it; none if that line is another label. */
    static Optional<String> value(List<Line> head, String label) {
        for (int i = 0; i + 1 < head.size(); i++) {
            if (head.get(i).text().equalsIgnoreCase(label)) {
                String v = head.get(i + 1).text();
                return v.endsWith(":") ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Where the text starts: after "Body:". */
    static int bodyStart(List<Line> head) {
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).text().equals("Body:")) return i + 1 < head.size() ? head.get(i + 1).start() : head.get(i).end();
        }
        return -1;
    }
}
