package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;

/**
 * The archive's 2013-2020 page: date, title, a funding line, "Citation / get citation", the summary,
 * the citation indented, "English HTML", then the text.
 */
final class LegacyPage implements Layout {
    @Override
    public String name() {
        return "wcda-legacy-page";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.equalsIgnoreCase("get citation") || l.equalsIgnoreCase("English HTML"));
    }

    /**
     * A page saved from below its title (digitalarchive.wilsoncenter.org/document/118937: the search box, the site's
     * name, the date, the funding line, then "• Citation"): the title the citation quotes. A page with a line of its own
     * above the buttons keeps the generic reading.
     */
    @Override
    public Optional<String> title(List<Line> head) {
        for (Line l : head) {
            String t = l.text();
            if (t.equalsIgnoreCase("get citation") || t.equalsIgnoreCase("• Citation") || t.equalsIgnoreCase("Citation")) break;
            if (!chrome(t) && org.fonds.parse.dates.Dates.whole(t).isEmpty()) return Optional.empty();
        }
        for (Line l : head) {
            String t = l.text();
            if (!t.startsWith("\"") && !t.startsWith("“")) continue;
            int close = t.indexOf(t.charAt(0) == '"' ? '"' : '”', 1);
            if (close > 1) return Optional.of(Chrome.trimQuotedTitle(t.substring(1, close)));
        }
        return Optional.empty();
    }
}
