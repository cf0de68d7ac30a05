package org.fonds.deliberation.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text says that a name stands for someone: an editor's bracket after it ("Filippov
 * [Stalin]"), "(pseudonym of Stalin)", "(i.e., Stalin)", "Stalin, alias Filippov". Only what the
 * text says; {@link People} joins the two only when the bearer is a person the corpus names in full.
 */
final class Pseudonyms {
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}";
    /** A bearer may be written with initials: "I. V. Stalin". */
    private static final String BEARER = "(?:\\p{Lu}\\.\\s?)*" + NAME;
    /** A name, then its bearer: "Filippov [Stalin]", "Filippov (pseudonym of Stalin)", "Filippov, i.e. Stalin". */
    static final Pattern STANDS_FOR = Pattern.compile("(?<![\\]\\p{L}])(" + NAME + ")(?: \\[(" + BEARER + ")\\]"
            + "| \\((?:a )?(?:pseudonym|alias|code ?name|cover name) (?:of|for) (" + BEARER + ")\\)"
            + "|,? \\(?i\\. ?e\\.,? (" + BEARER + ")\\)?"
            // "Comrade Wieslaw [Wladyslaw Gomulka's wartime pseudonym]" (the Polish Politburo's protocol of
            // October 1956 on the Wilson Center's archive, people31): the bearer's possessive in the bracket
            + "| \\[(" + BEARER + ")['’]s (?:[a-z]+ )?(?:pseudonym|alias|code ?name|cover name|party name)\\])");
    /** A bearer, then the name: "Stalin, alias Filippov", "Stalin (alias Filippov)", "Stalin, pseudonym Filippov". */
    static final Pattern ALIAS = Pattern.compile("(?<![\\]\\p{L}])(" + NAME + "),? \\(?(?:alias|a\\.k\\.a\\.|pseudonym|code ?name) (" + NAME + ")\\)?");

    /** The words without which {@link #STANDS_FOR} cannot match: one of them is in every match. */
    private static final List<String> STANDS_FOR_WORDS = List.of(" [", "pseudonym", "alias", "code name", "codename",
            "cover name", "i.e.", "i. e.");
    /** The same for {@link #ALIAS}. */
    private static final List<String> ALIAS_WORDS = List.of("alias", "a.k.a.", "pseudonym", "code name", "codename");

    private Pseudonyms() {
    }

    /** Each name form the text says stands for someone, to that someone's form as written, in order of appearance. */
    static Map<String, String> in(String text, Map<String, String> into) {
        if (text == null || text.isEmpty()) return into;
        // most texts hold none of the words a match needs, and a regex tried at every position was a
        // sixth of an ingest worker's time: look for the words first, and start just before the first
        Matcher m = from(STANDS_FOR, text, STANDS_FOR_WORDS);
        while (m != null && m.find()) {
            String bearer = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : m.group(5);
            put(into, m.group(1), bearer);
        }
        Matcher a = from(ALIAS, text, ALIAS_WORDS);
        while (a != null && a.find()) put(into, a.group(2), a.group(1));
        return into;
    }

    /**
     * A matcher of {@code pattern} over {@code text} from where its first match can start, or null when
     * none of {@code words} is in the text. Every match holds one of the words, and before it only the
     * characters of a name and of the separators between a name and the word (letters, apostrophes,
     * hyphens, dots, spaces, commas, an opening bracket): so no match starts before the last other
     * character ahead of the first word. The look-behind still sees the text before that point.
     */
    private static Matcher from(Pattern pattern, String text, List<String> words) {
        int first = -1;
        for (String w : words) {
            int at = text.indexOf(w);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        if (first < 0) return null;
        int start = first;
        while (start > 0 && mayLead(text.charAt(start - 1))) start--;
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(start, text.length());
    }

    private static boolean mayLead(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == ' ' || c == '.' || c == ',' || c == '(' || c == '-' || c == '\'' || c == '’';
    }

    static Map<String, String> in(String text) {
        return in(text, new LinkedHashMap<>());
    }

    /** Keeps what a match says: the name (titles before it dropped) stands for the bearer. */
    static void put(Map<String, String> into, String name, String bearer) {
        // a title before an editor's bracket ("Cde [Anastas] Mikoyan") is no name; one before a name is
        // no part of it ("Comrade Pak Gyeong-sun [Pak Kyong-sun]": the editor's spelling of the same man)
        String[] words = name.split(" ");
        int k = 0;
        while (k < words.length && PersonName.isTitle(words[k])) k++;
        if (k == words.length) return;
        String named = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
        if (named.equals(bearer)) return;
        into.putIfAbsent(named, bearer);
    }
}
