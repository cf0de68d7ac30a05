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
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[*_#]{2,}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");


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
                    text = Chars.trimStart(text.substring(date.end()), " ,.:;—–-");
                }
            }
            if (!text.isBlank()) titleParts.add(text.strip());
        }
        return new TitleBlock(cleanTitle(String.join(" ", titleParts)), date, dateOrigin);
    }

    /** Whitespace collapsed, stray markdown markers removed. */
    public static String cleanTitle(String title) {
        return SPACES.matcher(MARKUP.matcher(title).replaceAll("")).replaceAll(" ").strip();
    }
}
