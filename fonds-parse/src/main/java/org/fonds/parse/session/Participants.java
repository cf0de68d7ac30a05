package org.fonds.parse.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.text.Anchors;

/**
 * The surnames in every "Those Taking Part:" list, in order of first appearance. A list runs to
 * the end of its paragraph; after its first sentence it goes on only while sentences are still
 * names ("… Brezhnev. Cdes. Munnich, Kadar, and Bata"), so "… Pospelov.On the Operations" and
 * "… Yudin. Chinese comrades." stop where the names stop. Groups ("Chinese comrades") are not names.
 */
public final class Participants {
    private static final Pattern LIST = Pattern.compile(
            "(?=[TP])(?<![\\p{L}])(?:Those [Tt]aking [Pp]art|THOSE TAKING PART|Present|PRESENT|Participants|Participating) ?:");
    /** Titles whose full stop ends no sentence. */
    private static final String[] TITLES = {"Cde", "Cdes", "Gen", "Mr", "Dr", "Col"};
    private static final Pattern ROLE = Pattern.compile(" ?\\([^()]{0,80}\\)");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(" ?(?:,|;|&|\\+| and ) ?");

    private Participants() {
    }

    /** The surnames of the lists starting at {@code starts} (from {@link #starts}). */
    public static List<String> find(String body, List<Integer> starts) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher m = Anchors.matcher(LIST, body);
        int newline = -1;
        for (int i = 0; i < starts.size(); i++) {
            Anchors.matchesAt(m, starts.get(i), body.length());
            // a list runs to the end of its paragraph, or to the next list on the same line
            if (newline < m.end()) {
                newline = body.indexOf('\n', m.end());
                if (newline < 0) newline = body.length();
            }
            int end = i + 1 < starts.size() ? Math.min(newline, starts.get(i + 1)) : newline;
            names.addAll(names(body.substring(m.end(), end)));
        }
        return new ArrayList<>(names);
    }

    /** Where each list starts in {@code body}: a turn stops there. */
    public static List<Integer> starts(String body) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = Anchors.matcher(LIST, body);
        Anchors.Scan scan = new Anchors.Scan(body, "Those", "THOSE", "Present", "PRESENT", "Participa");
        for (int p = scan.next(0); p >= 0; p = scan.next(p + 1)) {
            if (Anchors.matchesAt(m, p, body.length())) starts.add(p);
        }
        return starts;
    }

    static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        String text = list.strip();
        int from = 0;
        // sentence by sentence, stopping at the first that is not all names: a run-together body
        // puts the whole rest of the contents after the list
        for (int i = 0; from <= text.length(); i++) {
            int[] end = sentenceEnd(text, from);
            int to = end == null ? text.length() : end[0];
            // "Belova (secretary)": the role is not part of the name
            String sentence = ROLE.matcher(text.substring(from, to)).replaceAll("").strip();
            List<String> found = new ArrayList<>();
            boolean allNames = true;
            for (String item : ITEM_SEPARATOR.split(sentence)) {
                if (item.isBlank()) continue;
                String surname = Names.surname(item);
                if (surname == null) {
                    allNames = false;
                    if (i > 0) break;
                } else {
                    found.add(surname);
                }
            }
            // after the first sentence only whole sentences of names count ("Cdes. Munnich, Kadar, and Bata")
            if (i == 0 || allNames) names.addAll(found);
            if ((i > 0 && !allNames) || to == text.length()) break;
            from = end[1];
        }
        return names;
    }

    /**
     * The next full stop before a capital, as {start, end} of ". " or ".", or null. A stop that closes
     * an initial ("J. Kadar") or a title ("Cde. Kadar") ends no sentence.
     */
    static int[] sentenceEnd(String text, int from) {
        for (int dot = text.indexOf('.', from); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int next = dot + 1 < text.length() && text.charAt(dot + 1) == ' ' ? dot + 2 : dot + 1;
            if (next >= text.length() || !Character.isUpperCase(text.charAt(next))) continue;
            if (closesInitial(text, dot) || closesTitle(text, dot)) continue;
            return new int[] {dot, next};
        }
        return null;
    }

    private static boolean closesInitial(String text, int dot) {
        if (dot == 0 || !Character.isUpperCase(text.charAt(dot - 1))) return false;
        return dot == 1 || text.charAt(dot - 2) == ' ' || text.charAt(dot - 2) == '.';
    }

    private static boolean closesTitle(String text, int dot) {
        for (String title : TITLES) {
            if (dot >= title.length() && text.startsWith(title, dot - title.length())) return true;
        }
        return false;
    }
}
