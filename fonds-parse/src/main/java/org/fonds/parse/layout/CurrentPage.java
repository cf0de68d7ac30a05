package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import org.fonds.parse.dates.Dates;

/**
 * The archive's current page: date and title, the text, then an unlabelled summary and the
 * "Document Information" / "Source" block last. Recognised by the block at the text's end, however
 * long the text (or by its heading among the first lines), unless the lines above the block are a
 * labelled export's (a "Citation:" or "Contents:" label before the text).
 */
final class CurrentPage implements Layout {
    @Override
    public String name() {
        return "wcda-page";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.equalsIgnoreCase("Document Information")) || cutAboveBlock(head);
    }

    /**
     * The page cut above its block, as a search's excerpt keeps it: the site's "Skip to content" link, then the date alone
     * on its line, then the title (WCDA's current pages and their mirrors, of every kind: a diary's excerpts, the Japanese
     * Foreign Ministry's cables and records). Without the block it was read as plain; the three lines are the page's own.
     */
    private static boolean cutAboveBlock(List<Line> head) {
        return head.size() >= 3 && head.get(0).text().equals("Skip to content") && Dates.whole(head.get(1).text()).isPresent();
    }

    @Override
    public boolean recognises(List<Line> head, List<Line> tail) {
        Optional<Trailer> trailer = DocumentInformation.read(tail);
        if (trailer.isEmpty() && !recognises(head)) return false;
        int block = trailer.map(Trailer::blockStart).orElse(Integer.MAX_VALUE);
        for (Line l : head) {
            if (l.start() >= block) break;
            if (LabelledExport.hasLabel(l.text())) return false;
        }
        return true;
    }

    @Override
    public Optional<Trailer> trailer(List<Line> tail) {
        return DocumentInformation.read(tail);
    }
}
