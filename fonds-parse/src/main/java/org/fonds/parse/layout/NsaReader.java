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
            for (int k = i + 1; k < head.size() && k <= i + 2 && continues(t, head.get(k).text()); k++) {
                t.append(' ').append(head.get(k).text());
            }
            return Optional.of(t.toString());
        }
        return NsaDiary.of(head).map(NsaDiary.Reading::title);
    }

    @Override
    public Optional<Dates.Found> date(List<Line> head) {
        for (Line l : head) {
            Matcher m = DOCUMENT_NO.matcher(l.text());
            if (m.lookingAt()) return Dates.find(l.text().substring(m.end(), Math.min(l.text().length(), m.end() + 300)));
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

    private static boolean continues(CharSequence title, String next) {
        char last = title.charAt(title.length() - 1);
        return !next.startsWith("Source") && !next.startsWith("[") && next.length() < 120
                && (last == ',' || Character.isLowerCase(next.charAt(0)) || next.matches("\\p{Lu}\\p{L}+ \\d.*"));
    }
}
