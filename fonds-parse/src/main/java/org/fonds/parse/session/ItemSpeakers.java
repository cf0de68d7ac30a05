package org.fonds.parse.session;

import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.text.Literals;

/**
 * The Hungarian party's minutes name under each agenda item who presented it and who spoke on it:
 * "Speaker: Comrade Károly Erdélyi" and "Commenters: Comrades Gyula Kállai, … and János Kádár" (the
 * HSWP Political Committee's minutes on WCDA's older page, the HWP CC's on the dvincitest mirror,
 * where the label may end in a stop: "Commenters. Comrades …"). Like Malin's lists (spec/RECORD.md,
 * "speakers") they name those who spoke and open no turn. The labels are found in one pass over the body.
 */
final class ItemSpeakers {
    private static final String[] LABELS = {"Speaker: ", "Speakers: ", "Commenters: ", "Commenters. ", "Commenter: "};
    private static final Literals LABEL_WORDS = Literals.of(LABELS);
    private static final int MAX_LIST = 400;

    private ItemSpeakers() {
    }

    /** The names after every such label, in the order the labels stand in {@code body}. */
    static List<String> find(String body) {
        List<String> names = new ArrayList<>();
        Literals.Positions found = LABEL_WORDS.in(body); // ascending: the lists in the order they stand
        for (int at = found.next(0); at >= 0; at = found.next(at + 1)) {
            // the label opens a line, or follows the value of the one before it when the lines were joined
            if (at > 0 && !Character.isWhitespace(body.charAt(at - 1))) continue;
            int from = afterTitle(body, at + labelAt(body, at).length());
            if (from > 0) names.addAll(items(body, from));
        }
        return names;
    }

    /** The label starting at {@code at}: no label is another's beginning, so there is one. */
    private static String labelAt(String body, int at) {
        for (String label : LABELS) {
            if (body.startsWith(label, at)) return label;
        }
        throw new IllegalStateException("no label at " + at);
    }

    /** Where the names start after "Comrade " or "Comrades ", or -1: a label with no comrade after it is no list. */
    private static int afterTitle(String body, int from) {
        if (body.startsWith("Comrades ", from)) return from + "Comrades ".length();
        if (body.startsWith("Comrade ", from)) return from + "Comrade ".length();
        return -1;
    }

    /**
     * The names from {@code from} to the line's end, split at commas and "and"; the value stops before a next label
     * ("Erdélyi Invited: Comrade …", two lines joined) and at the first item that is no name of one to three words.
     */
    private static List<String> items(String body, int from) {
        int end = body.indexOf('\n', from);
        if (end < 0) end = body.length();
        end = Math.min(end, from + MAX_LIST);
        String value = body.substring(from, end);
        int colon = value.indexOf(':');
        if (colon >= 0) value = value.substring(0, Math.max(0, value.lastIndexOf(' ', colon)));
        List<String> out = new ArrayList<>();
        for (String part : value.replace(", and ", ", ").replace(" and ", ", ").split(",")) {
            String name = part.strip();
            if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
            if (!plausible(name)) break;
            out.add(name);
        }
        return out;
    }

    /** One to three words, each opening with a letter, the last with a capital (a surname). */
    private static boolean plausible(String name) {
        if (name.isEmpty()) return false;
        String[] words = name.split(" ");
        if (words.length > 3) return false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return false;
        }
        return Character.isUpperCase(words[words.length - 1].charAt(0));
    }
}
