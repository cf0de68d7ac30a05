package org.fonds.deliberation.people;

import java.util.Set;
import org.fonds.deliberation.people.Runs.Run;

/**
 * The capitalised words that finish an administrative body's name after "of" or "for": "the Directorate for
 * Foreign Specialist Matters", "the Directorate of Foreign Relations", "the Main Directorate of the Rear" (a
 * Soviet diplomat's journal of conversations in Hanoi, 1969, people31). They name the body's field, never a
 * person, yet they stand alone as a run of their own and were read as people. Only units of an administration
 * open such a name: "the government of Imre Nagy" and "the cabinet of Nagy" name a person and are left alone.
 */
final class BodyNames {
    private static final Set<String> UNITS = Set.of("directorate", "directorates", "department", "departments",
            "ministry", "ministries", "division", "section", "bureau", "administration", "office", "institute",
            "academy", "commission", "committee", "agency", "service");
    /** How far back the unit's word may stand. */
    private static final int REACH = 40;

    private BodyNames() {
    }

    /** True when {@code run} comes right after a capitalised unit's word and "of" or "for", an article between. */
    static boolean finishes(String text, Run run) {
        int k = skipBack(text, run.start(), "the");
        int linked = k;
        k = skipBack(text, k, "of");
        if (k == linked) k = skipBack(text, k, "for");
        if (k == linked) return false;
        int end = k - 1;
        if (end < 1 || text.charAt(end) != ' ') return false;
        int s = end;
        while (s > 0 && end - s < REACH && Character.isLetter(text.charAt(s - 1))) s--;
        return s < end && Character.isUpperCase(text.charAt(s)) && UNITS.contains(Fold.fold(text.substring(s, end)));
    }

    /** Where {@code word} and the space after it begin, when they end at {@code at}; {@code at} otherwise. */
    private static int skipBack(String text, int at, String word) {
        int s = at - word.length() - 1;
        if (s < 0 || !text.startsWith(word + " ", s)) return at;
        return s > 0 && Character.isLetter(text.charAt(s - 1)) ? at : s;
    }
}
