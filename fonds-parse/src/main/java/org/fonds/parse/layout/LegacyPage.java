package org.fonds.parse.layout;

import java.util.List;

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
}
