package org.fonds.parse.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * A web page saved from a browser ("Save page as"): the HTML a historian keeps when the archive's page is what they
 * have. It is read as the text the browser shows of it ({@link ShownText}), and the address it was saved from is
 * kept where the page names it. A file that declares itself XML (an XHTML or TEI file with {@code <?xml}) is not a
 * page here: RECORD.md has XML read as XML, its document types refused.
 */
public record HtmlPage(String text, Optional<String> address) {
    /** How far into a file its opening tag may stand: past a byte-order mark, blank lines and a saved-from comment. */
    private static final int OPENING = 4096;
    /** "<!-- saved from url=(0063)https://... -->": the mark browsers set on a page saved whole. */
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d{1,6}\\)(\\S{1,2000}?)\\s*$");

    /**
     * Whether the text is an HTML page: it opens (comments and white space aside) with {@code <!DOCTYPE html} or an
     * {@code <html>} tag, in any case. Text that merely holds tags ("<p>" pasted into a note) is no page.
     */
    public static boolean isPage(String text) {
        int i = 0;
        int limit = Math.min(text.length(), OPENING);
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) return false;
                i = end + 3;
            } else {
                break;
            }
        }
        return opens(text, i, "<!doctype html") || opens(text, i, "<html");
    }

    /**
     * The page's shown text, and its address where the page names it. Where the page marks its one main part
     * ({@code <main>}, or {@code role="main"}), that part alone is read: the site's banner, menus and footer around
     * it are the site's, not the document's.
     */
    public static HtmlPage read(String html) {
        return read(html, "");
    }

    /** As {@link #read(String)}, at {@code located} (where a web archive says the page was) if the page names no address. */
    static HtmlPage read(String html, String located) {
        Document page = Jsoup.parse(html);
        Elements main = page.select("main, [role=main]");
        Element root = main.size() == 1 && main.get(0).hasText() ? main.get(0) : page.body();
        Optional<String> address = address(page);
        if (address.isEmpty() && isWebAddress(located.strip())) address = Optional.of(located.strip());
        return new HtmlPage(ShownText.of(root), address);
    }

    private static boolean opens(String text, int at, String tag) {
        if (!text.regionMatches(true, at, tag, 0, tag.length())) return false;
        int after = at + tag.length();
        return after < text.length() && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)));
    }

    /**
     * Where the page was saved from: its canonical link, its Open Graph address, or the browser's saved-from mark;
     * only an absolute http(s) address (a relative one names nothing once the page is off its site).
     */
    private static Optional<String> address(Document page) {
        for (String candidate : new String[] {
            attribute(page, "link[rel=canonical]", "href"),
            attribute(page, "meta[property=og:url]", "content"),
            savedFrom(page)}) {
            if (candidate != null && isWebAddress(candidate.strip())) return Optional.of(candidate.strip());
        }
        return Optional.empty();
    }

    private static String attribute(Document page, String query, String name) {
        Element e = page.selectFirst(query);
        return e == null ? null : e.attr(name);
    }

    private static String savedFrom(Document page) {
        for (Node n : page.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) return m.group(1);
            }
        }
        return null;
    }

    private static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && s.length() > 10
                && s.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>');
    }
}
