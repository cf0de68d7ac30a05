package org.fonds.parse.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fonds.parse.text.Anchors;

/**
 * Reads the block the archive's current page ends with, from the text's last lines only (read once,
 * from the end, so the cost does not grow with the text): "Document Information", then labels each
 * alone on its line with its value on the lines after it ("Source", "Original Archive", "Original
 * Language", "Rights", "Type", "Record ID", "Subjects Discussed" …), any of them empty; and the long
 * unlabelled paragraph just before the block, which is the summary.
 */
public final class DocumentInformation {
    /** How many non-blank lines from the end are read: the block, its summary, and room for long subject lists. */
    public static final int TAIL_LINES = 60;
    private static final String HEADING = "document information";
    /** The block's labels, folded; a line that is one of them (a colon allowed) opens a value. */
    static final Set<String> LABELS = Set.of(HEADING, "source", "sources", "citation", "original archive",
            "original language", "original languages", "language", "languages", "rights", "type", "record id",
            "subjects discussed", "associated people & organizations", "associated people and organizations",
            "associated people", "associated organizations", "associated places", "associated topics", "topics",
            "original uploaded date", "uploaded date", "date", "title", "author(s)", "authors", "author",
            "related documents");
    /** An export's labels alone on a line: the text after them is the export's contents, no page's block. */
    static final Set<String> CONTENTS_LABELS = Set.of("contents", "content", "summary");
    /** Labels that may open the block where no "Document Information" heading stands. */
    private static final Set<String> OPENERS = Set.of("source", "sources", "citation", "original archive",
            "original language", "rights", "record id", "subjects discussed");
    private static final int MIN_SUMMARY = 80;
    /** The site's rights statement, which follows the block's heading on a page that prints no source. */
    private static final Anchors.Folded RIGHTS = new Anchors.Folded("welcomes reuse");
    /** What may stand around a label on its line: markup, spaces, the colon. */
    private static final String MARKS = "*#_: \t\r";
    private static final int LONGEST_LABEL = "associated people and organizations".length();

    private DocumentInformation() {
    }

    /**
     * Whether a label of the block stands alone on one of the text's last {@link #TAIL_LINES} lines, asked of the
     * raw text before any line is cleaned of markup: most texts end with none, and for them the tail is never read.
     * Only short lines are looked at, and only their ends are trimmed, so a text's long last lines cost a scan for
     * their line breaks. The scan stops at an export's "Contents" or "Summary" label: what follows it is an
     * export's text, and a block before it would be an export's header.
     */
    public static boolean mayEndWithBlock(String text) {
        int end = text.length();
        int seen = 0;
        while (end > 0 && seen < TAIL_LINES) {
            int nl = text.lastIndexOf('\n', end - 1);
            int start = nl + 1;
            int a = start;
            int b = end;
            while (a < b && MARKS.indexOf(text.charAt(a)) >= 0) a++;
            while (b > a && MARKS.indexOf(text.charAt(b - 1)) >= 0) b--;
            if (b > a) {
                seen++;
                if (b - a <= LONGEST_LABEL && mayBeLabel(text, a, b)) {
                    String folded = text.substring(a, b).toLowerCase(Locale.ROOT);
                    if (LABELS.contains(folded)) return true;
                    if (CONTENTS_LABELS.contains(folded)) return false;
                }
            }
            end = nl < 0 ? 0 : nl;
        }
        return false;
    }

    /** Bit n set: a label of {@link #LABELS} or {@link #CONTENTS_LABELS} is n chars long. */
    private static final long LABEL_LENGTHS = lengths();
    /** Bit n set: a label opens with the n-th letter of the alphabet. */
    private static final int LABEL_INITIALS = initials();

    /**
     * Whether the line's chars from {@code a} to {@code b} may fold to a label: as long as one, and opening with
     * one's initial, either case. Folding changes a length, or makes an ASCII letter, only from chars past ASCII
     * that fold to none of the labels' letters (the Kelvin sign folds to 'k', which none holds), so only what this
     * passes is copied and folded; before it, every short line of the last sixty was (a tenth of a generated
     * record's header time). {@code DocumentInformationTest} holds it to the fold on random lines.
     */
    static boolean mayBeLabel(CharSequence text, int a, int b) {
        int length = b - a;
        if (length >= 64 || (LABEL_LENGTHS & (1L << length)) == 0) return false;
        int initial = (text.charAt(a) | 0x20) - 'a';
        return initial >= 0 && initial < 26 && (LABEL_INITIALS & (1 << initial)) != 0;
    }

    private static long lengths() {
        long bits = 0;
        for (String label : LABELS) bits |= 1L << label.length();
        for (String label : CONTENTS_LABELS) bits |= 1L << label.length();
        return bits;
    }

    private static int initials() {
        int bits = 0;
        for (String label : LABELS) bits |= 1 << (label.charAt(0) - 'a');
        for (String label : CONTENTS_LABELS) bits |= 1 << (label.charAt(0) - 'a');
        return bits;
    }

