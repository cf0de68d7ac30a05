package org.fonds.parse.contents;

import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.text.MappedText;
import org.fonds.record.NoteMarker;

/**
 * Joins cleaned lines into paragraphs: lines of one paragraph with a space, paragraphs with a
 * blank line, except where a page break split a sentence ("send the\n\nfamilies."), which is
 * rejoined. Accepted note markers (see {@link Marks}) are taken out here and their offsets
 * recorded, with the space around them mended ("families.(8)Reconsider" reads "families. Reconsider").
 */
final class ParagraphAssembler {
    /** A paragraph ending in a lowercase word is a page-break split only if it is longer than a heading. */
    private static final int MIN_SPLIT_PARAGRAPH = 60;
    /** How far back an editor's bracketed aside may open. */
    private static final int MAX_ASIDE = 80;

    private ParagraphAssembler() {
    }

    static Layout assemble(MappedText in, int from, int to) {
        return assemble(in, from, to, false);
    }

    /** With {@code lineParagraphs}, each line is a paragraph (a text whose paragraphs are not set apart by blank lines). */
    static Layout assemble(MappedText in, int from, int to, boolean lineParagraphs) {
        return new ParagraphAssembler.Run(in, to - from, lineParagraphs, null).run(from, to);
    }

    /**
     * As above, taking out the note markers {@code marking} accepts as it goes: one pass over the
     * body and one buffer, where marking and joining were two of each.
     */
    static Layout assemble(MappedText in, int from, int to, boolean lineParagraphs, NoteMarkers.Marking marking) {
        return new ParagraphAssembler.Run(in, to - from, lineParagraphs, marking).run(from, to);
    }

    /** One pass over the input; the fields are the state between chars. */
    private static final class Run {
        private final MappedText in;
        private final MappedText out;
        private final List<NoteMarker> markers = new ArrayList<>();
        private final List<Layout.Paragraph> paragraphs = new ArrayList<>();
        private int paraStart = -1;
        private boolean paraHeading;
        private boolean pendingBreak; // a blank line (or a heading's end) since the last text
        private boolean pendingSpace; // a line break inside a paragraph
        private boolean afterMarker;
        private boolean lineStart = true;
        private boolean inHeadingLine;
        private final boolean lineParagraphs;
        private final NoteMarkers.Marking marking;
        /** Where the current line's text starts in the output, and whether it has had its first char yet. */
        private int lineOutStart = -1;
        private boolean lineFirst = true;
        private int end;

        Run(MappedText in, int capacity, boolean lineParagraphs, NoteMarkers.Marking marking) {
            this.in = in;
            this.out = new MappedText(capacity);
            this.lineParagraphs = lineParagraphs;
            this.marking = marking;
        }

        Layout run(int from, int to) {
            end = to;
            for (int i = from; i < to; i++) {
                int markerEnd = marking == null ? -1 : marking.acceptedAt(in, i, to);
                if (markerEnd >= 0) {
                    step(Marks.marker(marking.number()), i); // the marker's origin is its first char's
                    i = markerEnd - 1;
                    continue; // after a marker nothing is copied in bulk
                }
                step(in.charAt(i), i);
                if (lineStart || afterMarker || pendingBreak || pendingSpace || paraStart < 0) continue;
                // inside a line with nothing pending: copy the plain chars that follow in one go
                // (stopping where a marker may start, if markers are taken out)
                int j = in.plainRunEnd(i + 1, to, marking != null);
                out.append(in, i + 1, j);
                i = j - 1;
            }
            close();
            return new Layout(out, markers, paragraphs);
        }

        private void step(char c, int i) {
            if (c == '\n') {
                if (inHeadingLine) {
                    pendingBreak = true;
                    inHeadingLine = false;
                } else if (lineStart) {
                    if (paraStart >= 0) pendingBreak = true;
                } else if (lineParagraphs && paraStart >= 0) {
                    pendingBreak = true;
                } else if (paraStart >= 0 && namesOnBothLines(i)) {
                    pendingBreak = true; // those present, one a line: each stays a paragraph a list reader can read
                } else {
                    pendingSpace = true;
                }
                lineStart = true;
                lineFirst = true;
                return;
            }
            if (c == Marks.HEADING) {
                open(true, i);
                inHeadingLine = true;
                lineStart = false;
                return;
            }
            if (lineStart && c == ' ') return;
            lineStart = false;
            if (Marks.isMarker(c)) {
                if (paraStart < 0) open(false, i);
                out.trimEnd();
                markers.add(new NoteMarker(Marks.markerNumber(c), out.length()));
                afterMarker = true;
                return;
            }
            if (paraStart < 0) {
                open(false, i);
            } else if (pendingBreak) {
                if (isPageBreakSplit(out, paraStart, paraHeading, afterMarker, c)) {
                    pendingSpace = true;
                    pendingBreak = false;
                } else {
                    open(false, i);
                }
            }
            if (pendingSpace || (afterMarker && needsSpaceAfterMarker(out, c))) {
                if (out.length() > paraStart && out.lastChar() != ' ') out.append(' ', in.originAt(i));
                pendingSpace = false;
            }
            afterMarker = false;
            if (c == ' ' && (out.length() == paraStart || out.lastChar() == ' ')) return;
            if (lineFirst) {
                lineOutStart = out.length();
                lineFirst = false;
            }
            out.append(c, in.originAt(i));
        }

