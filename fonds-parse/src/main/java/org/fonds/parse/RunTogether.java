package org.fonds.parse;

import java.util.Optional;
import org.fonds.parse.session.Turns;

/**
 * A record run together on one line (a page copied without its line breaks, as National Security
 * Archive readers often are: "Document No. 4: … headnote … […] Agenda … Cde. S. Kania: The situation
 * …"), where the header reader finds no text after the headnote and keeps it all as the summary. When
 * that summary holds a speaker's label ("Cde. NAME:"), the minutes have begun: the text starts after
 * the editors' omission mark that ends the headnote ("[…]") where one stands before the label, or at
 * the label. Without a label nothing tells the two apart and the record stays as it was (no-body), unless it has
 * no title either: then there is no header at all, and the line is the text ({@link #whole}).
 */
final class RunTogether {
    private static final String[] OMISSIONS = {"[…]", "[...]", "[. . .]"};
    /** How many of a summary's first chars find where it stands in the text. */
    private static final int PROBE = 64;

    private RunTogether() {
    }

    /** The frame with its text begun inside the summary, or empty where the summary holds no label. */
    static Optional<Frame> split(String text, Frame frame) {
        String summary = frame.summary();
        if (summary == null || summary.isEmpty()) return Optional.empty();
        int label = Turns.firstAttribution(summary);
        int at = label < 0 ? -1 : text.indexOf(summary);
        if (at < 0) return Optional.empty();
        int cut = label;
        int omission = -1; // the last omission mark before the label
        for (String mark : OMISSIONS) {
            int m = summary.lastIndexOf(mark, label - mark.length());
            if (m >= 0) omission = Math.max(omission, m + mark.length());
        }
        if (omission >= 0) cut = omission;
        String headnote = summary.substring(0, cut).strip();
        int end = Math.max(frame.contentsEnd(), at + summary.length());
        return Optional.of(new Frame(frame.title(), frame.date(), frame.citation(), headnote, frame.language(), at + cut, end,
                frame.classification(), frame.sections()));
    }

    /**
     * The frame with its summary made the text, where the record has no title either: a text run together on one line
     * with no header at all (the National Security Archive's OCR of a State telegram, "… FM AMEMBASSY MOSCOW TO
     * SECSTATE …"; a mirror of a CWIHP Bulletin with its columns run together) has no headnote to tell from its text, and
     * kept as the summary it left the record with no text. A reader's headnote under its title ("Document No. 9: Minutes
     * of …") stays the summary, as {@link #split} leaves it. Empty where there is a title or no summary.
     */
    static Optional<Frame> whole(String text, Frame frame) {
        String summary = frame.summary();
        if (summary == null || summary.isEmpty() || !frame.title().isBlank()) return Optional.empty();
        // found by its first chars, then compared whole once: the whole summary searched for, where the header reader
        // cleaned it of markup and it stands nowhere as it is, was compared at every offset of a long line
        int at = text.indexOf(summary.substring(0, Math.min(summary.length(), PROBE)));
        if (at < 0 || !text.startsWith(summary, at)) return Optional.empty();
        int end = Math.max(frame.contentsEnd(), at + summary.length());
        return Optional.of(new Frame(frame.title(), frame.date(), frame.citation(), "", frame.language(), at, end,
                frame.classification(), frame.sections()));
    }
}
