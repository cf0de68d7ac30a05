package org.fonds.parse.contents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.MappedText;

/**
 * Notes set without a "Translator's Notes" heading: footnotes at the end of the text, one to a line
 * ("[1] Translator's Note: Malin mistakenly…"; in FRUS "  1. Director of…"), and a translator's note
 * in brackets inside the text ("[Translator note: “special folder” – …]"), which stays in the text
 * where it stands and is listed among the notes after the numbered ones.
 */
final class FootNotes {
    private static final Pattern BRACKETED = Pattern.compile(" {0,4}\\[(\\d{1,3})\\] ?(\\S.*)");
    private static final Pattern DOTTED = Pattern.compile(" {0,4}(\\d{1,3})\\. (\\p{Lu}.*)");
    /** FRUS pages copied as text: "1 Source: Department of State, …", the number without its stop. */
    private static final Pattern UNDOTTED = Pattern.compile(" {0,4}(\\d{1,3}) (\\p{Lu}.*)");
    /** A "N. " line opening in lower case: a note only where the source indents it ({@link #indentedLower}). */
    private static final Pattern LOWER = Pattern.compile("(\\d{1,3})\\. (\\p{Ll}.*)");
    /** The indent of history.state.gov's list of footnotes in a saved page: two to four spaces. */
    private static final int MIN_INDENT = 2;
    private static final int MAX_INDENT = 4;
    private static final Pattern INLINE = Pattern.compile("\\[(?i:translator(?:['’]s)? note|trans(?:lator)?\\.? note): ?([^\\]\\n]{1,2000})\\]");

    /** history.state.gov's return link: each footnote of a saved page ends with it ("- Source: …↩"). */
    static final char BACK_LINK = '↩';
    /** FRUS's first footnote, "1. Source: Department of State, …": the source of the document, the notes' start. */
    private static final Pattern SOURCE_NOTE = Pattern.compile(" {0,4}1\\. Source: .*");

    /** Footnotes found and where the text before them ends. */
    record Trailing(int bodyEnd, List<Contents.NoteText> notes) {
    }

    private FootNotes() {
    }

    /** The run of footnote lines that ends {@code flat[from, to)}, or null; {@code dotted} also takes "1. …" lines. */
    static Trailing trailing(MappedText flat, int from, int to, boolean dotted) {
        return trailing(flat, from, to, dotted, null);
    }

    /**
     * As above; with {@code source} (the text {@code flat} was made from), a "N. " line of FRUS's opening in lower case
     * is a note too where the source indents it as history.state.gov lists its footnotes ("  2. i. e., the agreement
     * regarding …", FRUS 1945's Berlin volume): no numbered point of a text opens in lower case under an indent.
     */
    static Trailing trailing(MappedText flat, int from, int to, boolean dotted, String source) {
        return trailing(flat, from, to, dotted, source, false);
    }

    /**
     * As above; with {@code indentedOnly}, a "N. " line is a note only where the source indents it: the older FRUS sites
     * set their notes in slashes ("/1/Source: …" above the text), and a page that copies one keeps history.state.gov's
     * indented footnotes, if any, under the text's own numbered points ("1. Dubcek regime can take …"), which are text.
     */
    static Trailing trailing(MappedText flat, int from, int to, boolean dotted, String source, boolean indentedOnly) {
        List<int[]> lines = new ArrayList<>(); // {start, end} from the last line backwards
        int end = to;
        while (end > from) {
            int start = end;
            while (start > from && flat.charAt(start - 1) != '\n') start--;
            String line = flat.subSequence(start, end).toString();
            if (!line.isBlank()) {
                if (!BRACKETED.matcher(line).matches() && !(dotted && (!indentedOnly || indented(flat, start, source))
                        && (DOTTED.matcher(line).matches() || UNDOTTED.matcher(line).matches() || indentedLower(flat, start, line, source)))) break;
                lines.add(0, new int[] {start, end});
            }
            end = start - 1;
        }
        if (lines.isEmpty() || lines.size() > 50) return null;
        List<Contents.NoteText> notes = new ArrayList<>();
        for (int[] l : lines) {
            String line = flat.subSequence(l[0], l[1]).toString();
            Matcher m = BRACKETED.matcher(line);
            if (!m.matches()) m = DOTTED.matcher(line);
            if (!m.matches()) m = UNDOTTED.matcher(line);
            if (!m.matches() && dotted) m = LOWER.matcher(line);
            if (!m.matches()) return null;
            int textStart = l[0] + m.start(2);
            Layout text = ParagraphAssembler.assemble(flat, textStart, l[1]);
            notes.add(new Contents.NoteText(Integer.parseInt(m.group(1)), text.text(), flat.originAt(l[0])));
        }
        // a telegram's own number opens its only paragraph ("133. What I had in mind …"): one note alone counts low;
        // FRUS's notes count from the source note, 1, so there a lone "5. I discussed …" is the text's fifth point
        if (notes.size() == 1 && notes.get(0).n() > (dotted ? 1 : MAX_LONE_NOTE)) return null;
        // a bare number opens many a line of text ("2 divisions crossed…"): taken only as notes counting 1, 2, 3…
        if (undotted(flat, lines) && !countsFromOne(notes)) return null;
        if (dotted && goesOnFromPoint(flat, from, lines.get(0)[0], notes.get(0).n())) return null;
        return new Trailing(lines.get(0)[0], notes);
    }

