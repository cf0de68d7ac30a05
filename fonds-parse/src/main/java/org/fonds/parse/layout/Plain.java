package org.fonds.parse.layout;

import java.util.List;

/** Any text that fits no other layout: a title line, perhaps a date, then the text. */
final class Plain implements Layout {
    @Override
    public String name() {
        return "plain";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return true;
    }
}
