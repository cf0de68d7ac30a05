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
    private static final Pattern INLINE = Pattern.compile("\\[(?i:translator(?:['’]s)? note|trans(?:lator)?\\.? note): ?([^\\]\\n]{1,2000})\\]");

    /** Footnotes found and where the text before them ends. */
    record Trailing(int bodyEnd, List<Contents.NoteText> notes) {
    }

    private FootNotes() {
    }

    /** The run of footnote lines that ends {@code flat[from, to)}, or null; {@code dotted} also takes "1. …" lines. */
    static Trailing trailing(MappedText flat, int from, int to, boolean dotted) {
        List<int[]> lines = new ArrayList<>(); // {start, end} from the last line backwards
        int end = to;
        while (end > from) {
            int start = end;
            while (start > from && flat.charAt(start - 1) != '\n') start--;
            String line = flat.subSequence(start, end).toString();
            if (!line.isBlank()) {
                if (!BRACKETED.matcher(line).matches() && !(dotted && (DOTTED.matcher(line).matches()
                        || UNDOTTED.matcher(line).matches()))) break;
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
            if (!m.matches()) return null;
            int textStart = l[0] + m.start(2);
            Layout text = ParagraphAssembler.assemble(flat, textStart, l[1]);
            notes.add(new Contents.NoteText(Integer.parseInt(m.group(1)), text.text(), flat.originAt(l[0])));
        }
        // a bare number opens many a line of text ("2 divisions crossed…"): taken only as notes counting 1, 2, 3…
        if (undotted(flat, lines) && !countsFromOne(notes)) return null;
        return new Trailing(lines.get(0)[0], notes);
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
