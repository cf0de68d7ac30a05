package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of capitalised words, initials and titles that may hold a name: "Cde. Kaganovich's",
 * "N.S. Khrushchev", "Imre Nagy", "Khrush.". A run ends at a possessive ("Horvath's Notes" is
 * Horvath), at a dotted abbreviation, and at anything but one space before the next capital.
 * One pass over the text, each character looked at a bounded number of times.
 */
final class Runs {
    private Runs() {
    }

    /** A run: its text as written and where it lies. */
    record Run(String text, int start, int end) {
    }

    static List<Run> find(String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!wordStart(text, i)) {
                i++;
                continue;
            }
            int start = i;
            // after "Cde." a hyphen is a dash ("Cde. Zhukov-We should"), not part of a double name
            boolean hyphens = !text.startsWith("Cde", start) || !dashAfter(text, start);
            int end = word(text, i, hyphens);
            int previous = -1;
            int current = start;
            boolean titled = opens(text.substring(start, end));
            boolean initialed = PersonName.isInitial(text.substring(start, end));
            int initials = initialed ? initials(text.substring(start, end)) : 0;
            int words = opens(text.substring(start, end)) ? 0 : 1;
            boolean named = false;
            while (continues(text, start, end)) {
                int next = word(text, end + 1, hyphens);
                named |= titled && !opens(text.substring(current, end));
                String following = text.substring(end + 1, next);
                // "Mr. Hiss Mr. Raynor": FRUS's one-a-line list joined into a line; a title after a titled name opens the next
                if (named && PersonName.isTitle(following)) break;
                // "Mr. B. V. Cohen M. F. T. Gousev": FRUS's columns of delegates by country, joined into a line (1945-50);
                // a name whose initials come before its word ends at that word, and an initial after it opens the next
                // ("Harry S. Truman", "J. Edgar Hoover": no initial after the word that follows initials)
                if (named && initialed && PersonName.isInitial(following)) break;
                // "Menon passed N. S. Khrushchev Nehru’s letter" (a Soviet record of conversation, 1959): a name of
                // two initials and its word, then another's possessive, are two names side by side ("J. Edgar
                // Hoover's" keeps its one initial and two words)
                if (named && initials >= 2 && words == 1 && possessive(following)) break;
                previous = current;
                current = end + 1;
                titled |= opens(following);
                initialed |= PersonName.isInitial(following);
                if (PersonName.isInitial(following)) initials += initials(following);
                else if (!PersonName.isTitle(following)) words++;
                end = syllableTail(text, previous, current, next);
            }
            int from = afterAcronym(text, start, end);
            int hyphen = pairHyphen(text, from, end);
            if (hyphen > 0) {
                // "the Gao Gang-Rao Shushi affair" (a Soviet ambassador's journal, 1955): two names of two words
                // each joined by a hyphen, as "the Rakosi-Gero clique" joins two surnames
                runs.add(new Run(text.substring(from, hyphen), from, hyphen));
                runs.add(new Run(text.substring(hyphen + 1, end), hyphen + 1, end));
            } else {
                runs.add(new Run(text.substring(from, end), from, end));
            }
            i = Math.max(end, i + 1);
        }
        return runs;
    }

    /** The initials a word holds: one for "N.", two for "N.S.". */
    private static int initials(String word) {
        int n = 0;
        for (int k = 0; k < word.length(); k++) if (word.charAt(k) == '.') n++;
        return Math.max(n, 1);
    }

    private static boolean possessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /**
     * Where a hyphen joins two names of two or more words in the run {@code text[from, end)}: a word
     * neither first nor last, of two capitalised parts ("Gao Gang-Rao Shushi"); -1 when none. A hyphen in
     * the first or last word is a double name ("Hans-Dietrich Genscher", "Ignacy Loga-Sowinski").
     */
    private static int pairHyphen(String text, int from, int end) {
        // within the run only: a run without spaces ("A.B.C.…") must cost its own length, not the text's
        int wordStart = from;
        int previousStart = -1;
        int hyphen = -1;
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (c == ' ') {
                if (hyphen > 0) break; // the hyphenated word ended and a word follows it
                previousStart = wordStart;
                wordStart = k + 1;
            } else if (c == '-' && hyphen < 0 && previousStart >= 0 && k + 1 < end && Character.isUpperCase(text.charAt(k + 1))
                    && k > wordStart && Character.isLetter(text.charAt(k - 1))) {
                // "Comrades Karl-Heinz Wendel": after a title the hyphenated word opens the name
                String before = text.substring(previousStart, wordStart - 1);
                if (!opens(text.substring(wordStart, k)) && !opens(before)) hyphen = k;
            }
            if (k == end - 1 && hyphen > 0) return -1; // the hyphenated word was the last: a double surname
        }
        return hyphen > 0 && !general(text, from, end) ? hyphen : -1;
    }

    /**
     * True when a word of {@code text[from, end)} is a general one: "the Sino-Soviet Agreement Hami-Alma Ata
     * airline" (a FRUS telegram of 1948) is a body's name, kept whole so that its "Agreement" still says so.
     */
    private static boolean general(String text, int from, int end) {
        for (String w : text.substring(from, end).split("[ -]")) {
            if (!w.isEmpty() && Vocabulary.general(Fold.fold(PersonName.stripPossessive(w)))) return true;
        }
        return false;
    }

    /** A title or an initial: what a name may open with ("Mr.", "Col.", "A."). */
    private static boolean opens(String word) {
        return PersonName.isTitle(word) || PersonName.isInitial(word);
    }

    /**
     * Where the name of the run {@code text[start, end)} starts: after a leading acronym before
     * initials and a surname ("the DPRK A. M. Puzanov" is Puzanov, "USSR A. A. GROMYKO" Gromyko), so
     * that an organisation's letters are no given name; at {@code start} otherwise ("A. PUZANOV",
     * "KADAR J." with its initial last, "HO CHI MINH" keep every word).
     */
    static int afterAcronym(String text, int start, int end) {
        int k = start;
        while (k < end && Character.isUpperCase(text.charAt(k))) k++;
        if (k - start < 2 || k + 3 >= end || text.charAt(k) != ' ') return start;
        int initial = k + 1;
        boolean isInitial = Character.isUpperCase(text.charAt(initial)) && text.charAt(initial + 1) == '.';
        int last = text.lastIndexOf(' ', end - 1) + 1;
        boolean surnameLast = last > initial && !PersonName.isInitial(text.substring(last, end));
        return isInitial && surnameLast ? initial : start;
    }

    /**
     * The end of the word at {@code word} with the lower-case syllable a hyphen joins to it where the
     * word before is an East Asian family name: "Kim Il-sung", "Pak Kyong-sun", "Chou En-lai", "Liu
     * Shao-ch'i" (a hyphen joins only before a capital elsewhere: "Khrushchev-style" is Khrushchev).
     */
    private static int syllableTail(String text, int previous, int word, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '-' || !Character.isLowerCase(text.charAt(end + 1))) return end;
        int tail = letters(text, end + 1, false);
        if (tail - end > 7 || tail < text.length() && (text.charAt(tail) == '-' || Character.isLetterOrDigit(text.charAt(tail)))) return end;
        String syllable = PersonName.stripPossessive(text.substring(end + 1, tail)); // "Mao Tse-tung's"
        boolean joined = FamilyFirst.hyphenated(text.substring(previous, word - 1), text.substring(word, end), syllable);
        return joined ? tail : end;
    }

    /** Words that open a remark: after "Cde. Zhukov-" they show the hyphen is a dash. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("We", "I", "It", "The", "This", "That",
            "There", "He", "They", "You", "In", "On", "If", "But", "And", "As", "What", "Not", "No", "Yes", "Our",
            "Let", "A", "So", "Now", "Why", "How", "All", "One", "Comrades", "Everything", "Nothing", "Of", "For");

    /**
     * True when the first hyphen of the run at {@code start} is a dash: when "Cde." opens its line (a
     * speaker's label, as Malin writes them: "Cde. Zhukov-Agrees with...", "Cde. Kaganovich-Pancha
     * Shila, but..."), or when the word after it opens a remark.
     */
    private static boolean dashAfter(String text, int start) {
        if (opensLine(text, start)) return true;
        int k = start;
        while (k < text.length() && k - start < 60 && text.charAt(k) != '-' && text.charAt(k) != '\n') k++;
        if (k >= text.length() || text.charAt(k) != '-') return true;
        int e = k + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return OPENERS.contains(text.substring(k + 1, e));
    }

    private static boolean opensLine(String text, int start) {
        int b = start - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) b--;
        return b < 0 || text.charAt(b) == '\n';
    }

    private static boolean continues(String text, int start, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !wordStart(text, end + 1)) return false;
        char last = text.charAt(end - 1);
        if (last == 's' && end - 2 > start && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) return false;
        if (last == '.') {
            int w = end - 1;
            while (w > start && Character.isLetter(text.charAt(w - 1))) w--;
            String word = text.substring(w, end);
            return PersonName.isInitial(word) || PersonName.isTitle(word) || glued(text, w, end);
        }
        return true;
    }

    private static boolean glued(String text, int wordStart, int end) {
        return wordStart >= 2 && text.charAt(wordStart - 1) == '.' && Character.isUpperCase(text.charAt(wordStart - 2));
    }

    static boolean wordStart(String text, int i) {
        return Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /**
     * The end of the word at {@code i}: letters, apostrophes, hyphens before a capital; the dot of an
     * initial or title, initials written together ("N.S."), and the dot of an abbreviation that does
     * not end a sentence ("Khrush.:", "Bulg.,", "Rak. and").
     */
    private static int word(String text, int i, boolean hyphens) {
        int k = letters(text, i, hyphens);
        if (k >= text.length() || text.charAt(k) != '.') return k;
        String w = text.substring(i, k);
        if (w.length() <= 2 && !shortName(w) || PersonName.HONORIFICS.contains(w)) {
            k++;
            // "N.S." and "A.I.": further initials glued on
            while (k + 1 < text.length() && Character.isUpperCase(text.charAt(k))) {
                int e = letters(text, k, false);
                if (e - k > 2 || e >= text.length() || text.charAt(e) != '.') break;
                k = e + 1;
            }
            return k;
        }
        return abbreviation(text, k) ? k + 1 : k;
    }

    /**
     * A word of two letters, the second a vowel, is a short name (an East Asian family name: "Ho", "Le",
     * "Hu"), not an initial, and its dot ends a sentence: "the weather may not suit President Ho. Pham Van
     * Dong: Very suitable." made one person "Ho. Pham Van Dong" (a Chinese record of conversation run
     * together on one line, people29). Initials of two letters are a consonant pair ("Ch.", "Gh.", "Zh.")
     * or a glide and a vowel ("Yu.", "Ya.", "Iu.", "Ju.").
     */
    private static boolean shortName(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && "aeiou".indexOf(w.charAt(1)) >= 0
                && "IJY".indexOf(w.charAt(0)) < 0;
    }

    private static int letters(String text, int i, boolean hyphens) {
        int k = i;
        while (k < text.length()) {
            char c = text.charAt(k);
            boolean joiner = (c == '-' || c == '\'' || c == '’') && k + 1 < text.length()
                    && Character.isLetter(text.charAt(k + 1))
                    && (c != '-' || hyphens && Character.isUpperCase(text.charAt(k + 1)));
            if (c == '[' && k > i && Character.isLetter(text.charAt(k - 1))) {
                int close = bracketed(text, k);
                if (close > 0) {
                    k = close + 1;
                    continue;
                }
            }
            if (!Character.isLetter(c) && !joiner) break;
            k++;
        }
        return k;
    }

    /** The end of "[nastas]" inside "A[nastas]": lower-case letters only; -1 when it is not that. */
    private static int bracketed(String text, int open) {
        int k = open + 1;
        while (k < text.length() && k - open < 20 && Character.isLowerCase(text.charAt(k))) k++;
        return k > open + 1 && k < text.length() && text.charAt(k) == ']' ? k : -1;
    }

    /** A dot at {@code dot} that does not end a sentence: a comma, colon or lower-case word follows. */
    private static boolean abbreviation(String text, int dot) {
        int k = dot + 1;
        if (k >= text.length()) return false;
        char c = text.charAt(k);
        if (c == ',' || c == ':' || c == ';' || c == '\'' || c == '’') return true;
        return c == ' ' && k + 1 < text.length() && Character.isLowerCase(text.charAt(k + 1));
    }
}
