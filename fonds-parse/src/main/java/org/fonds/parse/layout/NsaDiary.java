package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;

/**
 * The National Security Archive's translation of a year of a diary, as its PDF's text reads (Chernyaev's, saved by
 * docslib.org or a viewer site): the title ("The Diary of Anatoly S. Chernyaev 1990"), the front matter ("Donated by …
 * Translated by … Edited by … http://www.nsarchive.org Translation © …"), the title again as the page's header, then the
 * entries, each opening with its day ("January 1, 1990."). Run together on one line or a line each, with a viewer's
 * buttons above or not: the text starts at the first entry, whose day dates the record, and the title is the diary's
 * name without the front matter run on to it.
 */
final class NsaDiary {
    private static final String DIARY = "The Diary of ";
    /** The front matter's words: a diary title without them is no translation of this archive's. */
    private static final String[] FRONT_MATTER = {"Donated by", "Translated by", "Translation ©"};
    /** How far down a diary's title may stand: under a viewer's page number or its own name. */
    private static final int TITLE_REACH = 12;
    /** How far into a line the first entry is looked for. */
    private static final int ENTRY_REACH = 3000;
    private static final Pattern TRANSLATED = Pattern.compile("Translated by ((?:\\p{Lu}[\\p{L}.'’-]*)(?: \\p{Lu}[\\p{L}.'’-]*){0,3}?)"
            + "(?= Edited| http| Translation|,|$)");

    /** The diary's title, first entry's day and where the entries start (a source offset), and its translators. */
    record Reading(String title, Dates.Found date, int textStart, List<String> translators) {
    }

    private NsaDiary() {
    }

    static Optional<Reading> of(List<Line> head) {
        int t = titleLine(head);
        if (t < 0 || !frontMatter(head)) return Optional.empty();
        String title = titleOf(head.get(t).text());
        for (int i = t; i < head.size(); i++) {
            Line line = head.get(i);
            // the front matter is short: an entry further into a line run together is not looked for
            String text = line.text().length() > ENTRY_REACH ? line.text().substring(0, ENTRY_REACH) : line.text();
            // the title's own line holds no entry but where the front matter runs on to the entries
            int from = i == t ? Math.min(text.length(), DIARY.length()) : 0;
            Optional<Dates.Found> entry = entry(text, from);
            if (entry.isEmpty()) continue;
            int at = entry.get().start();
            // a char of the line's text is one of the source where cleaning took none away, or at the line's start
            int offset = at == 0 ? line.start() : clean(line) ? line.start() + at : -1;
            if (offset < 0) return Optional.empty();
            return Optional.of(new Reading(title, entry.get(), offset, translators(head, t, i)));
        }
        return Optional.empty();
    }

    /** The first line among the first ones that opens with the diary's name (a viewer's bullet before it aside). */
    private static int titleLine(List<Line> head) {
        for (int i = 0; i < head.size() && i < TITLE_REACH; i++) {
            String text = head.get(i).text();
            if (text.startsWith(DIARY) || text.startsWith("• " + DIARY)) return i;
        }
        return -1;
    }

    private static boolean frontMatter(List<Line> head) {
        for (int i = 0; i < head.size() && i < TITLE_REACH * 2; i++) {
            for (String w : FRONT_MATTER) {
                if (head.get(i).text().contains(w)) return true;
            }
        }
        return false;
    }

    /** "The Diary of Anatoly S. Chernyaev 1989 Donated by …": the name up to the front matter run on to it. */
    static String titleOf(String line) {
        String t = line.startsWith("• ") ? line.substring(2) : line;
        int cut = t.length();
        for (String w : FRONT_MATTER) {
            int at = t.indexOf(" " + w);
            if (at > 0 && at < cut) cut = at;
        }
        int viewer = t.indexOf(" for...");
        if (viewer > 0 && viewer < cut) cut = viewer; // a viewer site's name for the file, its first words after it
        return t.substring(0, cut).strip();
    }

    /** The first day in {@code text} from {@code from} on that opens an entry: the date and a full stop after it. */
    private static Optional<Dates.Found> entry(String text, int from) {
        int k = from;
        while (k < text.length()) {
            Optional<Dates.Found> d = Dates.find(text.substring(k));
            if (d.isEmpty()) return Optional.empty();
            int end = k + d.get().end();
            if (end < text.length() && text.charAt(end) == '.' && (end + 1 == text.length() || text.charAt(end + 1) == ' ')) {
                Dates.Found f = d.get();
                return Optional.of(new Dates.Found(f.from(), f.to(), f.text(), k + f.start(), end));
            }
            k = end;
        }
        return Optional.empty();
    }

    /** The translators the front matter names, between the title's line and the first entry's. */
    private static List<String> translators(List<Line> head, int from, int to) {
        for (int i = from; i <= to; i++) {
            String text = head.get(i).text();
            if (!text.contains("Translated by")) continue;
            Matcher m = TRANSLATED.matcher(text);
            if (m.find()) return List.of(m.group(1).strip());
        }
        return List.of();
    }

    /** Whether the line's text is its source but for the spaces that end it. */
    private static boolean clean(Line line) {
        int removed = line.end() - line.start() - line.text().length();
        return removed >= 0 && removed <= 2;
    }
}
