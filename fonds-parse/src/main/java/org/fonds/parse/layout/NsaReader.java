package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * The National Security Archive's pages and document readers (and their mirrors): a book header,
 * "DOCUMENT No. 30: TITLE" wrapped over lines, "Source: ..." or "[Source: ...]", a headnote, the text.
 */
final class NsaReader implements Layout {
    static final Pattern DOCUMENT_NO = Pattern.compile("^(?:\\d{1,4} )?(?i:document) (?i:no\\.?|number) ?\\d{1,4}[.:]? ?");
    private static final Pattern BOOK = Pattern.compile("(?i).*national security archive.*|by \\p{Lu}.{0,60}");

    @Override
    public String name() {
        return "nsa";
    }

    @Override
    public boolean recognises(List<Line> head) {
        return Layouts.anyLine(head, l -> l.startsWith("[Source:") || l.contains("National Security Archive")
                || l.contains("NSAEBB") || mayBeDocumentNo(l) && DOCUMENT_NO.matcher(l).lookingAt());
    }

    /** What {@link #DOCUMENT_NO} needs first: a number or "document", in either case. */
    private static boolean mayBeDocumentNo(String line) {
        return !line.isEmpty() && (Character.isDigit(line.charAt(0)) || line.charAt(0) == 'd' || line.charAt(0) == 'D');
    }

    @Override
    public boolean chrome(String line) {
        return Chrome.common(line) || (line.length() < 120 && BOOK.matcher(line).matches());
    }

    /** "DOCUMENT No. 30: Minutes …," and the lines it runs on to; a one-line record is cut at its date. */
    @Override
    public Optional<String> title(List<Line> head) {
        for (int i = 0; i < head.size(); i++) {
            Matcher m = DOCUMENT_NO.matcher(head.get(i).text());
            if (!m.lookingAt()) continue;
            String title = head.get(i).text().substring(m.end());
            if (title.length() > 300) {
                Optional<Dates.Found> d = Dates.find(title);
                return d.map(f -> title.substring(0, f.start()).strip());
            }
            StringBuilder t = new StringBuilder(title);
            int last = runsToDate(head, i, title);
            for (int k = i + 1; k < head.size() && k <= i + 2 && (k <= last || continues(t, head.get(k).text())); k++) {
                if (!t.isEmpty()) t.append(' ');
                t.append(head.get(k).text());
            }
            return Optional.of(t.toString());
        }
        return NsaDiary.of(head).map(NsaDiary.Reading::title);
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        for (Line l : head) {
            Matcher m = DOCUMENT_NO.matcher(l.text());
            if (!m.lookingAt()) continue;
            Optional<Dates.Found> own = Dates.find(l.text().substring(m.end(), Math.min(l.text().length(), m.end() + 300)));
            // a heading wrapped twice has its date on a line below (runsToDate)
            return own.isPresent() ? own : title(head).flatMap(Dates::find);
        }
        return NsaDiary.of(head).map(NsaDiary.Reading::date);
    }

    /** A diary's text starts at its first entry, under the front matter ({@link NsaDiary}). */
    @Override
    public int bodyStart(List<Line> head) {
        return NsaDiary.of(head).map(NsaDiary.Reading::textStart).orElse(-1);
    }

    /** A diary's translators, as its front matter names them. */
    @Override
    public List<String> translators(List<Line> head) {
        return NsaDiary.of(head).map(NsaDiary.Reading::translators).orElse(List.of());
    }

    /**
     * The last of the two lines under "DOCUMENT No. 116: Stenographic Account of Alexander Dubček's" that the heading runs
     * on to when it wraps twice and only its last line carries the date ("Talks with Leonid Brezhnev and Other Members
     * of the CPSU CC" / "Politburo, August 23,1968 (Excerpts)", the Prague Spring reader on Questia): a heading without
     * its date is unfinished. -1 when the heading has its date already or no short line below it has one.
     */
    private static int runsToDate(List<Line> head, int i, String title) {
        if (title.isEmpty() || Dates.find(title).isPresent()) return -1;
        for (int k = i + 1; k < head.size() && k <= i + 2; k++) {
            String next = head.get(k).text();
            if (next.length() >= 120 || next.startsWith("Source") || next.startsWith("[")) return -1;
            if (Dates.find(next).isPresent()) return k;
        }
        return -1;
    }

    /** Whether {@code next} goes on with the heading; a "DOCUMENT No. 30:" standing alone goes on with the line under it. */
    private static boolean continues(CharSequence title, String next) {
        if (next.isEmpty() || next.startsWith("Source") || next.startsWith("[") || next.length() >= 120) return false;
        if (title.isEmpty()) return true;
        char last = title.charAt(title.length() - 1);
        return last == ',' || Character.isLowerCase(next.charAt(0)) || next.matches("\\p{Lu}\\p{L}+ \\d.*");
    }
}
