package org.fonds.parse.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The surnames in every "Those Taking Part:" list, in order of first appearance. A list runs to
 * the end of its paragraph; after its first sentence it goes on only while sentences are still
 * names ("… Brezhnev. Cdes. Munnich, Kadar, and Bata"), so "… Pospelov.On the Operations" and
 * "… Yudin. Chinese comrades." stop where the names stop. Groups ("Chinese comrades") are not names.
 */
public final class Participants {
    private static final Pattern LIST = Pattern.compile(
            "(?<![\\p{L}])(?:Those [Tt]aking [Pp]art|THOSE TAKING PART|Present|PRESENT|Participants|Participating) ?:");
    /** A sentence ends at a period before a capital, unless the period closes an initial ("J. Kadar"). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<![\\s.]\\p{Lu})(?<!^\\p{Lu})(?<!Cde)(?<!Cdes)(?<!Gen)(?<!Mr)(?<!Dr)(?<!Col)\\. ?(?=\\p{Lu})");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(" ?(?:,|;|&|\\+| and ) ?");

    private Participants() {
    }

    public static List<String> find(String body) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher m = LIST.matcher(body);
        while (m.find()) {
            int end = body.indexOf('\n', m.end());
            names.addAll(names(body.substring(m.end(), end < 0 ? body.length() : end)));
        }
        return new ArrayList<>(names);
    }

    /** Where each list ends in {@code body}: a turn stops there. */
    public static List<Integer> starts(String body) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = LIST.matcher(body);
        while (m.find()) starts.add(m.start());
        return starts;
    }

    static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        String[] sentences = SENTENCE_END.split(list.strip());
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i].strip();
            List<String> found = new ArrayList<>();
            boolean allNames = true;
            for (String item : ITEM_SEPARATOR.split(sentence)) {
                if (item.isBlank()) continue;
                String surname = Names.surname(item);
                if (surname == null) {
                    allNames = false;
                } else {
                    found.add(surname);
                }
            }
            // after the first sentence only whole sentences of names count ("Cdes. Munnich, Kadar, and Bata")
            if (i == 0 || allNames) {
                names.addAll(found);
            }
            if (i > 0 && !allNames) break;
        }
        return names;
    }
}
