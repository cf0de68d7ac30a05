package org.fonds.search.snippet;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage on its own, as HTML-escaped text with {@code <mark>} around the matches, so
 * that a record containing markup shows as text wherever a snippet is displayed.
 */
final class MarkFormatter extends PassageFormatter {
    /** The formatted passages of one text, best first. */
    record Passages(List<String> list) {}

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> out = new ArrayList<>(passages.length);
        for (Passage p : passages) out.add(one(p, content));
        return new Passages(out);
    }

    private static String one(Passage p, String content) {
        StringBuilder s = new StringBuilder();
        int pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
            int start = p.getMatchStarts()[i];
            int end = p.getMatchEnds()[i];
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
        escape(s, content, pos, p.getEndOffset());
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