        /**
         * Whether the line ending at the break {@code i} and the line after it each read as a name and its post
         * ({@link NameLines}): asked only of short lines, at a line break inside a paragraph.
         */
        private boolean namesOnBothLines(int i) {
            if (lineOutStart < paraStart || out.length() - lineOutStart > 100) return false;
            int next = i + 1;
            int stop = next;
            while (stop < end && stop - next <= 100 && in.charAt(stop) != '\n') stop++;
            if (stop - next > 100) return false;
            return NameLines.reads(out, lineOutStart, out.length()) && NameLines.reads(in, next, stop);
        }

        /** Closes the open paragraph, if any, and opens a new one. */
        private void open(boolean heading, int i) {
            close();
            if (out.length() > 0) out.append('\n', in.originAt(i)).append('\n', in.originAt(i));
            paraStart = out.length();
            paraHeading = heading;
            pendingBreak = false;
            pendingSpace = false;
        }

        private void close() {
            out.trimEnd();
            if (paraStart < 0) return;
            if (out.length() > paraStart) {
                paragraphs.add(new Layout.Paragraph(paraStart, out.length(), paraHeading));
            } else if (paraStart >= 2 && !hasMarkerAt(paraStart)) {
                out.setLength(paraStart - 2); // an empty paragraph (a lone heading mark): drop its separator
            }
            paraStart = -1;
        }

        private boolean hasMarkerAt(int offset) {
            return !markers.isEmpty() && markers.get(markers.size() - 1).offset() >= offset;
        }
    }

    private static boolean needsSpaceAfterMarker(MappedText out, char next) {
        char prev = out.lastChar();
        return prev != '\0' && prev != ' ' && prev != '\n'
                && (Character.isLetterOrDigit(next) || next == '“' || next == '"' || next == '(');
    }

    /** Whether a blank line between the open paragraph and {@code next} is a page break inside a sentence. */
    private static boolean isPageBreakSplit(MappedText out, int paraStart, boolean heading, boolean endsOnMarker,
                                            char next) {
        if (heading) return false;
        int end = out.length();
        if (end <= paraStart) return false;
        char last = out.charAt(end - 1);
        char beforeQuote = (last == '”' || last == '"' || last == '’') && end - 2 >= paraStart ? out.charAt(end - 2) : last;
        if (beforeQuote == ',' || beforeQuote == ';') return true;
        if (openBracket(out, paraStart)) return true;
        if (Character.isLowerCase(next) && (Character.isLetterOrDigit(last) || last == '-' || last == '—')) return true;
        if (endsWithWord(out, paraStart, "Cde.") || endsWithWord(out, paraStart, "Cdes.")) return true;
        // "…particularly\n\nCzechoslovakia": a long paragraph stopping on a lowercase word; a name
        // ("…Konev, Serov\n\nOn the Situation") or a note marker ends a list or a sentence instead.
        return Character.isUpperCase(next) && end - paraStart >= MIN_SPLIT_PARAGRAPH && !endsOnMarker
                && lastWordIsLowercase(out, paraStart);
    }

    /**
     * An editor's aside still open at the line's end ("…, [ALP CC Member and Ministerial Council"), or
     * closed there after a list's comma, before the name it describes ("…, [Soviet First Deputy Premier
     * Anastas I.]" / "Mikoyan, …"): a hard wrap inside a list item, not a paragraph's end.
     */
    private static boolean openBracket(MappedText out, int paraStart) {
        int last = out.length() - 1;
        for (int k = last; k >= paraStart && out.length() - k <= MAX_ASIDE; k--) {
            char c = out.charAt(k);
            if (c == ']' && k != last) return false;
            if (c == '[') {
                if (out.charAt(last) != ']') return true;
                int before = k - 1;
                if (before >= paraStart && out.charAt(before) == ' ') before--;
                return before >= paraStart && (out.charAt(before) == ',' || out.charAt(before) == ':');
            }
        }
        return false;
    }

    private static boolean lastWordIsLowercase(MappedText out, int paraStart) {
        int k = out.length() - 1;
        while (k > paraStart && out.charAt(k - 1) != ' ') k--;
        for (int i = k; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c) && Character.isLetter(out.lastChar());
        }
        return false;
    }

    private static boolean endsWithWord(MappedText out, int paraStart, String word) {
        int n = out.length();
        if (n - paraStart < word.length()) return false;
        for (int k = 0; k < word.length(); k++) {
            if (out.charAt(n - word.length() + k) != word.charAt(k)) return false;
        }
        int before = n - word.length() - 1;
        return before < paraStart || out.charAt(before) == ' ';
    }
}
