package org.fonds.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the leaf for one typed word: a plain {@link Expr.Word}, a {@link Expr.Prefix} ({@code Khrush*})
 * or a {@link Expr.Fuzzy} ({@code Kadar~1}). Wildcards other than one trailing {@code *} are refused,
 * since a leading or inner wildcard makes the engine walk its whole vocabulary, and a reader can always
 * escape them ({@code \*}) to mean the character.
 */
final class Terms {
    /** An unescaped {@code *}, {@code ?} or {@code ~}: where it is in the unescaped text and in the query. */
    private record Mark(char c, int index, int at) {}

    /** A word with its backslashes resolved and its unescaped marks. */
    private record Unescaped(String text, List<Mark> marks) {}

    private final Source src;

    Terms(Source src) {
        this.src = src;
    }

    /** The leaf for {@code raw}, the word as typed starting at {@code rawAt}; {@code at} is where the clause starts. */
    Expr leaf(Scope scope, String raw, int rawAt, int at) {
        Unescaped w = unescape(raw, rawAt);
        for (Mark m : w.marks()) {
            if (m.c() == '~') return fuzzy(scope, w, m, rawAt, at);
        }
        if (w.marks().isEmpty()) return new Expr.Word(scope, w.text(), at);
        return prefix(scope, w, rawAt, at);
    }

    /** The word without its backslashes, for values that are not text (dates). */
    static String plain(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\\' && i + 1 < raw.length()) i++;
            out.append(raw.charAt(i));
        }
        return out.toString();
    }

    private static Unescaped unescape(String raw, int rawAt) {
        StringBuilder text = new StringBuilder(raw.length());
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                text.append(raw.charAt(++i));
                continue;
            }
            if (c == '*' || c == '?' || c == '~') marks.add(new Mark(c, text.length(), rawAt + i));
            text.append(c);
        }
        return new Unescaped(text.toString(), marks);
    }

    /** {@code stem~}, {@code stem~1}, {@code stem~2}: the mark is the first unescaped {@code ~}. */
    private Expr fuzzy(Scope scope, Unescaped w, Mark tilde, int rawAt, int at) {
        String stem = w.text().substring(0, tilde.index());
        String edits = w.text().substring(tilde.index() + 1);
        for (Mark m : w.marks()) {
            if (m.index() < tilde.index()) {
                throw src.error(QueryErrorCode.WILDCARD_NOT_ALLOWED, "a word can end in * or in ~, not both; write Kadar~ or Kad*", m.at());
            }
        }
        if (stem.isEmpty()) {
            throw src.error(QueryErrorCode.BAD_FUZZY, "~ goes right after a word, like Kadar~ (similar spellings); to search for"
                    + " the character, write \\~", tilde.at());
        }
        if (!edits.isEmpty() && !edits.equals("1") && !edits.equals("2")) {
            throw src.error(QueryErrorCode.BAD_FUZZY, "after a word, ~ takes how many letters may differ: 1 or 2 (Kadar~1);"
                    + " Kadar~ alone means 2", tilde.at());
        }
        if (stem.codePointCount(0, stem.length()) < 3) {
            throw src.error(QueryErrorCode.BAD_FUZZY, "'" + stem + "~' is too short for similar spellings: nearly every short"
                    + " word is one or two letters from it; give at least 3 letters", rawAt);
        }
        return new Expr.Fuzzy(scope, stem, edits.isEmpty() ? 2 : Integer.parseInt(edits), at);
    }

    /** Only {@code stem*} is allowed: one {@code *}, at the end, after at least {@link QueryParser#MIN_PREFIX} letters. */
    private Expr prefix(Scope scope, Unescaped w, int rawAt, int at) {
        Mark first = w.marks().getFirst();
        if (first.c() == '?') {
            throw src.error(QueryErrorCode.WILDCARD_NOT_ALLOWED, "? is not a wildcard here; for words that start alike write Kad*,"
                    + " for similar spellings Kadar~; to search for the character, write \\?", first.at());
        }
        if (first.index() == 0) {
            throw src.error(QueryErrorCode.WILDCARD_NOT_ALLOWED, "a * can only end a word (Khrush*), never start it; to search"
                    + " for the character, write \\*", first.at());
        }
        if (first.index() != w.text().length() - 1) {
            throw src.error(QueryErrorCode.WILDCARD_NOT_ALLOWED, "a * can only end a word (Khrush*), not stand inside it; to"
                    + " search for the character, write \\*", first.at());
        }
        String stem = w.text().substring(0, first.index());
        if (stem.codePoints().filter(Character::isLetterOrDigit).count() < QueryParser.MIN_PREFIX) {
            throw src.error(QueryErrorCode.PREFIX_TOO_SHORT, "give at least " + QueryParser.MIN_PREFIX + " letters before the *"
                    + " (Kh*): shorter beginnings match most of the archive", rawAt);
        }
        return new Expr.Prefix(scope, stem, at);
    }
}
