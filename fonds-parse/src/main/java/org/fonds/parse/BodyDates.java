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
        return null;
    }
}
