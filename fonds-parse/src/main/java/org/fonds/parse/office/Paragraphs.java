package org.fonds.parse.office;

/** A document's text as paragraphs apart by a blank line: each added stripped, an empty one not at all. */
final class Paragraphs {
    private final StringBuilder out = new StringBuilder();

    void add(CharSequence paragraph) {
        String p = paragraph.toString().strip();
        if (p.isEmpty()) return;
        if (!out.isEmpty()) out.append("\n\n");
        out.append(p);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