    /** Whether {@code line} (at {@code start} of {@code flat}) opens "N. " in lower case under an indent of the source. */
    private static boolean indentedLower(MappedText flat, int start, String line, String source) {
        if (source == null || line.isEmpty() || !Character.isDigit(line.charAt(0)) || !LOWER.matcher(line).matches()) return false;
        return indented(flat, start, source);
    }

    /** Whether the source sets the line at {@code start} of {@code flat} under history.state.gov's footnote indent. */
    private static boolean indented(MappedText flat, int start, String source) {
        if (source == null) return false;
        int origin = flat.originAt(start);
        int spaces = 0;
        while (origin - spaces - 1 >= 0 && spaces <= MAX_INDENT && source.charAt(origin - spaces - 1) == ' ') spaces++;
        boolean lineStart = origin - spaces == 0 || source.charAt(origin - spaces - 1) == '\n';
        return lineStart && spaces >= MIN_INDENT && spaces <= MAX_INDENT;
    }

    /**
     * Whether a run of "N. " lines that starts at {@code n} > 1 goes on from the text's own numbered point n-1 above it
     * ("2. I used the occasion …", "[Page 1095]", then "3. Both leaders …" to the end: a FRUS 1981-88 telegram whose
     * excerpt stops before the page's footnotes). Those lines are the text's points, which the notes' numbers would have
     * taken from it. One pass back over the text's line starts.
     */
    private static boolean goesOnFromPoint(MappedText flat, int from, int runStart, int n) {
        if (n <= 1) return false;
        String point = (n - 1) + ". ";
        for (int i = runStart - 1; i >= from; i--) {
            if ((i == from || flat.charAt(i - 1) == '\n') && startsWith(flat, i, point)) return true;
        }
        return false;
    }

    private static boolean startsWith(MappedText flat, int at, String s) {
        if (at + s.length() > flat.length()) return false;
        for (int k = 0; k < s.length(); k++) {
            if (flat.charAt(at + k) != s.charAt(k)) return false;
        }
        return true;
    }

    /**
     * Footnotes saved from a web page with their return links (history.state.gov): each note runs to its "↩", the
     * first begins on the line of the first "↩", a lone list dash opens a note whose text starts on the next line
     * ("-" then the paragraphs of a long note), and the notes count 1, 2, 3… as the page numbers them. The last note
     * may lack its arrow where the page was cut. Null where {@code flat[from, to)} holds no "↩".
     */
    static Trailing backLinked(MappedText flat, String whole, int from, int to) {
        int arrow = whole.indexOf(BACK_LINK, from);
        if (arrow < 0 || arrow >= to) return null;
        int first = lineStart(whole, from, arrow);
        if (first == from) return null; // nothing before the notes: no text they could belong to
        List<Contents.NoteText> notes = new ArrayList<>();
        int start = first;
        while (start < to && notes.size() < MAX_BACK_LINKED) {
            int end = whole.indexOf(BACK_LINK, start);
            if (end < 0 || end > to) end = to;
            int textStart = skipDashLine(whole, start, end);
            Layout text = ParagraphAssembler.assemble(flat, textStart, end);
            if (text.text().length() > 0) {
                notes.add(new Contents.NoteText(notes.size() + 1, text.text(), flat.originAt(textStart)));
            }
            start = end + 1;
        }
        return notes.isEmpty() ? null : new Trailing(first, notes);
    }

    /** How many notes run in after the text are read. */
    private static final int MAX_RUN_IN = 50;

    /**
     * Notes run in after the text on its last line, each opening "[n] Translator’s Note:" ("… Compose a letter to
     * Castro. [1] Translator’s Note: Khrushchev headed …", WCDA's 2013-2020 page of a Presidium protocol with its text
     * run together): read from the first "[1]" of that form whose marker stands earlier in the text, each to the next
     * number's. Null when there is none.
     */
    static Trailing runIn(MappedText flat, String whole, int from, int to) {
        int one = whole.indexOf(" [1] Translator", from);
        if (one < 0 || one >= to || !noteLabel(whole, one + " [1] Translator".length()) || whole.lastIndexOf("[1]", one - 1) < from) {
            return null;
        }
        List<Contents.NoteText> notes = new ArrayList<>();
        int start = one + 1;
        for (int n = 1; n <= MAX_RUN_IN; n++) {
            String nextOpening = " [" + (n + 1) + "] Translator";
            int next = whole.indexOf(nextOpening, start);
            boolean more = next >= 0 && next < to && noteLabel(whole, next + nextOpening.length());
            int end = more ? next : to;
            int textStart = start + ("[" + n + "] ").length();
            Layout text = ParagraphAssembler.assemble(flat, textStart, end);
            notes.add(new Contents.NoteText(n, text.text(), flat.originAt(textStart)));
            if (!more) break;
            start = next + 1;
        }
        return new Trailing(one, notes);
    }

