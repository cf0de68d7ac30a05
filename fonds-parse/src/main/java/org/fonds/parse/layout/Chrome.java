package org.fonds.parse.layout;

import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/** Lines that archive sites put around every record: banners, funding lines, buttons, rules. */
final class Chrome {
    private static final Pattern COMMON = Pattern.compile(
            "(?i)(?:this document was made possible with support from.{0,200}|digital archive|international history declassified"
                    + "|digital archive international history declassified"
                    + "|digitalarchive\\.wilsoncenter\\.org|transcription|citation|get citation|english html|english translation"
                    + "|document information|share|print|download pdf|return after reading|[-=_—–* ]{3,}|\\[?page \\d{1,5}\\]?"
                    // the site's own controls, read as text by whoever saved the page: its skip link, its search box,
                    // the legacy page's buttons over the citation ("CITATION SHARE DOWNLOAD", "VIEW DOCUMENT IN")
                    + "|skip to (?:main )?content|search in|add search filter(?: cancel search filter)?|citation share download"
                    + "|share document|view document in"
                    // a teaching site's section heading above the document's title (1989.rrchnm.org's "Primary Sources")
                    + "|primary sources?|primary source\\s?[—–-]\\s?excerpt"
                    // docslib.org's line over every PDF it serves ("Total Page:16", "File Type:pdf, Size:1020Kb"): read as
                    // labels at a paragraph's start, they gave the speakers "Total Page" and "File Type"
                    + "|total page:\\s?\\d{1,5}|file type:\\s?[a-z]{2,5}, size:\\s?[\\d.,]{1,9}\\s?[kmg]b)\\.?");

    private static final Anchors.Folded DECLASSIFIED = new Anchors.Folded("international history declassified");
    private static final Anchors.Folded SITE = new Anchors.Folded("digitalarchive.wilsoncenter.org");
    private static final Anchors.Folded DOCUMENT_URL = new Anchors.Folded("/document/");

    private Chrome() {
    }

    /** The first chars {@link #COMMON} can start with, in either case: asked before the pattern runs on every line. */
    private static final String FIRSTS = "tdicgesprvafTDICGESPRVAF[-=_—–* ";

    static boolean common(String line) {
        String t = line.strip();
        // "• Citation", "• share document": the legacy page's buttons as a list, saved with their bullets
        if (t.startsWith("• ")) t = t.substring(2).strip();
        return t.isEmpty() || (t.length() <= 260 && FIRSTS.indexOf(t.charAt(0)) >= 0 && COMMON.matcher(t).matches())
                || (t.indexOf(" > ") > 0 && breadcrumbs(t));
    }

    /** How long a breadcrumb may be, the last one aside (it is the page's own title). */
    private static final int MAX_CRUMB = 40;

    /**
     * "Material > Dokumente > 1989 > Oktober > Gerhard Schürer: …": a site's path to the page (chronik-der-mauer.de), three
     * crumbs at least, each short but the last; it stood as the title.
     */
    static boolean breadcrumbs(String line) {
        int crumbs = 0;
        int from = 0;
        for (int at = line.indexOf(" > "); at >= 0; at = line.indexOf(" > ", from)) {
            if (at - from > MAX_CRUMB || at == from) return false;
            crumbs++;
            from = at + 3;
        }
        return crumbs >= 2;
    }

    /** A citation's quoted title without the comma the citation sets inside its quotes ("Record of …,"). */
    static String trimQuotedTitle(String quoted) {
        String t = quoted.strip();
        return t.endsWith(",") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** "Digital Archive International History Declassified digitalarchive.wilsoncenter.org": a PDF page header. */
    static boolean pdfHeader(String line) {
        // the site's name in a citation's URL ("https://digitalarchive.wilsoncenter.org/document/1") is no page header;
        // compared without lower-casing each line, which cost more than the rest of layout detection
        // nor is a line that is a link alone ("https://digitalarchive.wilsoncenter.org/people/zhou-enlai", the sources a
        // blog lists above the record it copies): what followed the site's name stood as the title
        return DECLASSIFIED.isIn(line) || (SITE.isIn(line) && !DOCUMENT_URL.isIn(line) && !isLink(line));
    }

    /** A line that is a web address and nothing else. */
    static boolean isLink(String line) {
        String t = line.strip();
        return (t.startsWith("https://") || t.startsWith("http://")) && t.indexOf(' ') < 0;
    }
}
