package org.fonds.deliberation.people;

import java.util.LinkedHashMap;
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
    private static final Pattern STANDS_FOR = Pattern.compile("(?<![\\]\\p{L}])(" + NAME + ")(?: \\[(" + BEARER + ")\\]"
            + "| \\((?:a )?(?:pseudonym|alias|code ?name|cover name) (?:of|for) (" + BEARER + ")\\)"
            + "|,? \\(?i\\. ?e\\.,? (" + BEARER + ")\\)?)");
    /** A bearer, then the name: "Stalin, alias Filippov", "Stalin (alias Filippov)", "Stalin, pseudonym Filippov". */
    private static final Pattern ALIAS = Pattern.compile("(?<![\\]\\p{L}])(" + NAME + "),? \\(?(?:alias|a\\.k\\.a\\.|pseudonym|code ?name) (" + NAME + ")\\)?");

    private Pseudonyms() {
    }

    /** Each name form the text says stands for someone, to that someone's form as written, in order of appearance. */
    static Map<String, String> in(String text, Map<String, String> into) {
        if (text == null || text.isEmpty()) return into;
        Matcher m = STANDS_FOR.matcher(text);
        while (m.find()) {
            String bearer = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            put(into, m.group(1), bearer);
        }
        Matcher a = ALIAS.matcher(text);
        while (a.find()) put(into, a.group(2), a.group(1));
        return into;
    }

    static Map<String, String> in(String text) {
        return in(text, new LinkedHashMap<>());
    }

    private static void put(Map<String, String> into, String name, String bearer) {
        // a title before an editor's bracket ("Cde [Anastas] Mikoyan") is no name
        if (name.equals(bearer) || PersonName.isTitle(name.split(" ")[0])) return;
        into.putIfAbsent(name, bearer);
    }
}
