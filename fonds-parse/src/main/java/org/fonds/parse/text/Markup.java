package org.fonds.parse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the light markdown that exports carry (headings, bold and emphasis, list dashes,
 * escapes, autolinks) line by line, keeping each char's source offset. Hand-written rather than a
 * markdown library because exports are only markdown-ish: a real parser would read "1) to speak"
 * as a list and "(Re: …)(1)" lines run together as one paragraph, and lose the offsets.
 */
public final class Markup {
    private Markup() {
    }

    /** The lines of {@code src[from, to)}, cleaned; blank lines are kept (they separate paragraphs). */
    public static List<CleanLine> lines(SourceText src, int from, int to) {
        String s = src.text();
        List<CleanLine> out = new ArrayList<>();
        int start = from;
        while (start <= to) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            out.add(cleanLine(s, start, end));
            if (end >= to) break;
            start = end + 1;
        }
        return out;
    }

    /** One cleaned string for a span: lines joined with a space, white space collapsed. */
    public static String flat(SourceText src, int from, int to) {
        String s = src.text();
        int firstBreak = s.indexOf('\n', from);
        boolean oneLine = firstBreak < 0 || firstBreak >= to;
        int shape = oneLine ? plainShape(s, from, to) : PLAIN;
        if (oneLine && shape == PLAIN) {
            // one plain line with single spaces (most header lines): itself, its ends trimmed, with no buffer
            int i = skipSpaces(s, from, to);
            int end = to;
            while (end > i && s.charAt(end - 1) == ' ') end--;
            return s.substring(i, end);
        }
        if (oneLine && shape == MARKUP) return cleanLine(s, from, to).toString(); // what the loop below makes of it, one copy less
        StringBuilder sb = new StringBuilder(Math.min(Math.max(0, to - from), 1024));
        int start = from;
        while (start <= to) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            if (plainShape(s, start, end) != MARKUP) {
                appendCollapsed(s, start, end, sb);
            } else {
                CleanLine line = cleanLine(s, start, end);
                if (!line.isBlank()) {
                    if (!sb.isEmpty()) sb.append(' ');
                    sb.append(line.text());
                }
            }
            if (end >= to) break;
            start = end + 1;
        }
        return sb.toString();
    }

    /**
     * A line with no markup at all (most header lines): cleaning it only collapses its spaces, which
     * is done here without the cleaner's offset map. No escape, emphasis, autolink or heading char
     * anywhere, and no list dash, bullet or rule char first.
     */
    private static int plainShape(String s, int from, int to) {
        int i = skipSpaces(s, from, to);
        if (i < to) {
            char first = s.charAt(i);
            if (first == '-' || first == '+' || first == '=') return MARKUP;
        }
        boolean runs = false;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '<' || c == '>' || c == '#') return MARKUP;
            if (c == ' ' && i > from && s.charAt(i - 1) == ' ') runs = true;
        }
        return runs ? PLAIN_WITH_RUNS : PLAIN;
    }

    /** What {@link #plainShape} tells of a line: markup to clean, plain with runs of spaces to collapse, or plain as it stands. */
    private static final int MARKUP = -1;
    private static final int PLAIN_WITH_RUNS = 1;
    private static final int PLAIN = 0;

    /** Appends {@code s[from, to)} with runs of spaces made one and none at either end, after a space if {@code sb} has text. */
    private static void appendCollapsed(String s, int from, int to, StringBuilder sb) {
        int i = skipSpaces(s, from, to);
        int end = to;
        while (end > i && s.charAt(end - 1) == ' ') end--;
        if (i >= end) return;
        if (!sb.isEmpty()) sb.append(' ');
        while (i < end) {
            int space = s.indexOf(' ', i);
            if (space < 0 || space >= end) {
                sb.append(s, i, end);
                return;
            }
            sb.append(s, i, space + 1);
            i = skipSpaces(s, space, end);
        }
    }

    /**
     * Appends the cleaned lines of {@code src[from, to)} to {@code out}, each followed by '\n' and
     * a heading line preceded by {@code headingMark}: the contents are read this way, in one buffer,
     * without an object per line.
     */
    public static void appendLines(SourceText src, int from, int to, MappedText out, char headingMark) {
        String s = src.text();
        int start = from;
        while (start <= to) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            int mark = out.length();
            boolean heading = isHeading(s, start, end);
            if (heading) out.append(headingMark, start);
            int before = out.length();
            cleanInto(s, start, end, out);
            if (heading && out.length() == before) out.setLength(mark);
            out.append('\n', end);
            if (end >= to) break;
            start = end + 1;
        }
    }

    static CleanLine cleanLine(String s, int from, int to) {
        MappedText out = new MappedText(to - from);
        boolean heading = isHeading(s, from, to);
        cleanInto(s, from, to, out);
        return new CleanLine(out, heading && out.length() > 0);
    }

    /** A markdown heading: one to six '#' and a space (or nothing) at the line's start. */
    private static boolean isHeading(String s, int from, int to) {
        int i = skipSpaces(s, from, to);
        int hashes = count(s, i, to, '#');
        return hashes >= 1 && hashes <= 6 && (i + hashes == to || s.charAt(i + hashes) == ' ');
    }

    /** Appends the line {@code s[from, to)} without its markup. */
    private static void cleanInto(String s, int from, int to, MappedText out) {
        int lineStart = out.length();
        int i = skipSpaces(s, from, to);
        boolean heading = isHeading(s, from, to);
        if (heading) {
            i = skipSpaces(s, i + count(s, i, to, '#'), to);
        }
        i = skipLinePrefix(s, i, to);
        if (isRule(s, i, to)) {
            return;
        }
        int autolinkClose = -1;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && isEscapable(s.charAt(i + 1))) {
                out.append(s.charAt(++i), i);
            } else if ((c == '*' || c == '_') && i + 1 < to && s.charAt(i + 1) == c) {
                i++; // bold marker: ** or __
            } else if ((c == '*' && isEmphasisStar(s, i, from, to)) || (c == '_' && isEmphasisUnderscore(s, i, from, to))) {
                // emphasis marker: dropped
            } else if (c == '<' && (autolinkClose = autolinkClose(s, i, to)) > 0) {
                // autolink: keep the URL, drop the angle brackets
            } else if (c == '>' && i == autolinkClose) {
                autolinkClose = -1;
            } else if (c == ' ') {
                if (out.length() > lineStart && out.lastChar() != ' ') out.append(' ', i);
            } else {
                int run = i + 1;
                while (run < to && (isPlain(s.charAt(run)) || (s.charAt(run) == ' ' && s.charAt(run - 1) != ' '
                        && run + 1 < to && s.charAt(run + 1) != ' ' && isPlain(s.charAt(run + 1))))) {
                    run++;
                }
                out.appendSource(s, i, run);
                i = run - 1;
            }
        }
        out.trimEnd();
        // trailing heading hashes ("## Notes ##")
        if (heading) {
            while (out.length() > lineStart && out.lastChar() == '#') out.setLength(out.length() - 1);
            out.trimEnd();
        }
    }

    private static int skipLinePrefix(String s, int i, int to) {
        // list dash or bullet, blockquote marker
        if (i + 1 < to && (s.charAt(i) == '-' || s.charAt(i) == '*' || s.charAt(i) == '+' || s.charAt(i) == '>')
                && s.charAt(i + 1) == ' ') {
            return skipSpaces(s, i + 1, to);
        }
        if (i < to && s.charAt(i) == '>' && (i + 1 == to)) {
            return to;
        }
        return i;
    }

    /** A rule: three or more of one of "-", "*", "_", "=", spaces between them allowed ("---", "* * *", "====="). */
    public static boolean isRule(String line) {
        return isRule(line, 0, line.length());
    }

    private static boolean isRule(String s, int i, int to) {
        if (to - i < 3) return false;
        char c = s.charAt(i);
        if (c != '-' && c != '*' && c != '_' && c != '=') return false;
        for (int k = i; k < to; k++) {
            char d = s.charAt(k);
            if (d != c && d != ' ') return false;
        }
        return true;
    }

    /**
     * A single star that opens (before a non-space) or closes (after a non-space) emphasis. An
     * opening bracket or quote before it opens it too: "(*Lichnoe delo*, vol. 1)".
     */
    private static boolean isEmphasisStar(String s, int i, int from, int to) {
        boolean prevSpace = i == from || Character.isWhitespace(s.charAt(i - 1));
        boolean nextSpace = i + 1 >= to || Character.isWhitespace(s.charAt(i + 1));
        boolean afterOpener = i > from && "([{\"“‘'".indexOf(s.charAt(i - 1)) >= 0;
        return prevSpace != nextSpace || (!prevSpace && !Character.isLetterOrDigit(s.charAt(i + 1)))
                || (afterOpener && !nextSpace);
    }

    /** "_word_": an underscore at a word's edge; one inside a word ("snake_case", URLs) is text. */
    private static boolean isEmphasisUnderscore(String s, int i, int from, int to) {
        boolean prevWord = i > from && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean nextWord = i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1));
        return prevWord != nextWord;
    }

    /** Where "<http…>" closes, looking no further than a URL can be long; -1 if it is no autolink. */
    private static int autolinkClose(String s, int i, int to) {
        if (!s.startsWith("http", i + 1)) return -1;
        int limit = Math.min(to, i + 2048);
        for (int k = i + 1; k < limit; k++) {
            char d = s.charAt(k);
            if (d == '>') return k;
            if (d == ' ' || d == '<') return -1;
        }
        return -1;
    }

    /** A char the cleaner copies as it stands, whatever surrounds it. */
    private static boolean isPlain(char c) {
        return c != '\\' && c != '*' && c != '_' && c != '<' && c != '>' && c != ' ';
    }

    private static boolean isEscapable(char c) {
        return "\\`*_{}[]()#+-.!<>|\"'".indexOf(c) >= 0;
    }

    private static int skipSpaces(String s, int i, int to) {
        while (i < to && s.charAt(i) == ' ') i++;
        return i;
    }

    private static int count(String s, int i, int to, char c) {
        int n = 0;
        while (i + n < to && s.charAt(i + n) == c) n++;
        return n;
    }
}
