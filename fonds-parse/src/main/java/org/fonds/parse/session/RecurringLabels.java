package org.fonds.parse.session;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonds.parse.contents.Layout;

/**
 * Surnames that open paragraphs with a full stop again and again ("Kohl. I am glad to hear you …" / "Gorbachev. That
 * would be good …"): the labels of a record of a telephone call or a talk that no list names first. A name with a stop
 * opens a turn only where a list gives it ({@link Labels}), for a word and a stop opening a paragraph is mostly prose;
 * here the text itself gives the names, where at least two of them each open two paragraphs or more.
 */
final class RecurringLabels {
    private static final int MIN_EACH = 2;
    private static final int MIN_NAMES = 2;
    private static final int MIN_SPEAKERS_ONCE = 3;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 20;
    /** Words of an answer that open a paragraph with a stop ("Yes. We will …") and name nobody. */
    private static final Set<String> ANSWERS = Set.of("Yes", "No", "Good", "Right", "Agreed", "Correct", "Exactly", "Fine",
            "Certainly", "Indeed", "Well", "Thanks", "Okay", "True", "Understood", "Naturally", "Absolutely", "Sure", "Clear",
            "Excellent", "Gladly", "Perhaps", "Possibly", "Probably", "Already", "Again", "Then", "Now", "Here", "There");

    private RecurringLabels() {
    }

    /** The names that open paragraphs with a stop often enough to be labels; empty if fewer than two such names. */
    static Set<String> in(String body, List<Layout.Paragraph> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        int all = 0;
        int labelled = 0;
        for (Layout.Paragraph p : paragraphs) {
            if (p.heading()) continue;
            all++;
            String w = nameBeforeStop(body, p.start(), p.end());
            if (w == null || ANSWERS.contains(w) || !Labels.mayName(w)) continue;
            counts.merge(w, 1, Integer::sum);
            labelled++;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_EACH) names.add(e.getKey());
        }
        if (names.size() >= MIN_NAMES) return names;
        return names.isEmpty() || !mostlyLabelled(counts.size(), labelled, all) ? Set.of() : counts.keySet();
    }

    /**
     * Whether a transcript's excerpt, short, is labelled throughout: one speaker who opens two paragraphs or more, and
     * beside him at least {@link #MIN_SPEAKERS_ONCE} names in all, who open most of the paragraphs ("Ustinov. I am
     * convinced …" / "Shelepin. Since the steam bath …" / "Molotov. You must say the facts …" / "Shelepin. And I'm telling
     * facts.": the CPSU CC plenum of June 1957 on the dvincitest mirror, each speaker but one heard once; probe 32).
     */
    private static boolean mostlyLabelled(int distinct, int labelled, int all) {
        return distinct >= MIN_SPEAKERS_ONCE && 2 * labelled > all;
    }

    /** "Kohl" of "Kohl. I am …": a capitalised word of lower-case letters, a stop, a space, a capital; else null. */
    private static String nameBeforeStop(String body, int start, int end) {
        if (start >= end || !Character.isUpperCase(body.charAt(start))) return null;
        int k = start + 1;
        while (k < end && k - start <= MAX_LENGTH && (Character.isLowerCase(body.charAt(k)) || body.charAt(k) == '-')) k++;
        boolean stop = k + 2 < end && body.charAt(k) == '.' && body.charAt(k + 1) == ' ' && Character.isUpperCase(body.charAt(k + 2));
        return stop && k - start >= MIN_LENGTH ? body.substring(start, k) : null;
    }
}
