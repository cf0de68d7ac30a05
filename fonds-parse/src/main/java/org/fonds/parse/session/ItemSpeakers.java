package org.fonds.parse.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hungarian party's minutes name under each agenda item who presented it and who spoke on it:
 * "Speaker: Comrade Károly Erdélyi" and "Commenters: Comrades Gyula Kállai, … and János Kádár" (the
 * HSWP Political Committee's minutes on WCDA's older page, the HWP CC's on the dvincitest mirror,
 * where the label may end in a stop: "Commenters. Comrades …"). Like Malin's lists (spec/RECORD.md,
 * "speakers") they name those who spoke and open no turn. Each label is found by its literal, so the
 * cost is one scan of the body per label.
 */
final class ItemSpeakers {
    private static final String[] LABELS = {"Speaker: ", "Speakers: ", "Commenters: ", "Commenters. ", "Commenter: "};
    private static final int MAX_LIST = 400;

    private ItemSpeakers() {
    }

    /** The names after every such label, in the order the labels stand in {@code body}. */
    static List<String> find(String body) {
        List<int[]> spans = new ArrayList<>();
        for (String label : LABELS) {
            for (int at = body.indexOf(label); at >= 0; at = body.indexOf(label, at + 1)) {
                // the label opens a line, or follows the value of the one before it when the lines were joined
                if (at > 0 && !Character.isWhitespace(body.charAt(at - 1))) continue;
                int from = afterTitle(body, at + label.length());
                if (from > 0) spans.add(new int[] {at, from});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> names = new ArrayList<>();
        for (int[] s : spans) names.addAll(items(body, s[1]));
        return names;
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
