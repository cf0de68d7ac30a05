package org.fonds.parse.layout;

import java.util.List;

/** The archive's current page: date and title, the text, then "Document Information" or "Source" last. */
final class CurrentPage implements Layout {
    @Override
    public String name() {
        return "wcda-page";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.equalsIgnoreCase("Document Information"));
    }
}
