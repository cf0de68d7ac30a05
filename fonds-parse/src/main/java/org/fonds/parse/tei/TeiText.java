package org.fonds.parse.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a TEI element as a reader sees it: whitespace collapsed, paragraphs (and other blocks)
 * separated by a blank line, page breaks passed over. A {@code note} inside it leaves the text and is
 * handed to {@link Listener#note} with the offset where its marker stood; a {@code persName} is handed
 * to {@link Listener#person} with the offset where it begins. Offsets are chars of the finished text.
 */
final class TeiText {
    /** Elements that stand as paragraphs of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "item", "list", "closer", "opener", "signed", "salute",
            "head", "div", "table", "row", "quote", "lg", "l", "postscript", "label", "byline", "ab", "trailer",
            "attachment", "seg-block");
    /** Elements whose text is not part of the document's running text. */
    private static final Set<String> SKIPPED = Set.of("pb", "fw", "figure", "graphic", "dateline");

    /** Told of what leaves the text and what is marked in it. */
    interface Listener {
        void note(Element note, int offset);

        void person(Element persName, String form, int offset);
    }

    private final StringBuilder out = new StringBuilder();
    private final Listener listener;
    private final boolean keepDatelines;
    private boolean pendingBreak;
    private final List<int[]> openPersons = new ArrayList<>();

    private TeiText(Listener listener, boolean keepDatelines) {
        this.listener = listener;
        this.keepDatelines = keepDatelines;
    }

    /** The text of the children of {@code parent} that follow {@code after} (null: all of them). */
    static String of(Element parent, Node after, Listener listener) {
        TeiText t = new TeiText(listener, false);
        boolean on = after == null;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (on) t.node(c);
            if (c == after) on = true;
        }
        return t.finish();
    }

    /** The text of {@code element} on one line (a heading, a dateline, a note). */
    static String inline(Element element, Listener listener) {
        TeiText t = new TeiText(listener, true);
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) t.node(c);
        return t.finish().replace("\n\n", " ");
    }

    private void node(Node node) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(node.getNodeValue());
            case Node.ELEMENT_NODE -> element((Element) node);
            default -> {
            }
        }
    }

    private void element(Element e) {
        String name = e.getLocalName();
        if (name.equals("note")) {
            listener.note(e, out.length());
            return;
        }
        if (SKIPPED.contains(name) && !(keepDatelines && name.equals("dateline"))) return;
        if (name.equals("lb")) {
            text(" ");
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) pendingBreak = true;
        String form = name.equals("persName") ? FrusText.collapse(e.getTextContent()) : null;
        int start = -1;
        if (form != null) {
            flushBreak();
            start = out.length();
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) node(c);
        if (form != null) {
            // a name whose markup begins with a line break starts after the space that stands for it
            if (start < out.length() && out.charAt(start) == ' ') start++;
            listener.person(e, form, Math.min(start, out.length()));
        }
        if (block) pendingBreak = true;
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && !pendingBreak && out.charAt(out.length() - 1) != ' '
                        && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                flushBreak();
                out.append(c);
            }
        }
    }

    /** Starts a new paragraph if one is due: a blank line, after dropping the last one's trailing space. */
    private void flushBreak() {
        if (!pendingBreak) return;
        pendingBreak = false;
        trimTrailingSpace();
        if (out.length() > 0) out.append("\n\n");
    }

    private void trimTrailingSpace() {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }

    private String finish() {
        trimTrailingSpace();
        return out.toString();
    }
}
