package org.fonds.parse.header;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            "(?<![\\p{L}\\p{N}'’])(?:#{1,6} *)?(?:\\*\\*|__)?(" + Label.NAMES + ")(?:\\*\\*|__)? *:(?:\\*\\*|__)?");
    /** Label alone on its line, as a heading or in bold, without a colon. */
    private static final Pattern ALONE = Pattern.compile(
            "(?m)^ *(?:#{1,6} *)?(?:\\*\\*|__)?(" + Label.NAMES + ")(?:\\*\\*|__)? *$");
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
            Matcher t = TRANSLATION_LINE.matcher(text);
            if (!t.find()) return Optional.empty();
            contents = new Span(t.start(), text.length());
            header = labels.stream().filter(l -> l[0] < t.start()).toList();
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

    /** Each label as {start, end, nameStart, nameEnd}, in text order, up to the first Contents label. */
    private static List<int[]> findLabels(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher inline = INLINE.matcher(text);
        Matcher alone = ALONE.matcher(text);
        // Each matcher moves forward only, so the scan stays linear however many labels there are.
        int[] a = next(inline, 0);
        int[] b = next(alone, 0);
        while (a != null || b != null) {
            int[] label = a == null ? b : b == null ? a : (b[0] <= a[0] ? b : a);
            found.add(label);
            if (Label.of(text.substring(label[2], label[3])) == Label.CONTENTS) break;
            int from = label[1];
            if (a != null && a[0] < from) a = next(inline, from);
            if (b != null && b[0] < from) b = next(alone, from);
        }
        return found;
    }

    private static int[] next(Matcher m, int from) {
        if (from > m.regionEnd() || !m.find(from)) return null;
        return new int[] {m.start(), m.end(), m.start(1), m.end(1)};
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
