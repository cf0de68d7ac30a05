package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fonds.deliberation.people.Runs.Run;

/**
 * A text copied without its apostrophes, as a scanned book's text layer can be ("Why dont you figure
 * this one out", "Tsukanov (Brezhnevs top adviser)", "we recognized [Aleksey Nikolaevich] Kosygins voice":
 * a copy of the NSA's Chernyaev diary, people29). There a name with an "s" glued on is the possessive
 * of the name the same text writes without it; read as a surname of its own, "Kosygins" was a second
 * Kosygin. Only a text that shows it lost its apostrophes (a contraction written without one) is read
 * so, and only a name whose stem the text names elsewhere: "Dulles" and "Adams" keep their "s".
 */
final class LostApostrophes {
    /** Contractions that are no English word without their apostrophe ("cant" and "wont" are). */
    private static final Set<String> CONTRACTIONS = Set.of("dont", "doesnt", "didnt", "isnt", "wasnt", "arent",
            "werent", "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt");

    private LostApostrophes() {
    }

    /** {@code runs} of {@code text}, each possessive without its apostrophe cut to the name; the runs themselves otherwise. */
    static List<Run> possessivesCut(String text, List<Run> runs) {
        if (!lost(text)) return runs;
        Set<String> names = new HashSet<>();
        for (Run r : runs) names.add(last(r));
        List<Run> out = new ArrayList<>(runs.size());
        for (Run r : runs) {
            String last = last(r);
            boolean cut = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && r.text().endsWith("s")
                    && names.contains(last.substring(0, last.length() - 1));
            out.add(cut ? new Run(r.text().substring(0, r.text().length() - 1), r.start(), r.end() - 1) : r);
        }
        return out;
    }

    /** The run's last word as the names of the text are compared: an editor's letters joined ("K[osygin]" is Kosygin). */
    private static String last(Run r) {
        List<String> tokens = PersonName.tokens(r.text());
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /** True when {@code text} writes a contraction without its apostrophe. */
    static boolean lost(String text) {
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
            if (i - start >= 4 && i - start <= 8 && (text.charAt(i - 1) == 't' || text.charAt(i - 1) == 'T')
                    && CONTRACTIONS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