    /** The block and its summary in {@code tail} (the text's last non-blank lines, in order), if the text ends with one. */
    public static Optional<Trailer> read(List<Line> tail) {
        int start = blockStart(tail);
        if (start < 0) return Optional.empty();
        Map<String, StringBuilder> values = values(tail, start);
        int summaryAt = start - 1;
        boolean summary = summaryAt >= 0 && isSummary(tail.get(summaryAt).text());
        String citation = value(values, "source", "sources", "citation");
        if (citation == null) citation = unlabelledSource(tail, start);
        return Optional.of(new Trailer(tail.get(start).start(), summary ? tail.get(summaryAt).start() : -1,
                summary ? tail.get(summaryAt).text() : "", citation,
                value(values, "original language", "original languages", "language", "languages")));
    }

    /** Whether the text's last lines hold the block: a "Document Information" heading, or two of its labels alone. */
    static boolean endsWithBlock(List<Line> tail) {
        return blockStart(tail) >= 0;
    }

    /**
     * The first line of the block: its heading, else the first opening label followed by another label. An
     * export's own label ("Summary:", "Contents:") after an opener says the opener was the export's header (a
     * short export's "Citation:" is among its last lines): the block, if any, comes after it.
     */
    private static int blockStart(List<Line> tail) {
        int opener = -1;
        int labels = 0;
        for (int i = 0; i < tail.size(); i++) {
            String text = tail.get(i).text();
            String label = label(text);
            if (label == null) {
                if (opener >= 0 && LabelledExport.hasLabel(text)) {
                    opener = -1;
                    labels = 0;
                }
                continue;
            }
            if (label.equals(HEADING)) return firstOfLabels(tail, i);
            if (opener < 0 && OPENERS.contains(label)) opener = i;
            if (opener >= 0) labels++;
        }
        return labels >= 2 ? opener : -1;
    }

    /**
     * The page sets some of its empty labels above the heading ("Author(s):", "Associated Places", "Subjects
     * Discussed", "Related Documents"): the block starts at the first of them, and the summary stands above that.
     */
    private static int firstOfLabels(List<Line> tail, int heading) {
        int first = heading;
        while (first > 0 && label(tail.get(first - 1).text()) != null) first--;
        return first;
    }

    /**
     * The source where the page prints it under the heading with no "Source" label ("AP RF, f. 45, op. 1, d. 334, l.
     * 141. Translated by …"): the lines just after the heading, up to a label or the site's rights statement
     * ("The History and Public Policy Program welcomes reuse of Digital Archive materials …"), which a page with no
     * source sets there.
     */
    private static String unlabelledSource(List<Line> tail, int start) {
        for (int i = start; i < tail.size() - 1; i++) {
            if (!HEADING.equals(label(tail.get(i).text()))) continue;
            StringBuilder source = new StringBuilder();
            for (int k = i + 1; k < tail.size(); k++) {
                String line = tail.get(k).text();
                if (label(line) != null || RIGHTS.isIn(line)) break;
                if (!source.isEmpty()) source.append(' ');
                source.append(line);
            }
            return source.isEmpty() ? null : source.toString();
        }
        return null;
    }

    /** Each label's value: the lines after it up to the next label, joined; a label with no lines has none. */
    private static Map<String, StringBuilder> values(List<Line> tail, int start) {
        Map<String, StringBuilder> values = new LinkedHashMap<>();
        StringBuilder current = null;
        for (int i = start; i < tail.size(); i++) {
            String text = tail.get(i).text();
            String label = label(text);
            if (label != null) {
                current = values.containsKey(label) ? null : new StringBuilder(); // the first of a label repeated counts
                if (current != null) values.put(label, current);
                continue;
            }
            String inline = inlineLabel(text);
            if (inline != null && !values.containsKey(inline)) {
                current = new StringBuilder(text.substring(text.indexOf(':') + 1).strip());
                values.put(inline, current);
                continue;
            }
            if (current != null) {
                if (!current.isEmpty()) current.append(' ');
                current.append(text);
            }
        }
        return values;
    }

    private static String value(Map<String, StringBuilder> values, String... labels) {
        for (String l : labels) {
            StringBuilder v = values.get(l);
            if (v != null && !v.toString().isBlank()) return v.toString().strip();
        }
        return null;
    }

    /** The label a line is, alone ("Source", "Source:", "#### Original Language"), folded; else null. */
    static String label(String line) {
        if (line.length() > 40) return null;
        String l = line.strip();
        while (l.startsWith("#")) l = l.substring(1).strip();
        if (l.endsWith(":")) l = l.substring(0, l.length() - 1).strip();
        l = l.toLowerCase(Locale.ROOT);
        return LABELS.contains(l) ? l : null;
    }

    /** "Source: TsKhSD, F. 3 …": an opening label and its value on one line. */
    private static String inlineLabel(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40) return null;
        String l = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return LABELS.contains(l) && !l.equals(HEADING) ? l : null;
    }

    /** A long paragraph that reads as the page's summary, not a note ("1 The protocol …") or a labelled line. */
    private static boolean isSummary(String text) {
        if (text.length() < MIN_SUMMARY || label(text) != null || inlineLabel(text) != null) return false;
        char first = text.charAt(0);
        // a summary may end without a full stop ("… criticizing Stalin"): only its start and length tell it
        if (Character.isDigit(first) || first == '(' || first == '[' || first == '*') return false;
        return !PageReader.citesArchive(text);
    }
}