    /** Whether "’s Note:" (or with a straight apostrophe) follows at {@code at}. */
    private static boolean noteLabel(String whole, int at) {
        return whole.startsWith("’s Note:", at) || whole.startsWith("'s Note:", at);
    }

    private static final int MAX_BACK_LINKED = 200;
    /** The highest number a footnote standing alone may have: a page cut after its ninth note is rare, a numbered paragraph not. */
    private static final int MAX_LONE_NOTE = 9;

    /** Where the line holding {@code at} starts, no earlier than {@code from}. */
    private static int lineStart(String s, int from, int at) {
        int i = at;
        while (i > from && s.charAt(i - 1) != '\n') i--;
        return i;
    }

    /** Past blank lines and a lone list dash ("-", left by the page's list of notes) at {@code start}. */
    private static int skipDashLine(String s, int start, int end) {
        int i = start;
        while (i < end && (s.charAt(i) == '\n' || s.charAt(i) == ' ')) i++;
        if (i < end && s.charAt(i) == '-' && (i + 1 == end || s.charAt(i + 1) == '\n')) i++;
        return i;
    }

    /**
     * FRUS's numbered footnotes when a note runs on to paragraphs of its own ("3. In telegram 1300 …" then "In his
     * memoirs, …"): they start at the last "1. Source: …" line, each "N. " line counting on from it opens the next
     * note, and any other line carries on the note before it. Null where no "1. Source:" line stands.
     */
    static Trailing sourceLed(MappedText flat, String whole, int from, int to) {
        int at = whole.lastIndexOf("1. Source: ", to);
        if (at < from) return null;
        int first = lineStart(whole, from, at);
        if (first == from || !SOURCE_NOTE.matcher(whole.substring(first, lineEnd(whole, first, to))).matches()) return null;
        List<int[]> starts = new ArrayList<>(); // {number line start, text start}
        for (int line = first; line < to; line = lineEnd(whole, line, to) + 1) {
            String text = whole.substring(line, lineEnd(whole, line, to));
            Matcher m = DOTTED.matcher(text);
            if (m.matches() && Integer.parseInt(m.group(1)) == starts.size() + 1) starts.add(new int[] {line, line + m.start(2)});
        }
        List<Contents.NoteText> notes = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : to;
            Layout text = ParagraphAssembler.assemble(flat, starts.get(k)[1], end);
            notes.add(new Contents.NoteText(k + 1, text.text(), flat.originAt(starts.get(k)[0])));
        }
        return new Trailing(first, notes);
    }

    /** Where the line starting at {@code start} ends (its line break, or {@code to}). */
    private static int lineEnd(String s, int start, int to) {
        int nl = s.indexOf('\n', start);
        return nl < 0 || nl > to ? to : nl;
    }

    private static boolean undotted(MappedText flat, List<int[]> lines) {
        for (int[] l : lines) {
            String line = flat.subSequence(l[0], l[1]).toString();
            if (!BRACKETED.matcher(line).matches() && !DOTTED.matcher(line).matches()) return true;
        }
        return false;
    }

    private static boolean countsFromOne(List<Contents.NoteText> notes) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).n() != i + 1) return false;
        }
        return true;
    }

    /**
     * Bracketed translator's notes in {@code flat[from, to)}, numbered on from {@code next};
     * {@code whole} is {@code flat} as a string (made once by the caller).
     */
    static List<Contents.NoteText> inline(MappedText flat, String whole, int from, int to, int next) {
        List<Contents.NoteText> notes = new ArrayList<>();
        // the regex runs only where a bracket opens "[Trans…" or "[trans…": a cheap literal first, on the text already made
        if (!within(whole, "[Trans", from, to) && !within(whole, "[trans", from, to) && !within(whole, "[TRANS", from, to)) {
            return notes;
        }
        String text = flat.subSequence(from, to).toString();
        Matcher m = INLINE.matcher(text);
        while (m.find()) {
            Layout note = ParagraphAssembler.assemble(flat, from + m.start(1), from + m.end(1));
            notes.add(new Contents.NoteText(next++, note.text(), flat.originAt(from + m.start())));
        }
        return notes;
    }

    /** Whether {@code literal} stands wholly inside {@code text[from, to)}. */
    private static boolean within(String text, String literal, int from, int to) {
        int at = text.indexOf(literal, from);
        return at >= 0 && at + literal.length() <= to;
    }
}
