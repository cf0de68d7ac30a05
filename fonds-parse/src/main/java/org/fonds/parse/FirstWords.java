package org.fonds.parse;

import java.util.List;
import org.fonds.parse.layout.Line;

/** A stand-in title for a record without one: the first words of its first line, else the file's name. */
final class FirstWords {
    private static final int MAX = 100;

    private FirstWords() {
    }

    static String of(List<Line> lines, String sourceName) {
        if (lines.isEmpty()) return sourceName;
        String t = org.fonds.parse.header.TitleBlock.cleanTitle(lines.get(0).text());
        if (t.isEmpty()) return sourceName;
        if (t.length() <= MAX) return t;
        int cut = t.lastIndexOf(' ', MAX);
        return t.substring(0, cut > 20 ? cut : MAX) + "…";
    }
}
