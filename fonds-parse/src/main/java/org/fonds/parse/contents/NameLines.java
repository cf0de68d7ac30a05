package org.fonds.parse.contents;

import java.util.Set;

/**
 * A line that reads as a participant's name and post ("Ambassador Menshikov", "Mr. M.N. Smirnovsky, Minister Counselor,
 * Soviet Embassy", "Mr. Charles E. Bohlen, Special Assistant to the Secretary of State"): the older FRUS sites' mirrors
 * set those present so, one a line, with no bullet and no heading, and a paragraph joined from them is no list any
 * reader can split again. Short, opened by a title or a post, and every word capitalised but the particles of a post
 * ("to the Secretary of State"): a line of prose has words in lower case ("Mr. Bohlen replied that …").
 */
public final class NameLines {
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 100;
    /** The words a participant's line opens with: a title, or a post. */
    private static final Set<String> OPENERS = Set.of("Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Ambassador", "Amb.", "Minister",
            "Secretary", "Under", "Assistant", "Deputy", "General", "Gen.", "Admiral", "Adm.", "Marshal", "Colonel", "Col.",
            "Premier", "President", "Chairman", "Comrade", "Sir", "Lord", "Prime", "Vice", "Senator", "Governor", "Professor",
            "Prof.", "Mme.", "Monsieur", "Herr", "Foreign", "Counselor", "Consul", "First", "Chief", "Special", "Acting", "The");
    private static final Set<String> PARTICLES = Set.of("of", "the", "to", "for", "and", "de", "von", "van", "der", "du", "la",
            "le", "del", "in", "on", "at", "(interpreting)", "(interpreter)");

    private NameLines() {
    }

    /** Whether {@code line[from, to)} reads as a name and its post. */
    public static boolean reads(CharSequence line, int from, int to) {
        while (from < to && line.charAt(from) == ' ') from++;
        while (to > from && line.charAt(to - 1) == ' ') to--;
        int n = to - from;
        if (n < MIN_LENGTH || n > MAX_LENGTH || !Character.isUpperCase(line.charAt(from))) return false;
        char last = line.charAt(to - 1);
        if (last == ':' || last == '.' && !endsWithAbbreviation(line, from, to)) return false;
        String text = line.subSequence(from, to).toString();
        String[] words = text.split(" ");
        // opened by a title or a post: a line of surnames ("Khrushchev, Gromyko") is a note-taker's list of speakers
        if (words.length < 2 || !OPENERS.contains(words[0])) return false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            char c = w.charAt(0);
            boolean capital = Character.isUpperCase(c) || c == '(' && w.length() > 1 && Character.isUpperCase(w.charAt(1));
            if (!capital && !PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * Whether {@code text[from, to)} is a name and the post after it ("Mr. M.N. Smirnovsky, Minister Counselor, Soviet
     * Embassy"): an entry of a list of those present, neither a speaker's label nor a note-taker's list of speakers.
     */
    public static boolean withPost(String text, int from, int to) {
        return to - from <= MAX_LENGTH && text.indexOf(", ", from, to) >= 0 && reads(text, from, to);
    }

    /** "… Jr.", "(Interp.)": a stop that closes a short word, not a sentence. */
    private static boolean endsWithAbbreviation(CharSequence line, int from, int to) {
        int k = to - 1;
        while (k > from && line.charAt(k - 1) != ' ') k--;
        return to - k <= 8;
    }
}
