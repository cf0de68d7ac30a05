package org.fonds.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.describe.Kinds;

/**
 * The Margaret Thatcher Foundation's archive pages (margaretthatcher.org/document/N): British government and party
 * papers, a Downing Street record of conversation among them, each described for the reader. The page opens with the
 * collection's name in brackets ("Archive (Thatcher MSS)") and its holder ("Personal and party papers, Cambridge"), then
 * the document's title, then the catalogue's fields ("Document type:", "Source:", "Editorial comments:", "Importance
 * ranking:", "Word count:", "Themes:") and the text where the page gives one. Read as a plain page, the collection's name
 * was the title and the title was lost, the fields after "Source:" taken for its citation. The catalogue's fields but
 * "Source:" are the site's own lines here, about its copy; "Source:" is the citation.
 */
final class ThatcherArchive implements Layout {
    private static final String FIELDS = "Document type:";

    @Override
    public String name() {
        return "thatcher-archive";
    }

    /** The collection's line among the first lines, and the catalogue's first field under it. */
    @Override
    public boolean recognises(List<Line> head) {
        int archive = archiveLine(head);
        return archive >= 0 && fieldsLine(head, archive) > 0;
    }

    /** "Archive (Thatcher MSS)", "Archive (other)": the collection's name, no title of a document. */
    private static int archiveLine(List<Line> head) {
        for (int i = 0; i < head.size() && i < 4; i++) {
            String t = head.get(i).text();
            if (t.startsWith("Archive (") && t.endsWith(")") && t.length() <= 60) return i;
        }
        return -1;
    }

    /** The line of the catalogue's first field after {@code from}; -1 if none. */
    private static int fieldsLine(List<Line> head, int from) {
        for (int i = from + 1; i < head.size(); i++) {
            if (head.get(i).text().startsWith(FIELDS)) return i;
        }
        return -1;
    }

    /** The catalogue's fields of its own, about the page's copy: no title, no text, and no part of the citation. */
    private static final List<String> CATALOGUE_FIELDS = List.of(FIELDS, "Editorial comments:", "Importance ranking:",
            "Word count:", "Themes:");

    @Override
    public boolean chrome(String line) {
        if (Chrome.common(line) || line.startsWith("Archive (") && line.endsWith(")") && line.length() <= 60
                || line.equals("Personal and party papers, Cambridge")) {
            return true;
        }
        // the links the page sets under the catalogue's fields ("Other documents from this day", "Other documents from
        // this file") and its download button: where the page gives no text of the document, they stood as its text
        if (line.startsWith("Other documents from this ") || line.startsWith("Download this file")) return true;
        for (String field : CATALOGUE_FIELDS) {
            if (line.startsWith(field)) return true;
        }
        return false;
    }

    /** The line above the catalogue's fields: the page sets the document's title there, on one line. */
    @Override
    public Optional<String> title(List<Line> head) {
        int archive = archiveLine(head);
        int fields = archive < 0 ? -1 : fieldsLine(head, archive);
        for (int i = fields - 1; i > archive; i--) {
            String t = head.get(i).text().strip();
            if (!t.isEmpty() && !chrome(t)) return Optional.of(t); // the holder's line, where the page has no title
        }
        return Optional.empty();
    }

    /**
     * The text starts after the catalogue's last field and the links under it: the editors' comments between the fields
     * are the site's, and a page with no text of the document has none (a short comment, and the links "Other documents
     * from this day" after it, stood as the text). Where the fields' lines are not found, the generic reader's start.
     */
    @Override
    public int bodyStart(List<Line> head) {
        int archive = archiveLine(head);
        if (archive < 0 || fieldsLine(head, archive) < 0) return -1;
        int last = -1;
        for (int i = archive + 1; i < head.size(); i++) {
            String t = head.get(i).text();
            if (t.startsWith("Source: ")) last = i;
            for (String field : CATALOGUE_FIELDS) {
                if (t.startsWith(field)) last = i;
            }
        }
        int i = last + 1;
        while (i < head.size() && chrome(head.get(i).text())) i++;
        return i < head.size() ? head.get(i).start() : head.get(head.size() - 1).end();
    }

    /**
     * The kind the title names outside its asides: "USA: Charles Powell note for MT (USE London telegrams on Britain)" is
     * a note; the editors' brackets and parentheses say what it is about or encloses ("telegrams"), and made it a telegram.
     */
    @Override
    public Optional<String> kind(List<Line> head) {
        return title(head).map(ThatcherArchive::withoutAsides).map(t -> Kinds.of(t, List.of(), false));
    }

    /** The title without its parenthesised and bracketed asides ("(…)", "[…]"), which the site's editors add. */
    static String withoutAsides(String title) {
        StringBuilder out = new StringBuilder(title.length());
        int depth = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (depth == 0) out.append(c);
        }
        return out.toString();
    }

    /**
     * "Thatcher letter to Reagan", "Charles Powell note for MT", "MT draft letter to Reagan": the catalogue's titles name
     * the sender before the paper's kind and the addressee after "to" or "for", below the theme the site sets before a
     * colon ("Cold War: …"). The title's general readers found the addressee only, and no sender.
     */
    private static final Pattern SENDER_KIND_ADDRESSEE = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}) "
            + "(?:draft |private |personal )?(?:letter|note|message|minute|telegram|memo)s? (?:to|for) "
            + "(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})");

    /** The sender the title names before the paper's kind; empty where it names none (the generic readers then read it). */
    @Override
    public List<String> from(List<Line> head) {
        return titledParties(head).map(m -> List.of(m.group(1))).orElse(List.of());
    }

    /** The addressee of a title that names its sender ({@link #from}): asked only then. */
    @Override
    public List<String> to(List<Line> head) {
        return titledParties(head).map(m -> List.of(m.group(2))).orElse(List.of());
    }

    /** The title's words after its theme, outside the editors' asides, when they are "Sender kind to Addressee" whole. */
    private Optional<Matcher> titledParties(List<Line> head) {
        return title(head).map(ThatcherArchive::withoutAsides).map(t -> t.substring(t.lastIndexOf(": ") + 1).strip())
                .map(SENDER_KIND_ADDRESSEE::matcher).filter(Matcher::matches);
    }

    @Override
    public boolean titleOnOneLine() {
        return true;
    }

    /** "Source: THCR 1/10/117 f44": where the document is kept, the page's one reference to it. */
    @Override
    public Optional<String> sourceLine(List<Line> head) {
        for (Line l : head) {
            String t = l.text();
            if (t.startsWith("Source: ") && t.length() > 8) return Optional.of(t.substring(8).strip());
        }
        return Optional.empty();
    }
}
