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
        for (Layout.Paragraph p : paragraphs) {
            if (p.heading()) continue;
            String w = nameBeforeStop(body, p.start(), p.end());
            if (w != null) counts.merge(w, 1, Integer::sum);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_EACH && !ANSWERS.contains(e.getKey()) && Labels.mayName(e.getKey())) names.add(e.getKey());
        }
        return names.size() >= MIN_NAMES ? names : Set.of();
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
