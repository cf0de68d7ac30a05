package org.fonds.parse.layout;

/** A non-blank line of the source [start, end), its text cleaned of markup and trimmed. */
public record Line(int start, int end, String text) {
    public boolean endsSentence() {
        if (text.isEmpty()) return false;
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '!' || c == '?';
    }
}
