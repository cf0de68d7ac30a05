package org.fonds.parse.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text a browser shows of a page, as its "select all, copy" gives it (after the HTML standard's innerText, in
 * short): what is never shown is left out (scripts, styles, templates, pictures' markup), a paragraph or heading
 * stands apart by a blank line, every other block, list item and table row on a line of its own, table cells apart
 * by a tab, white space collapsed but inside {@code <pre>}. A page's headings, paragraphs and its "Document
 * Information" list so come out as the lines the text layouts read in a copied page. Walked without recursion
 * (jsoup's traversal), so a page nested ten thousand deep is read like any other.
 */
final class ShownText implements NodeFilter {
    /** Never shown, or the site's menus ({@code <nav>}): a page's navigation is no part of the document it shows. */
    private static final Set<String> NEVER_SHOWN = Set.of("head", "script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "select", "datalist", "audio", "video", "map", "nav");
    /** Blocks set apart by a blank line, as a browser copies them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "table", "figure", "hr");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "body", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "footer", "form", "header", "hgroup", "legend", "li", "main",
            "menu", "nav", "ol", "section", "summary", "tbody", "tfoot", "thead", "tr", "ul", "caption", "option", "label");

    private final StringBuilder out = new StringBuilder();
    /** Line breaks owed before the next shown text: 1 ends a line, 2 leaves a blank one. */
    private int owed;
    /** How many {@code <pre>} elements the walk is inside: there white space is kept as written. */
    private int preformatted;

    private ShownText() {
    }

    static String of(Element root) {
        ShownText text = new ShownText();
        if (root != null) root.filter(text);
        return text.out.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            shown(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (NEVER_SHOWN.contains(tag) || hidden(e)) return FilterResult.SKIP_ENTIRELY;
            if (tag.equals("br")) {
                out.append('\n');
                owed = 0;
            } else if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                trimLineEnd();
                if (owed == 0 && !out.isEmpty()) out.append('\t');
            }
            if (tag.equals("pre")) preformatted++;
            owe(tag);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("pre")) preformatted--;
            owe(tag);
        }
        return FilterResult.CONTINUE;
    }

    /** Hidden by the page itself: the {@code hidden} attribute, or an inline style that displays nothing. */
    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
    }

    private void owe(String tag) {
        if (PARAGRAPHS.contains(tag)) owed = Math.max(owed, 2);
        else if (BLOCKS.contains(tag)) owed = Math.max(owed, 1);
    }

    private void shown(String text) {
        if (preformatted > 0) {
            if (!text.isEmpty()) {
                breakOwed();
                out.append(text);
            }
            return;
        }
        String collapsed = collapse(text);
        if (collapsed.isBlank()) {
            // white space between tags is one space inside a line, nothing at a line's start
            if (!collapsed.isEmpty() && owed == 0 && !out.isEmpty() && !endsWithSpace()) out.append(' ');
            return;
        }
        breakOwed();
        if (atLineStart() && collapsed.charAt(0) == ' ') collapsed = collapsed.substring(1);
        else if (endsWithSpace() && collapsed.charAt(0) == ' ') collapsed = collapsed.substring(1);
        out.append(collapsed);
    }

    private void breakOwed() {
        if (owed > 0 && !out.isEmpty()) {
            trimLineEnd();
            int have = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n' && have < 2; i--) have++;
            for (int i = have; i < owed; i++) out.append('\n');
        }
        owed = 0;
    }

    private void trimLineEnd() {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) end--;
        out.setLength(end);
    }

    private boolean atLineStart() {
        return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    private boolean endsWithSpace() {
        char c = out.isEmpty() ? '\n' : out.charAt(out.length() - 1);
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** Runs of HTML white space (space, tab, line breaks, form feed) as one space; a no-break space is kept. */
    private static String collapse(String text) {
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (!space) s.append(' ');
                space = true;
            } else {
                s.append(c);
                space = false;
            }
        }
        return s.toString();
    }
}
