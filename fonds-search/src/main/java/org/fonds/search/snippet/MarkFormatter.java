package org.fonds.search.snippet;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Keeps each passage the highlighter chose as offsets (its span and its matches), so that {@link
 * Snippets} can cut a passage to one note before marking it up; and marks a span up as HTML-escaped
 * text with {@code <mark>} around the matches, so that a record containing markup shows as text
 * wherever a snippet is displayed.
 */
final class MarkFormatter extends PassageFormatter {
    /** A passage: where it starts and ends in the text, and where its matches are. */
    record Span(int start, int end, int[] matchStarts, int[] matchEnds) {}

    /** The passages of one text, in text order. */
    record Spans(List<Span> list) {}

    @Override
    public Object format(Passage[] passages, String content) {
        List<Span> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            int n = p.getNumMatches();
            out.add(new Span(p.getStartOffset(), p.getEndOffset(), java.util.Arrays.copyOf(p.getMatchStarts(), n),
                    java.util.Arrays.copyOf(p.getMatchEnds(), n)));
        }
        return new Spans(out);
    }

    /** The text from {@code from} to {@code to} of {@code content}, escaped, with the span's matches there marked. */
    static String html(String content, Span span, int from, int to) {
        StringBuilder s = new StringBuilder();
        int pos = from;
        for (int i = 0; i < span.matchStarts().length; i++) {
            int start = Math.max(span.matchStarts()[i], from);
            int end = Math.min(span.matchEnds()[i], to);
            if (end <= start) continue;
            if (start < pos) {
                // overlaps the match before: widen that mark instead of nesting one inside it
                if (end > pos) {
                    s.setLength(s.length() - "</mark>".length());
                    escape(s, content, pos, end);
                    s.append("</mark>");
                    pos = end;
                }
                continue;
            }
            escape(s, content, pos, start);
            s.append("<mark>");
            escape(s, content, start, end);
            s.append("</mark>");
            pos = end;
        }
        escape(s, content, pos, to);
        return s.toString().strip();
    }

    static void escape(StringBuilder s, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
    }
}
