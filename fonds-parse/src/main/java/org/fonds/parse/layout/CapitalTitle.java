package org.fonds.parse.layout;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A catalogue's title in capitals that names a paper's kind, then its addressee after "TO" and its sender after "FROM"
 * (CIA CREST: "LETTER TO THE PRESIDENT FROM WILLIAM J. CASEY"). The names are given in title case, as a mixed-case
 * title writes them.
 */
final class CapitalTitle {
    /** The kinds such a title opens with; any other first word ("TRIP TO MOSCOW") names no party. */
    private static final Pattern OPENS = Pattern.compile("^(?:LETTER|MEMORANDUM|MEMO|NOTE|MESSAGE|CABLE|TELEGRAM)\\b.*");
    /** A party as a catalogue writes one: up to six words of letters, dots, hyphens and apostrophes. */
    // an office's branch in brackets after it: "DEPUTY DIRECTOR (INTELLIGENCE)"
    private static final Pattern PARTY = Pattern.compile("(?:[\\p{Lu}][\\p{Lu}.'’-]*\\.?)(?: [\\p{Lu}][\\p{Lu}.'’-]*){0,5}(?: \\(\\p{Lu}[\\p{Lu} ]{1,30}\\))?");
    /** What ends a party other than the other party's word: the subject's words. */
    private static final List<String> SUBJECT = List.of(" RE ", " ON ", " CONCERNING ", " REGARDING ", " ABOUT ", ",", ":");
    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "in", "on");

    private CapitalTitle() {
    }

    /** Whether {@code title} is in capitals and opens with a paper's kind. */
    static boolean namesParties(String title) {
        return !title.isEmpty() && title.chars().noneMatch(Character::isLowerCase) && OPENS.matcher(title).matches();
    }

    /** The party after {@code word} up to {@code other} or a subject's word, in title case; none if it is no name. */
    static List<String> after(String title, String word, String other) {
        int at = title.indexOf(word);
        if (at < 0) return List.of();
        String rest = title.substring(at + word.length());
        int end = rest.indexOf(other);
        if (end >= 0) rest = rest.substring(0, end);
        for (String s : SUBJECT) {
            int cut = rest.indexOf(s);
            if (cut >= 0) rest = rest.substring(0, cut);
        }
        rest = rest.strip();
        if (rest.startsWith("THE ")) rest = rest.substring(4);
        // "FOR THE RECORD" is no addressee; "TO" is read only as its own word
        if (!PARTY.matcher(rest).matches()) return List.of();
        return List.of(titleCase(rest));
    }

    /** "WILLIAM J. CASEY" -> "William J. Casey"; "DIRECTOR OF CENTRAL INTELLIGENCE" keeps "of" small. */
    static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            String lower = w.toLowerCase(Locale.ROOT);
            if (SMALL.contains(lower) && !out.isEmpty()) {
                out.append(lower);
                continue;
            }
            // "(INTELLIGENCE)" -> "(Intelligence)": the bracket's first letter is the word's
            int first = w.charAt(0) == '(' && w.length() > 1 ? 1 : 0;
            out.append(w, 0, first + 1).append(lower.substring(first + 1));
        }
        return out.toString();
    }
}
