package org.fonds.deliberation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.deliberation.Extract.CitedWork;
import org.fonds.deliberation.tables.Citation;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Note;

/**
 * The works a record's notes cite, as translators write them. The record's text has no italics (the
 * parser drops emphasis), so works are known by what surrounds them: an archival document is a
 * quoted title closed by a comma, then (after a date, a classification, a sender) "in" an archive's
 * acronym; an article is a quoted title followed by a periodical and its volume or number; a book
 * is a title followed by "(Place: Publisher, Year)" or ", vol. N".
 */
final class WorksCited {
    /** "Vypiska iz protokola No. 50 ...," in APRF; "TsK KPSS," 30 October 1956 (Strictly Secret), in TsKhSD. */
    static final Pattern DOCUMENT = Pattern.compile(
            "[\"“]([^\"“”]{3,300}?),[\"”]([^\"“”;]{0,250}?)\\bin (?:the )?\\p{Lu}\\p{L}*\\p{Lu}");
    /** "Das Ende der Ära Ulbrichts," Beiträge zur Geschichte der Arbeiterbewegung, No. 3; "...," Multunk (Budapest), Vol. 40. */
    static final Pattern ARTICLE = Pattern.compile(
            "[\"“]([^\"“”]{3,300}?),[\"”] (\\p{Lu}[^,;()\"“”]{1,80}?)(?: \\([^()]{1,30}\\))?,? (?:Vol|No)\\. ?\\d");
    /** in The Hungarian Quarterly Vol. 37 */
    static final Pattern PERIODICAL = Pattern.compile("\\bin (\\p{Lu}[^,;()\"“”]{1,60}?),? Vol\\. ?\\d");
    /** Bobkov, KGB i vlast' (Moscow: Veteran MP, 1995); novel, Under the Frog (Penguin: London, 1993). */
    static final Pattern BOOK = Pattern.compile(
            "(?:^|[,.;:] |\\(|\\bby )(\\p{Lu}[^,;()\"“”]{1,150}?(?: \\([^()]{1,20}\\))?) \\([^():]{2,40}: ?[^()]{2,60}, \\d{4}\\)");
    /** Kryuchkov, Lichnoe delo, vol. 1 */
    static final Pattern BOOK_VOLUME = Pattern.compile("(?:, |\\()(\\p{Lu}[^,;()\"“”]{1,100}?), vol\\. ?\\d");

    private WorksCited() {
    }

    static List<CitedWork> in(ArchiveRecord record) {
        List<CitedWork> out = new ArrayList<>();
        for (Note n : record.notes()) note(n.text(), new Citation(record.id(), "note " + n.n(), null, null), out);
        return out;
    }

    /** Adds the works cited in one note's {@code text} to {@code out}. */
    static void note(String text, Citation where, List<CitedWork> out) {
        // each pattern only where the text holds what every match of it must hold: a find()
        // tries every position of the note, and most notes cite none of these
        if (quoted(text)) {
            Set<Integer> articles = new HashSet<>();
            Matcher a = ARTICLE.matcher(text);
            while (a.find()) {
                articles.add(a.start());
                out.add(new CitedWork(a.group(1).strip(), "article", where));
                out.add(new CitedWork(a.group(2).strip(), "periodical", where));
            }
            Matcher d = DOCUMENT.matcher(text);
            while (d.find()) {
                if (!articles.contains(d.start())) out.add(new CitedWork(d.group(1).strip(), "document", where));
            }
        }
        if (text.contains("Vol.")) add(text, PERIODICAL, "periodical", where, out);
        if (publisherYear(text)) add(text, BOOK, "book", where, out);
        if (text.contains(", vol.")) add(text, BOOK_VOLUME, "book", where, out);
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

    private static void add(String text, Pattern pattern, String kind, Citation where, List<CitedWork> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(new CitedWork(m.group(1).strip(), kind, where));
    }
}
