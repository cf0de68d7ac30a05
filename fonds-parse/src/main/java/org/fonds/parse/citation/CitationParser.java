package org.fonds.parse.citation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.dates.Dates;
import org.fonds.parse.text.Chars;
import org.fonds.record.ArchivalReference;
import org.fonds.record.PublishedIn;

/**
 * Reads a citation such as {@code "Title", November 2, 1956, Wilson Center Digital Archive,
 * TsKhSD, F. 3, Op. 12, D. 1006, L. 30, compiled by V. N. Malin. Published in CWIHP Bulletin 8-9,
 * p. 397 https://…}, or a source block that gives the same parts in another order.
 */
public final class CitationParser {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'\\]\\)]{1,2000}");
    private static final Pattern QUOTED_TITLE = Pattern.compile("^[\"“”]([^\"“”]{1,2000})[\"“”],?");
    private static final Pattern COMPILER = Pattern.compile(
            "(?i:compiled(?: and [a-z]{1,20})? by) ((?:\\p{Lu}\\. ?){0,4}\\p{Lu}[\\p{L}'’-]{0,40}"
                    + "(?: (?:(?:\\p{Lu}\\. ?){1,4})?\\p{Lu}[\\p{L}'’-]{0,40}){0,3})");
    private static final Pattern PUBLISHED = Pattern.compile("(?i:published in) ");
    private static final Pattern PAGES = Pattern.compile(
            ",? ?(?<![\\p{L}])(pp?\\.|pages?) ?([\\divxlc]{1,6}(?: ?[-–—] ?[\\divxlc]{1,6})?)(?![\\p{L}\\d])");
    private static final Pattern ISSUE = Pattern.compile(
            ",? ?(?:(?i:issue|no\\.|nos\\.|vol\\.|volume|#) ?)?(\\d{1,4}(?: ?[-–—/] ?\\d{1,4})?)(?: ?\\([^()]{1,60}\\))?,?$");
    private static final Pattern REPOSITORY = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]{0,40} (?:(?:and|of|for|the|on|&) ){0,3}){0,10}(?:Digital )?(?:Archives?|Library|Collection)\\b");

    /** How far into an unquoted citation its date may stand. */
    private static final int MAX_UNQUOTED_TITLE = 400;

    private CitationParser() {
    }

    public static Citation parse(String citation) {
        String text = citation.strip();
        List<String> urls = urls(text);
        String rest = text;
        String title = null;
        Matcher q = QUOTED_TITLE.matcher(rest);
        if (q.find()) {
            title = q.group(1).strip();
            rest = rest.substring(q.end()).strip();
        }
        Dates.Found date = Dates.leading(rest).orElse(null);
        if (date == null && title == null) {
            // an unquoted citation ("Memorandum of Conversation, A.I. Mikoyan with …, November 05, 1962, History and …"):
            // the title runs to the first date, the archive follows it
            date = Dates.find(rest.substring(0, Math.min(rest.length(), MAX_UNQUOTED_TITLE))).orElse(null);
        }
        if (date != null) {
            rest = Chars.trimStart(rest.substring(date.end()), " ,");
        }
        List<ArchivalReference> refs = new ArrayList<>(ArchivalReferences.findAll(text));
        refs.addAll(HungarianReferences.findAll(text));
        refs.addAll(ShelfReferences.findAll(text));
        return new Citation(text, title, date, repository(rest, refs), urls, refs, compiler(text), publishedIn(text));
    }

    static List<String> urls(String text) {
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            urls.add(Chars.trimEnd(m.group(), ".,;:"));
        }
        return new ArrayList<>(urls);
    }

    /**
     * The archive named right after the title and date ("Wilson Center Digital Archive"), or failing
     * that the first name anywhere that reads like a repository.
     */
    static String repository(String afterDate, List<ArchivalReference> refs) {
        int firstRef = refs.isEmpty() ? -1 : afterDate.indexOf(refs.get(0).text());
        String head = firstRef >= 0 ? afterDate.substring(0, firstRef) : afterDate;
        for (String segment : head.split(",")) {
            String s = segment.strip();
            String lower = s.toLowerCase(Locale.ROOT);
            if (s.isEmpty() || lower.startsWith("compiled") || lower.startsWith("published") || lower.startsWith("http")) {
                break;
            }
            if (s.length() > 2 && Character.isUpperCase(s.charAt(0)) && s.contains(" ") && Dates.leading(s + ", 1900").isEmpty()
                    && Dates.month(s.split(" ")[0]) == null) {
                // "Thatcher MSS (Churchill Archive Centre): THCR 1/20/3/5 f10": the collection's colon before its mark
                return Chars.trimEnd(s, ".:");
            }
        }
        Matcher m = REPOSITORY.matcher(afterDate);
        return m.find() ? m.group().strip() : null;
    }

    static String compiler(String text) {
        int at = indexOfIgnoreCase(text, "compiled");
        if (at < 0) return null;
        Matcher m = COMPILER.matcher(text).region(at, text.length());
        return m.find() ? Chars.trimEnd(m.group(1).strip(), ".,") : null;
    }

    private static int indexOfIgnoreCase(String text, String lowercase) {
        int at = text.indexOf(lowercase);
        int capital = text.indexOf(Character.toUpperCase(lowercase.charAt(0)) + lowercase.substring(1));
        return at < 0 ? capital : capital < 0 ? at : Math.min(at, capital);
    }

    /** "Published in CWIHP Bulletin 8-9, pp. 394-395" gives title, issue and pages. */
    static PublishedIn publishedIn(String text) {
        int at = indexOfIgnoreCase(text, "published in ");
        if (at < 0) return null;
        Matcher m = PUBLISHED.matcher(text).region(at, text.length());
        if (!m.find()) return null;
        String rest = text.substring(m.end());
        int url = rest.indexOf("http");
        if (url >= 0) rest = rest.substring(0, url);
        rest = Chars.trimEnd(rest, "< \n.").strip();
        String pages = null;
        Matcher p = PAGES.matcher(rest);
        if (p.find()) {
            // what follows the pages ("… pp. 12-14. Northfield Digital Archive") is not the publication
            pages = Chars.compactRange(p.group(2));
            rest = rest.substring(0, p.start()).strip();
        }
        String issue = null;
        Matcher i = ISSUE.matcher(rest);
        if (i.find() && i.start() > 0) {
            issue = Chars.compactRange(i.group(1));
            rest = rest.substring(0, i.start()).strip();
        }
        String title = Chars.trimEnd(rest, ",.;:").strip();
        return title.isEmpty() ? null : new PublishedIn(title, issue, pages);
    }
}
