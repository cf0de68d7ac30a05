package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * A Foreign Broadcast Information Service transcript: a source line ("Havana Domestic Radio … 0139
 * GMT 29 September 1965"), the title in parentheses, then "(Text)" and the hard-wrapped text.
 */
final class Fbis implements Layout {
    private static final Pattern SOURCE_LINE = Pattern.compile(".*\\b\\d{4} GMT\\b.*");

    @Override
    public String name() {
        return "fbis";
    }

    @Override
    public boolean recognises(List<Line> head) {
        // the pattern's leading ".*" backtracks over the whole line: tried only where " GMT" stands
        return !head.isEmpty() && head.get(0).text().contains(" GMT") && SOURCE_LINE.matcher(head.get(0).text()).matches();
    }

    @Override
    public Optional<String> title(List<Line> head) {
        StringBuilder t = null;
        for (Line l : head) {
            String s = l.text();
            if (t == null && s.startsWith("(") && !s.startsWith("(Text)")) t = new StringBuilder();
            if (t == null) continue;
            if (!t.isEmpty()) t.append(' ');
            t.append(s);
            if (s.endsWith(")")) break;
        }
        if (t == null) return Optional.empty();
        String title = t.toString();
        return Optional.of(title.substring(1, title.endsWith(")") ? title.length() - 1 : title.length()).strip());
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        StringBuilder lines = new StringBuilder();
        for (Line l : head) {
            if (l.text().startsWith("(")) break;
            lines.append(l.text()).append(' ');
        }
        return Dates.find(lines.toString());
    }

    @Override
    public boolean linesAreParagraphs() {
        return false;
    }
}
