package org.fonds.parse.header;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/**
 * Splits an export into its title block, labelled header sections and contents. Labels come bold
 * ("**Citation:**"), plain ("Citation:"), as markdown headings ("#### Summary") or run together on
 * one line ("Citation: … Summary: … Contents: English Translation …"). Only text before the
 * Contents label is searched for labels: the contents may say "Source:" in passing.
 */
public final class Sections {
    /** A span [start, end) of the source. */
    public record Span(int start, int end) {
        public boolean isEmpty() {
            return end <= start;
        }
    }

    /** Label with a colon, anywhere a word starts. */
    private static final Pattern INLINE = Pattern.compile(
            "(?=[#*_A-Z])(?<![\\p{L}\\p{N}'’])(?:#{1,6} *)?(?:\\*\\*|__)?(" + Label.NAMES + ")(?:\\*\\*|__)? *:(?:\\*\\*|__)?");
    /** Label alone on its line, as a heading or in bold, without a colon (tried at line starts only). */
    static final Pattern ALONE = Pattern.compile(
            " *(?:#{1,6} *)?(?:\\*\\*|__)?(" + Label.NAMES + ")(?:\\*\\*|__)? *(?=\\n|$)");
    /** "Translation - English" or "English Translation" alone on a line: contents without a label. */
    private static final Pattern TRANSLATION_LINE = Pattern.compile(
            "(?m)^ *(?:\\*\\*)?(?:Translation *[-–—:] *\\p{L}+|\\p{L}+ Translation)(?:\\*\\*)? *$");

    private final Span titleBlock;
    private final Map<Label, List<Span>> sections;
    private final Span contents;

    private Sections(Span titleBlock, Map<Label, List<Span>> sections, Span contents) {
        this.titleBlock = titleBlock;
        this.sections = sections;
        this.contents = contents;
    }

