package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles of the works a translator's note cites, where they stand in the note. The record's text has no italics (the
 * parser drops emphasis), so works are known by what surrounds them: an archival document is a quoted title closed by a
 * comma, then (after a date, a classification, a sender) "in" an archive's acronym; an article is a quoted title followed
 * by a periodical and its volume or number; a book is a title followed by "(Place: Publisher, Year)" or ", vol. N".
 * The works table lists them; the people's scan takes no name from inside a book's or a periodical's title ("Kryuchkov,
 * Lichnoe delo, vol. 1": "Lichnoe" is no one).
 */
public final class CitedTitles {
    /** "Vypiska iz protokola No. 50 ...," in APRF; "TsK KPSS," 30 October 1956 (Strictly Secret), in TsKhSD. */
    public static final Pattern DOCUMENT = Pattern.compile(
            "[\"“]([^\"“”]{3,300}?),[\"”]([^\"“”;]{0,250}?)\\bin (?:the )?\\p{Lu}\\p{L}*\\p{Lu}");
    /** "Das Ende der Ära Ulbrichts," Beiträge zur Geschichte der Arbeiterbewegung, No. 3; "...," Multunk (Budapest), Vol. 40. */
    public static final Pattern ARTICLE = Pattern.compile(
            "[\"“]([^\"“”]{3,300}?),[\"”] (\\p{Lu}[^,;()\"“”]{1,80}?)(?: \\([^()]{1,30}\\))?,? (?:Vol|No)\\. ?\\d");
    /** in The Hungarian Quarterly Vol. 37 */
    public static final Pattern PERIODICAL = Pattern.compile("\\bin (\\p{Lu}[^,;()\"“”]{1,60}?),? Vol\\. ?\\d");
    /** Bobkov, KGB i vlast' (Moscow: Veteran MP, 1995); novel, Under the Frog (Penguin: London, 1993). */
    public static final Pattern BOOK = Pattern.compile(
            "(?:^|[,.;:] |\\(|\\bby )(\\p{Lu}[^,;()\"“”]{1,150}?(?: \\([^()]{1,20}\\))?) \\([^():]{2,40}: ?[^()]{2,60}, \\d{4}\\)");
    /** Kryuchkov, Lichnoe delo, vol. 1 */
    public static final Pattern BOOK_VOLUME = Pattern.compile("(?:, |\\()(\\p{Lu}[^,;()\"“”]{1,100}?), vol\\. ?\\d");

    /** One cited work's title: its kind ("document", "article", "periodical", "book") and where it stands. */
    public record Title(String text, String kind, int start, int end) {
    }

    private CitedTitles() {
    }

    /** The titles a note's {@code text} cites, in the order the kinds are looked for. */
    public static List<Title> in(String text) {
        List<Title> out = new ArrayList<>();
        if (text == null) return out;
        // each pattern only where the text holds what every match of it must hold: a find()
        // tries every position of the note, and most notes cite none of these
        if (quoted(text)) {
            Set<Integer> articles = new HashSet<>();
            Matcher a = ARTICLE.matcher(text);
            while (a.find()) {
                articles.add(a.start());
                out.add(title(a, 1, "article"));
                out.add(title(a, 2, "periodical"));
            }
            Matcher d = DOCUMENT.matcher(text);
            while (d.find()) {
                if (!articles.contains(d.start())) out.add(title(d, 1, "document"));
            }
        }
        if (text.contains("Vol.")) add(text, PERIODICAL, "periodical", out);
        if (publisherYear(text)) add(text, BOOK, "book", out);
        if (text.contains(", vol.")) add(text, BOOK_VOLUME, "book", out);
        return out;
    }

    /**
     * Whether {@code [start, end)} lies inside the title of a book or a periodical among {@code titles}. A document's or an
     * article's quoted title may name its writer or subject ("Report of Cde. Andropov"), and those stay names.
     */
    static boolean insideWorkTitle(List<Title> titles, int start, int end) {
        for (Title t : titles) {
            boolean work = t.kind().equals("book") || t.kind().equals("periodical");
            if (work && t.start() <= start && end <= t.end()) return true;
        }
        return false;
    }

    private static Title title(Matcher m, int group, String kind) {
        return new Title(m.group(group).strip(), kind, m.start(group), m.end(group));
    }

    /** An article's and a document's title are quoted: {@code ["“]} opens both patterns. */
    private static boolean quoted(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('“') >= 0;
    }

    /** A book's "(Place: Publisher, Year)": an opening bracket, a colon after it, a closing bracket after that. */
    private static boolean publisherYear(String text) {
        int open = text.indexOf('(');
        if (open < 0) return false;
        int colon = text.indexOf(':', open);
        return colon >= 0 && text.indexOf(')', colon) >= 0;
    }

    private static void add(String text, Pattern pattern, String kind, List<Title> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(title(m, 1, kind));
    }
}
