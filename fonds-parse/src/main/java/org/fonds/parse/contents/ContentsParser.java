package org.fonds.parse.contents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;
import org.fonds.parse.text.Markup;
import org.fonds.parse.text.SourceText;
import org.fonds.parse.text.MappedText;

/** Reads the contents section: translation label, body, notes heading, notes and note markers. */
public final class ContentsParser {
    /** "Translation - English", "English Translation", "Translated from Russian into English", up to three. */
    private static final Pattern LANGUAGE_LABEL = Pattern.compile(
            "^[ \\n\\uE3FF]*(?:(Translation|Transcription|Transcript|Original|Translated)(?: *[-–—:] *| from \\p{L}+ (?:in)?to )"
                    + "(\\p{L}+)|(\\p{L}+) (Translation|Transcription|Transcript|Original)\\b)[ .:]*");
    /**
     * "Translator's Notes", "TRANSLATOR'S NOTE:", "Translators' Notes", "Translator’s Notes1", and "Translator Notes" without
     * the possessive (WCDA's older page, the Malin notes of 27 November 1956; probe 32).
     */
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "(?=[TtEe])(?<![\\p{L}\\[(])(?i:translator(?:['’`]?s['’]?)?|translators['’]?|editor['’]?s['’]?) (?i:(?:foot|end)?notes?)(?![\\p{L}]) ?:?");
    /** "Notes", "Endnotes" alone on a line. */
    private static final Pattern NOTES_LINE = Pattern.compile("\\uE3FF?(?:Notes|NOTES|Endnotes|Footnotes) ?:? ?(?=\\n|$)");

    private ContentsParser() {
    }

    /** Reads the contents section {@code src[from, to)}. */
    public static Contents parse(SourceText src, int from, int to) {
        return parse(src, from, to, false);
    }

    /** As {@link #parse(SourceText, int, int)}; with {@code lineParagraphs} each line of the body is a paragraph. */
    public static Contents parse(SourceText src, int from, int to, boolean lineParagraphs) {
        return parse(src, from, to, lineParagraphs, false);
    }

    /** As above; with {@code dottedFootnotes}, "1. …" lines ending the text are its footnotes (as FRUS sets them). */
    public static Contents parse(SourceText src, int from, int to, boolean lineParagraphs, boolean dottedFootnotes) {
        return parse(src, from, to, lineParagraphs, dottedFootnotes, false);
    }

    /** As above; with {@code indentedFootnotes}, only "1. …" lines the source indents are footnotes (FRUS's older sites). */
    public static Contents parse(SourceText src, int from, int to, boolean lineParagraphs, boolean dottedFootnotes,
                                 boolean indentedFootnotes) {
        MappedText flat = new MappedText(to - from + 64);
        Markup.appendLines(src, from, to, flat, Marks.HEADING);
        int bodyStart = 0;
        String language = null;
        Matcher label;
        for (int k = 0; k < 3 && mayBeLanguageLabel(flat, bodyStart)
                && (label = LANGUAGE_LABEL.matcher(flat).region(bodyStart, flat.length())).lookingAt(); k++) {
            String kind = label.group(1) != null ? label.group(1) : label.group(4);
            String lang = label.group(1) != null ? label.group(2) : label.group(3);
            if (kind.startsWith("Transl") && language == null) language = lang;
            bodyStart = label.end();
        }
        String text = flat.toString(); // once: the text is long, and every copy of it costs a pass
        int[] heading = notesHeading(flat, text, bodyStart);
        int bodyEnd = heading == null ? flat.length() : heading[0];
        List<Contents.NoteText> notes = heading == null ? List.of() : notes(flat, heading[1]);
        if (heading == null) {
            FootNotes.Trailing trailing = FootNotes.backLinked(flat, text, bodyStart, flat.length());
            if (trailing == null && dottedFootnotes) trailing = FootNotes.sourceLed(flat, text, bodyStart, flat.length());
            if (trailing == null) trailing = FootNotes.trailing(flat, bodyStart, flat.length(), dottedFootnotes, src.text(), indentedFootnotes);
            if (trailing == null) trailing = FootNotes.runIn(flat, text, bodyStart, flat.length());
            if (trailing != null) {
                bodyEnd = trailing.bodyEnd();
                notes = trailing.notes();
            }
        }
        int next = notes.stream().mapToInt(Contents.NoteText::n).max().orElse(0) + 1;
        List<Contents.NoteText> inline = FootNotes.inline(flat, text, bodyStart, bodyEnd, next);
        if (!inline.isEmpty()) {
            notes = new ArrayList<>(notes);
            notes.addAll(inline);
        }
        Set<Integer> numbers = new HashSet<>();
        notes.forEach(n -> numbers.add(n.n()));
        // FRUS glues its markers to the words: those found are marks already when the body is assembled
        MappedText glued = dottedFootnotes && heading == null && !numbers.isEmpty()
                ? GluedMarkers.mark(flat, bodyStart, bodyEnd, numbers, sourceNoteFirst(notes) ? 2 : 1) : null;
        if (glued != null) {
            flat = glued;
            bodyStart = 0;
            bodyEnd = glued.length();
        }
        // where FRUS's markers were glued on, a bracketed number is the text's own ("(1) and (2) seem more likely")
        NoteMarkers.Marking marking = new NoteMarkers.Marking(glued != null ? Set.of() : numbers, bodyStart);
        Layout body = ParagraphAssembler.assemble(flat, bodyStart, bodyEnd, lineParagraphs, marking);
        return new Contents(language, body.text(), body.paragraphs(), body.markers(), notes, marking.orphans(),
                heading != null, heading == null ? -1 : flat.originAt(heading[0]));
    }

    /** FRUS's note 1 "Source: …" is marked on the heading: the text's markers start at 2. */
    private static boolean sourceNoteFirst(List<Contents.NoteText> notes) {
        return !notes.isEmpty() && notes.get(0).n() == 1 && notes.get(0).text().length() > 7
                && notes.get(0).text().subSequence(0, 7).toString().equals("Source:");
    }

    private static final String[] LABEL_WORDS = {"Translation", "Transcription", "Transcript", "Original", "Translated"};

    /**
     * What {@link #LANGUAGE_LABEL} needs at {@code from}, past spaces and line breaks: a label word
     * first ("Translation - English"), or one word and a label word after it ("English Translation").
     * Most bodies open with neither, and a matcher per body was a fixed cost of every record.
     */
    private static boolean mayBeLanguageLabel(CharSequence text, int from) {
        int n = text.length();
        int k = from;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\n' || text.charAt(k) == Marks.HEADING)) k++;
        if (startsWithAny(text, k)) return true;
        int word = k;
        while (k < n && (Character.isLetter(text.charAt(k)) || Character.isSurrogate(text.charAt(k)))) k++;
        return k > word && k < n && text.charAt(k) == ' ' && startsWithAny(text, k + 1);
    }

    private static boolean startsWithAny(CharSequence text, int at) {
        for (String w : LABEL_WORDS) {
            if (regionIs(text, at, w)) return true;
        }
        return false;
    }

    private static boolean regionIs(CharSequence text, int at, String w) {
        if (at + w.length() > text.length()) return false;
        for (int i = 0; i < w.length(); i++) {
            if (text.charAt(at + i) != w.charAt(i)) return false;
        }
        return true;
    }

    /**
     * {start, end} of the notes heading: the first one followed by note 1, else the last one in the
     * text (a single unnumbered "Translator's Note:"), else null.
     */
    private static int[] notesHeading(MappedText flat, String text, int from) {
        List<int[]> candidates = new ArrayList<>();
        // every heading holds the word "note": look only around it, within its line
        Anchors.Scan notes = new Anchors.Scan(text, "note", "Note", "NOTE");
        if (notes.next(from) < 0) return null; // no "note" at all: no matcher set up
        Matcher heading = Anchors.matcher(NOTES_HEADING, text);
        Matcher line = Anchors.matcher(NOTES_LINE, text);
        int lastEnd = from;
        for (int p = notes.next(from); p >= 0; p = notes.next(p + 1)) {
            // bounded looks either side: a text on one long line must not make this quadratic
            int lineStart = p;
            while (lineStart > 0 && p - lineStart < 24 && text.charAt(lineStart - 1) != '\n') lineStart--;
            int lineEnd = p;
            while (lineEnd < text.length() && lineEnd - p < 24 && text.charAt(lineEnd) != '\n') lineEnd++;
            int regionStart = Math.max(lineStart, lastEnd);
            boolean atLineStart = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
            if (!atLineStart && !saysTranslatorOrEditor(text, regionStart, p)) continue; // "Working Notes": no heading
            heading.region(regionStart, Math.min(lineEnd, p + 12));
            if (heading.find()) {
                candidates.add(new int[] {heading.start(), heading.end()});
                lastEnd = heading.end();
            } else if (atLineStart && p - lineStart <= 12
                    && Anchors.matchesAt(line, Math.max(lineStart, from), lineEnd)) {
                candidates.add(new int[] {line.start(), line.end()});
                lastEnd = line.end();
            }
        }
        for (int[] c : candidates) {
            if (!NoteSplitter.split(flat, c[1], Math.min(flat.length(), c[1] + 64)).isEmpty()) return c;
        }
        // An unnumbered note ("Translator's Note: …") only under a heading that opens its line.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            int start = candidates.get(i)[0];
            if (start == 0 || flat.charAt(start - 1) == '\n' || flat.charAt(start - 1) == Marks.HEADING) {
                return candidates.get(i);
            }
        }
        return null;
    }

    /** Whether "translator" or "editor" (any case) stands in {@code text[from, to)}. */
    private static boolean saysTranslatorOrEditor(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == 't' || c == 'T') && text.regionMatches(true, i, "translator", 0, 10)) return true;
            if ((c == 'e' || c == 'E') && text.regionMatches(true, i, "editor", 0, 6)) return true;
        }
        return false;
    }

    private static List<Contents.NoteText> notes(MappedText flat, int from) {
        List<NoteSplitter.Piece> pieces = NoteSplitter.split(flat, from, flat.length());
        List<Contents.NoteText> notes = new ArrayList<>(pieces.size());
        if (pieces.isEmpty()) {
            Layout only = ParagraphAssembler.assemble(flat, from, flat.length());
            if (only.text().length() > 0) {
                notes.add(new Contents.NoteText(1, only.text(), only.text().originAt(0)));
            }
            return notes;
        }
        for (NoteSplitter.Piece p : pieces) {
            Layout text = ParagraphAssembler.assemble(flat, p.textStart(), p.end());
            notes.add(new Contents.NoteText(p.n(), text.text(), flat.originAt(p.numberStart())));
        }
        return notes;
    }
}
