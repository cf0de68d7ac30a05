package org.fonds.deliberation.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name form as written ("Cde. Kadar", "J. Kadar", "General Istvan Kovacs") split into the
 * surname (the last word) and the given names or initials before it; titles are dropped.
 * Surname-first orders ("Kovacs Bela") are not recognised: the last word is taken as the surname.
 */
public record PersonName(String written, String surname, List<String> given) {
    /** Titles before a name, compared without their dot. */
    static final Set<String> HONORIFICS = Set.of("Cde", "Cdes", "Comrade", "Comrades", "Tov", "Gen", "General",
            "Marshal", "Mr", "Mrs", "Ms", "Dr", "Prof", "Col", "Colonel", "Lieut", "Lieutenant", "Cardinal", "Premier",
            "Ambassador", "President", "Chairman", "Minister", "Secretary", "Admiral", "Major", "Captain");
    /** Capitalised words that open sentences or name groups, never a given name. */
    private static final Set<String> NOT_GIVEN = Set.of("The", "A", "An", "In", "On", "At", "Of", "To", "By", "For",
            "From", "With", "And", "But", "If", "As", "So", "Both", "When", "This", "That", "These", "Those", "Other",
            "Than", "Then", "Hence", "Presumably", "Evidently", "Soviet", "Hungarian", "Polish", "Chinese", "Yugoslav",
            "Czechoslovak", "Romanian", "Russian", "Western", "East", "West", "North", "South", "Party", "About",
            "Information", "Telegram", "Response", "Page", "See", "Cf", "Ibid", "Note", "Notes", "Protocol", "Point",
            "Taking", "Part", "Working", "Session", "Presidium", "Yesterday", "Today", "Tomorrow", "Later",
            "Only", "Even", "Also", "Unlike", "After", "Before", "During", "Although", "While", "Why", "What",
            "Who", "How", "Where", "Here", "There", "It", "He", "She", "They", "We", "I", "Our", "His", "Her", "Their");
    /** Words that are never a surname. */
    private static final Set<String> NOT_SURNAME = Set.of("Cde", "Cdes", "Comrade", "Comrades", "I", "II", "III",
            "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public PersonName {
        given = List.copyOf(given);
    }

    /** The name in {@code written}, or null when it holds no plausible personal name. */
    public static PersonName parse(String written) {
        String[] tokens = SPACES.split(written.strip());
        if (tokens.length == 0 || tokens[0].isEmpty()) return null;
        String surname = stripPossessive(tokens[tokens.length - 1]);
        if (surname.length() < 2 || NOT_SURNAME.contains(surname) || HONORIFICS.contains(surname) || NOT_GIVEN.contains(surname)
                || !isGivenWord(surname) || isInitial(surname)) {
            return null;
        }
        List<String> given = new ArrayList<>();
        for (int i = 0; i < tokens.length - 1; i++) {
            String bare = tokens[i].endsWith(".") ? tokens[i].substring(0, tokens[i].length() - 1) : tokens[i];
            if (!isInitial(tokens[i]) && (HONORIFICS.contains(bare) || NOT_GIVEN.contains(bare) || !isGivenWord(tokens[i]))) {
                given.clear(); // a title or a sentence word: what came before it is not part of this name
            } else {
                given.add(tokens[i]);
            }
        }
        return given.size() > 3 ? null : new PersonName(written, surname, given);
    }

    /**
     * The name part of a run of capitalised words: "Hungary Cde. Kaganovich's" gives
     * "Cde. Kaganovich", "In Khrushchev's" gives "Khrushchev"; null when no name is left.
     */
    static String trimmed(String run) {
        String[] tokens = SPACES.split(run.strip());
        int from = 0;
        for (int i = 0; i < tokens.length - 1; i++) {
            String bare = tokens[i].endsWith(".") ? tokens[i].substring(0, tokens[i].length() - 1) : tokens[i];
            boolean title = HONORIFICS.contains(bare);
            if (!title && !isInitial(tokens[i]) && (NOT_GIVEN.contains(bare) || !isGivenWord(tokens[i]))) from = i + 1;
            if (title && i > 0 && from <= i - 1 && !isTitle(tokens[i - 1])) from = i; // "Hungary Cde." starts at Cde.
        }
        tokens[tokens.length - 1] = stripPossessive(tokens[tokens.length - 1]);
        String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
        return parse(name) == null ? null : name;
    }

    private static boolean isTitle(String token) {
        return HONORIFICS.contains(token.endsWith(".") ? token.substring(0, token.length() - 1) : token);
    }

    static boolean isInitial(String token) {
        return token.length() <= 3 && token.endsWith(".") && Character.isUpperCase(token.charAt(0));
    }

    /** The folded surname: what identity starts from ("Kádár" and "Kadar" are "kadar"). */
    public String surnameKey() {
        return Fold.fold(surname);
    }

    /** The folded given name and surname, initials without their dot: "j kadar", "janos kadar", "kadar". */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (String g : given) key.append(Fold.fold(g.endsWith(".") ? g.substring(0, g.length() - 1) : g)).append(' ');
        return key.append(surnameKey()).toString();
    }

    public boolean bare() {
        return given.isEmpty();
    }

    /** True when the first given name is only an initial ("J. Kadar"). */
    public boolean initialOnly() {
        return !given.isEmpty() && isInitial(given.get(0));
    }

    /** The folded first given name or initial letter, or null for a bare surname. */
    public String firstGiven() {
        if (given.isEmpty()) return null;
        String first = given.get(0);
        return Fold.fold(first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
    }

    /** The name without titles: "General Istvan Kovacs" gives "Istvan Kovacs". */
    public String plain() {
        return given.isEmpty() ? surname : String.join(" ", given) + " " + surname;
    }

    private static boolean isGivenWord(String token) {
        if (isInitial(token)) return true;
        if (!Character.isUpperCase(token.charAt(0))) return false;
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') return false;
        }
        return true;
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) return word.substring(0, word.length() - 2);
        return word;
    }
}
