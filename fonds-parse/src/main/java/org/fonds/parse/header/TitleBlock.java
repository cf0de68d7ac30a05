package org.fonds.parse.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.text.Chars;
import org.fonds.parse.text.CleanLine;
import org.fonds.parse.text.Markup;
import org.fonds.parse.text.SourceText;

/**
 * The block above the first label: a date line and the title, in bold or plain, the title often
 * broken over lines ("…CPSU CC  \nPresidium on 2 November 1956"). A line that is only a date is
 * the date; a date that opens the title line is split off it.
 */
public record TitleBlock(String title, Dates.Found date, int dateOrigin) {


    public static TitleBlock read(SourceText src, Sections.Span span) {
        List<String> titleParts = new ArrayList<>();
        Dates.Found date = null;
        int dateOrigin = -1;
        for (CleanLine line : Markup.lines(src, span.start(), span.end())) {
            if (line.isBlank()) continue;
            String text = line.text().toString();
            if (date == null) {
                Optional<Dates.Found> whole = Dates.whole(text);
                if (whole.isPresent()) {
                    date = whole.get();
                    dateOrigin = line.text().originAt(0);
                    continue;
                }
                Optional<Dates.Found> leading = titleParts.isEmpty() ? Dates.leading(text) : Optional.empty();
                if (leading.isPresent() && leading.get().end() < text.length()) {
                    date = leading.get();
                    dateOrigin = line.text().originAt(0);
                    text = Chars.trimStart(text.substring(date.end()), " ,.:;—–-/"); // "28 October 1962 / Extract …"
                }
            }
            if (!text.isBlank()) titleParts.add(text.strip());
        }
        return new TitleBlock(cleanTitle(String.join(" ", titleParts)), date, dateOrigin);
    }

    /**
     * Whitespace collapsed, stray markdown markers (runs of two or more of {@code *_#}) removed: what
     * replacing {@code [*_#]{2,}} by nothing and then {@code \s+} by a space gives, in one pass.
     */
    public static String cleanTitle(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (isMarker(c) && i + 1 < title.length() && isMarker(title.charAt(i + 1))) {
                while (i + 1 < title.length() && isMarker(title.charAt(i + 1))) i++;
            } else if (isRegexSpace(c)) {
                // a space in the output only ever stands for such a run, so a run split by a marker stays one space
                if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean isMarker(char c) {
        return c == '*' || c == '_' || c == '#';
    }

    /** The chars of {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
