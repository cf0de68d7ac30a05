package org.fonds.parse.layout;

import java.util.List;

/**
 * A record's own heading in capitals ("REPORT", "TRANSCRIPT", "MEMORANDUM") where a book site runs it on after the editors'
 * headnote with no mark between them: the CEU readers' excerpts on Project MUSE ("… used the more respectful “vy”.
 * REPORT Comrade János Kádár received …"). The heading opens a sentence (after a full stop, a closing quote or a
 * bracket and a space) and a capitalised word follows it: a word in capitals inside the headnote's sentence ("the
 * REPORT of the commission") is not it.
 */
final class RecordHeading {
    /** The papers' words a record heads itself with, in capitals. */
    private static final List<String> WORDS = List.of("REPORT", "TRANSCRIPT", "MEMORANDUM", "MINUTES", "PROTOCOL",
            "INFORMATION", "RECORD", "TELEGRAM", "LETTER", "NOTE", "STENOGRAM", "DECLARATION", "RESOLUTION");
    /** How far into the headnote the heading is looked for: an excerpt's headnote is a paragraph or two. */
    private static final int REACH = 6_000;

    private RecordHeading() {
    }

    /** Where the first such heading starts in {@code text} at or after {@code from}; -1 if none. */
    static int after(String text, int from) {
        int limit = Math.min(text.length(), from + REACH);
        int best = -1;
        for (String w : WORDS) {
            for (int at = text.indexOf(w, from); at >= 0 && at < limit && (best < 0 || at < best); at = text.indexOf(w, at + 1)) {
                if (opensSentence(text, at) && capitalAfter(text, at + w.length())) {
                    best = at;
                    break;
                }
            }
        }
        return best;
    }

    /** After ". ", ".” ", ".) " or "] ": the headnote's sentence ended just before. */
    private static boolean opensSentence(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') return false;
        char before = text.charAt(at - 2);
        if (before == '.' || before == ']') return true;
        return at >= 3 && (before == '”' || before == '"' || before == ')' || before == '’') && text.charAt(at - 3) == '.';
    }

    /** A space and a capital letter after the word: the record's first sentence, not more capitals of a title. */
    private static boolean capitalAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && (end + 2 >= text.length() || !Character.isUpperCase(text.charAt(end + 2)));
    }
}
