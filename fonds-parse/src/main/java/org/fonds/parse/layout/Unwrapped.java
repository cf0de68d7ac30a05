package org.fonds.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header's lines of a hard-wrapped text (a PDF's text, a teleprinter's, a mail's) put back
 * together: a line broken only because the next word would not fit goes on on the next line, so a
 * title, a summary or a citation set over three lines reads as the one line a web page gives. A
 * text is taken as wrapped at width W when no line of its header is longer than W (at most 100)
 * and at least three come within 12 characters of it; a line is joined to the next when the next
 * line's first word would have made it longer than W, there is no blank line between them, and the
 * next line is no label ("Citation:") and no line that is only a date.
 */
public final class Unwrapped {
    private static final int MAX_WIDTH = 100;
    private static final int NEAR = 12;
    private static final int MIN_FULL = 3;
    /** "Present: …", "Document Type:": what may be the start of a field of its own. */
    static final Pattern LABEL = Pattern.compile("\\[?(\\p{L}[\\p{L} ]{0,40}):(?:\\s.*)?"); // not "https://"
    /** Labels that start a field wherever they stand; another word before a colon may end a wrapped line ("…TsK / KPSS: Instructions"). */
    static final Pattern FIELD = Pattern.compile("(?i)(?:.* )?(?:summary|abstract|citation|source|contents?|languages?|present|"
            + "participants|part|subject|title|date|place|classification|from|to|copy|credits|keywords|author|type)");

    /** A line ending in a word that a date follows: "… Presidium on", "… of", "… dated", a comma. */
    static final Pattern DATE_TAKER = Pattern.compile("(?:\\b(?:on|of|from|dated|since|until|to)|,)$");

    private Unwrapped() {
    }

    /** {@code head} with the lines wrapped at {@code width} joined; {@code head} itself where the width is -1. */
    static List<Line> of(List<Line> head, int width) {
        if (width < 0) return head;
        List<Line> out = new ArrayList<>(head.size());
        Line open = null;
        int openLast = -1; // the raw length of the open line's last physical line
        for (Line line : head) {
            if (open != null && joins(open, openLast, line, width)) {
                open = new Line(open.start(), line.end(), open.text() + " " + line.text());
            } else {
                if (open != null) out.add(open);
                open = line;
            }
            openLast = line.end() - line.start();
        }
        if (open != null) out.add(open);
        return out;
    }

    /** The width the text whose first lines are {@code head} is wrapped at, or -1 where it does not look wrapped. */
    public static int width(List<Line> head) {
        int width = 0;
        for (Line l : head) width = Math.max(width, l.end() - l.start());
        if (width == 0 || width > MAX_WIDTH) return -1;
        int full = 0;
        for (Line l : head) {
            if (l.end() - l.start() >= width - NEAR) full++;
        }
        return full >= MIN_FULL ? width : -1;
    }

    private static boolean joins(Line open, int lastLength, Line next, int width) {
        if (next.start() != open.end() + 1) return false; // a blank line, or more than one break, between
        String text = next.text();
        int firstWord = text.indexOf(' ');
        if (firstWord < 0) firstWord = text.length();
        if (lastLength + 1 + firstWord <= width) return false; // it would have fitted: the break is the writer's
        String last = open.text();
        if (label(last, text)) return false;
        if (endsSentence(last) && (text.startsWith("\"") || text.startsWith("“"))) return false; // a citation's quoted title
        // a line that is only a date is the date line, unless the line before asks for it ("… Presidium on / 21 October 1956")
        return asksForDate(last) || org.fonds.parse.dates.Dates.whole(text).isEmpty();
    }

    /** The words of {@link #DATE_TAKER}, read from the line's end by {@link #asksForDate}. */
    private static final String[] DATE_TAKERS = {"on", "of", "from", "dated", "since", "until", "to"};

    /**
     * Whether {@link #DATE_TAKER} finds its word or comma at the end of {@code line}, read from the end: a
     * {@code find()} tried the pattern from every char of the open line, which grows as lines are joined (a
     * tenth of the real records' header time). A line ending in a line terminator, which {@code $} may stand
     * before, and a word after a char past ASCII (a combining mark, which {@code \b} joins to the letter before it)
     * are left to the pattern. {@code DateTakerTest} holds the two equal on random lines.
     */
    static boolean asksForDate(String line) {
        int n = line.length();
        if (n == 0) return false;
        char c = line.charAt(n - 1);
        if (c == ',') return true;
        if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029') return DATE_TAKER.matcher(line).find();
        for (String word : DATE_TAKERS) {
            int at = n - word.length();
            if (at < 0 || !line.startsWith(word, at)) continue;
            if (at == 0) return true;
            char before = line.charAt(at - 1);
            // a combining mark after a letter reads as part of a word to \b: the few lines with any char past ASCII go to the pattern
            if (before >= 0x80) return DATE_TAKER.matcher(line).find();
            if (!isWordChar(before)) return true;
        }
        return false;
    }

    /** A char of {@code \w} as {@code \b} reads it without UNICODE_CHARACTER_CLASS: an ASCII letter, digit or '_'. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == '!' || c == '?';
    }

    /** Whether {@code next} opens a field: a label alone, a known one, or any after a line that ended its sentence. */
    static boolean label(String open, String next) {
        // the pattern's colon is the line's first (its name holds none) and stands within its first 43 chars
        int colon = next.indexOf(':');
        if (colon < 1 || colon > 42) return false;
        var m = LABEL.matcher(next);
        if (!m.matches()) return false;
        if (next.endsWith(":") || FIELD.matcher(m.group(1)).matches()) return true;
        char last = open.charAt(open.length() - 1);
        return last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
    }
}
