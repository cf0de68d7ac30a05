package org.fonds.record.names;

import java.util.Set;

/**
 * The one list of titles written before a person's name ("Cde.", "Colonel", "Premier",
 * "Compañero"), used by the parser that reads names from the text and by the people tables that
 * resolve them: where they disagreed, "Colonel X" was a person to one and a colonel to the other.
 * Compared without their full stop.
 */
public final class Honorifics {
    /** Every title before a name. */
    public static final Set<String> ALL = Set.of("Cde", "Cdes", "Comrade", "Comrades", "Tov", "Tow", "Gen", "General",
            "Marshal", "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Col", "Colonel", "Lieut", "Lieutenant", "Cardinal", "Premier",
            "Ambassador", "President", "Chairman", "Minister", "Secretary", "Admiral", "Major", "Captain", "Compañero",
            "Companero", "Comandante", "Sir", "Lord", "Herr", "Monsieur", "Senator", "Governor", "Chancellor", "Father",
            // "Message From Chairmen Khrushchev and Brezhnev to President Kennedy" (FRUS 1961-63, vol. VI, no. 3)
            "Chairmen");
    /** Titles that introduce several names: "Cdes. Pospelov, Shepilov, and Ponomarev", "Chairmen Khrushchev and Brezhnev". */
    public static final Set<String> PLURAL = Set.of("Cdes", "Comrades", "Messrs", "Chairmen");
    /**
     * The abbreviated ones, whose full stop ends no sentence ("Cde. Lind:", "Gen. Serov"). Titles
     * written out ("President.") may well end one, so they are not here.
     */
    private static final String[] ABBREVIATED = {"Cdes", "Cde", "Tov", "Tow", "Gen", "Col", "Mrs", "Mr", "Ms", "Messrs", "Dr",
        "Prof", "Lieut"};

    private Honorifics() {
    }

    /** True for a title, written with or without its full stop ("Cde." and "Cde"). */
    public static boolean is(String word) {
        return ALL.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /** True for a title that introduces several names, with or without its full stop. */
    public static boolean isPlural(String word) {
        return PLURAL.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /** True when the full stop at {@code dot} of {@code text} closes an abbreviated title, a word of its own. */
    public static boolean abbreviationEndsAt(CharSequence text, int dot) {
        // every abbreviation ends in a lower-case ASCII letter: most stops are after something else
        if (dot < 1) return false;
        char last = text.charAt(dot - 1);
        if (last < 'a' || last > 'z') return false;
        for (String t : ABBREVIATED) {
            int start = dot - t.length();
            if (start < 0 || !regionMatches(text, start, t)) continue;
            if (start == 0 || !Character.isLetter(text.charAt(start - 1))) return true;
        }
        return false;
    }

    private static boolean regionMatches(CharSequence text, int start, String t) {
        for (int i = 0; i < t.length(); i++) {
            if (text.charAt(start + i) != t.charAt(i)) return false;
        }
        return true;
    }
}