    /** The sections of {@code text}, or empty when it has no contents at all. */
    public static Optional<Sections> split(String text) {
        List<int[]> labels = findLabels(text);
        int contentsAt = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (Label.of(text.substring(labels.get(i)[2], labels.get(i)[3])) == Label.CONTENTS) {
                contentsAt = i;
                break;
            }
        }
        Span contents;
        List<int[]> header;
        if (contentsAt >= 0) {
            contents = new Span(labels.get(contentsAt)[1], text.length());
            header = labels.subList(0, contentsAt);
        } else {
            int translation = translationLine(text);
            int start = translation >= 0 ? translation : afterLastLabelParagraph(text, labels);
            if (start < 0) return Optional.empty();
            contents = new Span(start, text.length());
            header = labels.stream().filter(l -> l[0] < start).toList();
        }
        int headerEnd = contentsAt >= 0 ? labels.get(contentsAt)[0] : contents.start();
        Map<Label, List<Span>> sections = new EnumMap<>(Label.class);
        for (int i = 0; i < header.size(); i++) {
            int[] l = header.get(i);
            int end = i + 1 < header.size() ? header.get(i + 1)[0] : headerEnd;
            Label label = Label.of(text.substring(l[2], l[3]));
            sections.computeIfAbsent(label, k -> new ArrayList<>()).add(new Span(l[1], end));
        }
        Span title = new Span(0, header.isEmpty() ? headerEnd : header.get(0)[0]);
        return Optional.of(new Sections(title, sections, contents));
    }

    /**
     * The start of the first "Translation - English" or "English Translation" line, or -1. The
     * pattern is tried only at the start of a line holding "Translation": a {@code find()} tried
     * every position of texts without a Contents label.
     */
    private static int translationLine(String text) {
        Matcher t = Anchors.matcher(TRANSLATION_LINE, text);
        int tried = -1;
        for (int p = text.indexOf("Translation"); p >= 0; p = text.indexOf("Translation", p + 1)) {
            int lineStart = p == 0 ? 0 : text.lastIndexOf('\n', p - 1) + 1;
            if (lineStart == tried) continue;
            tried = lineStart;
            if (Anchors.matchesAt(t, lineStart, text.length())) return t.start();
        }
        return -1;
    }

    /**
     * Where the contents begin when no label says so: after the paragraph that follows the last
     * header label (the body "simply follows the summary"), or -1 when there are no such labels.
     * Only labels in the first lines count: a "Source:" deep in a text is the text's own.
     */
    private static int afterLastLabelParagraph(String text, List<int[]> labels) {
        int last = -1;
        for (int[] l : labels) {
            Label label = Label.of(text.substring(l[2], l[3]));
            if (l[0] <= HEADER_REACH && (label == Label.SUMMARY || label == Label.CITATION || label == Label.ORIGINAL_LANGUAGE
                    || label == Label.ABSTRACT)) {
                last = l[1];
            }
        }
        if (last < 0) return -1;
        int i = last;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '*')) i++;
        int blank = text.indexOf("\n\n", i);
        if (blank < 0) return -1;
        while (blank < text.length() && text.charAt(blank) == '\n') blank++;
        return blank < text.length() ? blank : -1;
    }

    /** How far into a text a header label may stand. */
    private static final int HEADER_REACH = 8000;

    /** Each label as {start, end, nameStart, nameEnd}, in text order, up to the first Contents label. */
    private static List<int[]> findLabels(String text) {
        List<int[]> found = new ArrayList<>();
        Colons inline = new Colons(text, Anchors.matcher(INLINE, text));
        LineStarts alone = new LineStarts(text, Anchors.matcher(ALONE, text));
        // Each search moves forward only, so the scan stays linear however many labels there are.
        int[] a = inline.next(0);
        while (true) {
            int[] b = alone.next(a == null ? text.length() : a[0]);
            int[] label = b != null ? b : a;
            if (label == null) break;
            found.add(label);
            if (Label.of(text.substring(label[2], label[3])) == Label.CONTENTS) break;
            alone.skipTo(label[1]);
            if (a != null && a[0] < label[1]) a = inline.next(label[1]);
        }
        return found;
    }

    /**
     * Whether the line {@code text[from, to)} ends, spaces and a closing "**" or "__" aside, with the last word
     * of a label name: {@link #ALONE} ends so, and its alternation of names is tried only then.
     */
    static boolean endsWithLastWord(String text, int from, int to) {
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') end--;
        if (end - 2 >= from && (text.startsWith("**", end - 2) || text.startsWith("__", end - 2))) end -= 2;
        int word = end;
        while (word > from && end - word <= MAX_LAST_WORD && Character.isLetter(text.charAt(word - 1))) word--;
        return word < end && end - word <= MAX_LAST_WORD && Label.LAST_WORDS.contains(text.substring(word, end));
    }

    private static final int MAX_LAST_WORD = "Organizations".length();

    /** Tries a pattern at each line start in turn, never twice at the same line. */
    private static final class LineStarts {
        private static final int MAX_ALONE_SIGNS = 6 + 4 + "AssociatedPeopleandOrganizations".length();
        private final String text;
        private final Matcher m;
        private int cursor;

        LineStarts(String text, Matcher m) {
            this.text = text;
            this.m = m;
        }

        /** The next match at a line start before {@code limit}, or null; the cursor stays on it. */
        int[] next(int limit) {
            while (cursor >= 0 && cursor < limit) {
                int lineEnd = text.indexOf('\n', cursor);
                int end = lineEnd < 0 ? text.length() : lineEnd;
                if (fewSigns(text, cursor, end) && endsWithLastWord(text, cursor, end) && Anchors.matchesAt(m, cursor, end)) {
                    return new int[] {m.start(), m.end(), m.start(1), m.end(1)};
                }
                cursor = lineEnd < 0 ? -1 : lineEnd + 1;
            }
            return null;
        }

        /**
         * Whether {@code text[from, to)} has no more signs (not spaces) than a label alone on its line
         * can: six hashes, two pairs of stars and the longest name. Most lines have more, told
         * without trying the pattern.
         */
        private static boolean fewSigns(String text, int from, int to) {
            int signs = 0;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) != ' ' && ++signs > MAX_ALONE_SIGNS) return false;
            }
            return true;
        }

        void skipTo(int offset) {
            while (cursor >= 0 && cursor < offset) {
                int lineEnd = text.indexOf('\n', cursor);
                cursor = lineEnd < 0 ? -1 : lineEnd + 1;
            }
        }
    }

    /** Tries a "Label:" pattern just before each colon: a label with a colon holds one, within a few chars. */
    private static final class Colons {
        private static final int MAX_LABEL = 48;
        private final String text;
        private final Matcher m;

        Colons(String text, Matcher m) {
            this.text = text;
            this.m = m;
        }

        int[] next(int from) {
            for (int c = text.indexOf(':', from); c >= 0; c = text.indexOf(':', c + 1)) {
                if (!afterLabelWord(c)) continue;
                m.region(Math.max(from, c - MAX_LABEL), Math.min(text.length(), c + 3));
                while (m.find()) {
                    if (m.end() > c) return new int[] {m.start(), m.end(), m.start(1), m.end(1)};
                }
            }
            return null;
        }

        /** Whether the word before the colon (markup aside) is the last word of some label. */
        private boolean afterLabelWord(int colon) {
            int end = colon;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '*' || text.charAt(end - 1) == '_')) end--;
            int start = end;
            while (start > 0 && end - start < 14 && Character.isLetter(text.charAt(start - 1))) start--;
            return start < end && Label.LAST_WORDS.contains(text.substring(start, end));
        }
    }

    public Span titleBlock() {
        return titleBlock;
    }

    public Span contents() {
        return contents;
    }

    public List<Span> all(Label label) {
        return sections.getOrDefault(label, List.of());
    }

    public Optional<Span> first(Label label) {
        return all(label).stream().findFirst();
    }
}
