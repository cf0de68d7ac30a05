package org.fonds.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CREST memorandum's own addressees and signer, where the reading room's title names neither ("HEREWITH OPTION X"):
 * its OCR text sets "MEMORANDUM FOR:" (OCR's "F'OR:") with the first addressee, then one addressee a line ("Mr.
 * Duckett", "Gen. Wilson"), and ends the text with the writer's name in capitals above the redaction mark ("RICHARD
 * LEHMAN" / "STAT"). The addressees are read from lines only: an OCR text run together on one line (the memorandum's
 * fields and first sentence on a line) has no line to tell its addressees by.
 */
final class CrestMemorandum {
    /** The heading is near the text's start, after the release stamp and the date. */
    private static final int HEADING_REACH = 8;
    /** The heading stands within this many chars of the text's start. */
    private static final int HEADING_CHARS = 600;
    /** An addressee's line: a title and a name, or an office's initials ("DDCI", "Gen. Wilson", "Dr. Chamberlain"). */
    private static final int ADDRESSEE_WORDS = 4;
    private static final int ADDRESSEE_CHARS = 40;

    private CrestMemorandum() {
    }

    /** The line of "MEMORANDUM FOR:" at or after {@code from} (OCR's "F'OR", "FOR :"), within the heading's reach; -1 if none. */
    private static int heading(List<Line> head, int from) {
        for (int i = from; i < head.size() && i < from + HEADING_REACH; i++) {
            String t = head.get(i).text();
            if (t.startsWith("MEMORANDUM F") && t.indexOf(':') > 0 && t.replace("'", "").replace(" :", ":").startsWith("MEMORANDUM FOR:")) {
                return i;
            }
        }
        return -1;
    }

    /** The addressees, each as written: the heading's own after its colon, then one a line. */
    static List<String> addressees(List<Line> head, int from) {
        int h = heading(head, from);
        if (h < 0) return List.of();
        List<String> out = new ArrayList<>();
        String first = head.get(h).text();
        first = first.substring(first.indexOf(':') + 1).strip();
        if (!addressee(first)) return List.of(); // the heading runs on into the text: no line tells its addressees
        out.add(first);
        for (int i = h + 1; i < head.size() && addressee(head.get(i).text()); i++) out.add(head.get(i).text());
        return out;
    }

    /**
     * The writer's name in capitals just before the first redaction mark ("… at that time. RICHARD LEHMAN STAT"), in a
     * text whose start holds the heading: the signature stands past the header's lines, so the text is read, from the
     * first " STAT" on (a literal found by indexOf; the name is read backwards from it, four words at most).
     */
    static List<String> signer(String body) {
        int reach = Math.min(body.length(), HEADING_CHARS);
        if (body.indexOf("MEMORANDUM F", 0, reach) < 0) return List.of();
        int mark = body.indexOf(" STAT");
        while (mark >= 0 && mark + 5 < body.length() && Character.isLetter(body.charAt(mark + 5)) && !body.startsWith("INTL", mark + 5)) {
            mark = body.indexOf(" STAT", mark + 5);
        }
        if (mark < 0) return List.of();
        String name = capitalsBefore(body, mark);
        return name == null ? List.of() : List.of(name);
    }

    /** The run of two to four words in capitals ending at {@code end}, after a word that is not in capitals; null if none. */
    private static String capitalsBefore(String body, int end) {
        int start = end;
        int words = 0;
        while (words < 5) {
            int space = body.lastIndexOf(' ', start - 1);
            String w = body.substring(space + 1, start);
            if (!nameWord(w)) break;
            words++;
            start = space < 0 ? 0 : space;
            if (space < 0) break;
        }
        if (words < 2 || words > 4) return null;
        return body.substring(start, end).strip();
    }

    /** A word of a name in capitals: two or more capital letters, or an initial ("W."). */
    private static boolean nameWord(String w) {
        String letters = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (letters.isEmpty() || !letters.chars().allMatch(c -> Character.isLetter(c) && Character.isUpperCase(c))) return false;
        return letters.length() >= 2 || w.endsWith(".");
    }

    /** A short line that starts with a capital and holds no sentence: a title and a name, or an office's initials. */
    private static boolean addressee(String t) {
        if (t.isEmpty() || t.length() > ADDRESSEE_CHARS || !Character.isUpperCase(t.charAt(0)) || t.indexOf(':') >= 0) return false;
        return t.split(" ").length <= ADDRESSEE_WORDS;
    }

    /** Two to four words of capital letters (initials with their stops allowed): "RICHARD LEHMAN", "W. E. COLBY". */
    private static boolean nameInCapitals(String t) {
        String[] words = t.split(" ");
        if (words.length < 2 || words.length > 4 || !t.equals(t.toUpperCase(Locale.ROOT))) return false;
        for (String w : words) {
            if (w.isEmpty() || !w.replace(".", "").chars().allMatch(Character::isLetter)) return false;
        }
        return !t.equals("TOP SECRET") && !t.startsWith("EYES ONLY");
    }
}
