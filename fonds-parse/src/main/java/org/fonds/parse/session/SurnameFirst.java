package org.fonds.parse.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a list writes surname first among names written given name first, as Romanian records of the party's
 * Executive Committee do for those invited ("Participants in the meeting were: Nicolae Ceausescu, Stefan Voitec, … Invited
 * to the meeting were comrades: … Matei Stefan, Giosan Nicolae, …", WCDA's PDF of Protocol No. 34, 1966). Read as given
 * name and surname, "Matei Stefan" was a person "Stefan". The record tells which word is the given name: a word that
 * opens another of its names ("Stefan Voitec") ending a name of two words whose first word opens no other name. Only
 * two plain words, no initials or titles: "Mr. Paul Thomas" or "A. Smith" are read as written.
 */
final class SurnameFirst {
    private SurnameFirst() {
    }

    /** The first words of the record's names of plain words, with how many names each opens, and their last words. */
    record Words(Map<String, Integer> firsts, Set<String> lasts) {
        static final Words NONE = new Words(Map.of(), Set.of());
    }

    /** What the lists' names of two or three plain words open and end with. */
    static Words of(List<String> lists) {
        Map<String, Integer> firsts = new HashMap<>();
        Set<String> lasts = new HashSet<>();
        for (String list : lists) {
            for (String item : Participants.items(list)) {
                String[] w = words(item);
                if (w.length < 2 || w.length > 3 || !allPlain(w)) continue;
                firsts.merge(w[0], 1, Integer::sum);
                lasts.add(w[w.length - 1]);
            }
        }
        return new Words(firsts, lasts);
    }

    /** The surname of a two-word name written surname first, or null where the name reads as written. */
    static String surname(String item, Words words) {
        if (words.firsts().isEmpty()) return null;
        String[] w = words(item);
        if (w.length != 2 || !allPlain(w)) return null;
        // the second word opens another name; the first opens none but this one
        boolean secondGiven = words.firsts().getOrDefault(w[1], 0) >= 1;
        return secondGiven && words.firsts().getOrDefault(w[0], 0) <= 1 ? w[0] : null;
    }

    private static boolean allPlain(String[] w) {
        for (String word : w) {
            if (!plain(word)) return false;
        }
        return true;
    }

    private static String[] words(String item) {
        String s = item.strip();
        if (s.startsWith("and ")) s = s.substring(4).strip();
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    /** A capitalised word of letters (and a hyphen), two letters at least: no initial, no title, no post's abbreviation. */
    private static boolean plain(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(w.length() - 1))) return false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-') return false;
        }
        return !org.fonds.record.names.Honorifics.is(w);
    }
}
