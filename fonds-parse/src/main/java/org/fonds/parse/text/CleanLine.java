package org.fonds.parse.text;

/** One line of a source region with its markup removed; {@code heading} if it was a markdown heading. */
public record CleanLine(MappedText text, boolean heading) {
    public boolean isBlank() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
