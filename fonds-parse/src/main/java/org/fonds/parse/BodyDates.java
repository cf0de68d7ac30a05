package org.fonds.parse;

import java.util.List;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.layout.Line;
import org.fonds.parse.layout.PageReader;
import org.fonds.parse.text.SourceText;

/**
 * A date from the first lines of the text, for records whose header has none: a place-date line
 * ("Havana, 26 October 1962") or a dateline. Only short lines count: a date inside a sentence is
 * what the text talks about, not when it was written.
 */
final class BodyDates {
    private static final int LINES = 4;
    private static final int SHORT = 80;

    private BodyDates() {
    }

    static Dates.Found first(SourceText src, int from) {
        List<Line> lines = PageReader.lines(src, Math.min(from, src.text().length()), src.text().length(), LINES);
        for (Line l : lines) {
            if (l.text().length() <= SHORT) {
                var d = Dates.find(l.text());
                if (d.isPresent()) return d.get();
            }
        }
        return meetingOf(src.text(), Math.min(from, src.text().length()));
    }

    /** The words that name a session's day in a record's own heading. */
    private static final List<String> SESSION_OF = List.of(" meeting of ", " session of ");
    /** How far into the text the record's heading may run. */
    private static final int HEADING = 400;

    /**
     * "S T E N O G R A M of the Executive Committee … meeting of June 25, 1971 Participants: …": a record run together
     * on one line (docslib's copy of a Romanian stenogram's PDF) names its day in its heading, in no short line. Only a
     * date right after "meeting of" or "session of" near the text's start counts.
     */
    private static Dates.Found meetingOf(String text, int from) {
        String head = text.substring(from, Math.min(text.length(), from + HEADING));
        for (String words : SESSION_OF) {
            int at = head.indexOf(words);
            if (at < 0) continue;
            var d = Dates.leading(head.substring(at + words.length()));
            if (d.isPresent()) return d.get();
        }
        return null;
    }
}
