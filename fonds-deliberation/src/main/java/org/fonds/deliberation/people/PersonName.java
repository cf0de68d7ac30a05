package org.fonds.deliberation.people;

import org.fonds.record.names.Honorifics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A name form as written ("Cde. Kadar", "N.S. Khrushchev", "General Istvan Kovacs", "Kádár L.",
 * "Khrush.") split into the surname and the given names or initials; titles are dropped. The
 * surname is the last word, except before a trailing initial ("Kádár L.": Hungarian order). Which
 * word of "Kovacs Bela" or "Zhou Enlai" is the surname the name alone cannot tell: {@link #surnameFirst()}
 * gives the reading {@link People} takes when the first word is the one the corpus uses alone
 * elsewhere, or an East Asian family name ({@link FamilyFirst}).
 */
public record PersonName(String written, String surname, List<String> given) {
    /** Titles before a name, compared without their dot: the parser's list too. */
    static final Set<String> HONORIFICS = Honorifics.ALL;
    /** Titles that introduce several names: "Cdes. Pospelov, Shepilov, and Ponomarev". */
    static final Set<String> PLURAL_HONORIFICS = Honorifics.PLURAL;
    /** Capitalised words that open sentences or name groups, never a given name. */
    private static final Set<String> NOT_GIVEN = Set.of("The", "A", "An", "In", "On", "At", "Of", "To", "By", "For",
            "From", "With", "And", "But", "If", "As", "So", "Both", "When", "This", "That", "These", "Those", "Other",
            "Than", "Then", "Hence", "Presumably", "Evidently", "Soviet", "Hungarian", "Polish", "Chinese", "Yugoslav",
            "Czechoslovak", "Romanian", "Russian", "Western", "East", "West", "North", "South", "Party", "About",
            "Information", "Telegram", "Response", "Page", "See", "Cf", "Ibid", "Note", "Notes", "Protocol", "Point",
            "Taking", "Part", "Working", "Session", "Presidium", "Yesterday", "Today", "Tomorrow", "Later",
            "Only", "Even", "Also", "Unlike", "After", "Before", "During", "Although", "While", "Why", "What",
            "Who", "How", "Where", "Here", "There", "It", "He", "She", "They", "We", "I", "Our", "His", "Her", "Their",
            "You", "Your", "Let",
            // a kinship form of address is no given name: "Uncle Mao", "Uncle Ho" are Mao and Ho (Vietnamese
            // leaders address Mao so in the Chinese records of conversation, people29)
            "Uncle", "Aunt",
            "Dear");
    /** Words that are never a surname. */
    private static final Set<String> NOT_SURNAME = Set.of("Cde", "Cdes", "Comrade", "Comrades", "I", "II", "III",
            "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

    /** Initials written together: "N.S.", "A.I.", "Yu.V.". */
    private static final Pattern GLUED = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.){2,4}");

    public PersonName {
        given = List.copyOf(given);
    }

    /** How many readings {@link #parse} keeps before it starts afresh. */
    static final int KEPT = 1 << 16;
    private static final Object NO_NAME = new Object();
    /**
     * The readings of the forms seen last, by form (a name, or {@link #NO_NAME}): a reading depends on
     * the form alone, and one record's scan reads each run of its text two or three times (the full
     * forms, the text's runs, a note's descriptions), and the same names come up in every record.
     */
    private static final ConcurrentHashMap<String, Object> READINGS = new ConcurrentHashMap<>();

    /** The name in {@code written}, or null when it holds no plausible personal name. */
    public static PersonName parse(String written) {
        Object known = READINGS.get(written);
        if (known != null) return known == NO_NAME ? null : (PersonName) known;
        PersonName name = read(written);
        if (READINGS.size() >= KEPT) READINGS.clear();
        READINGS.put(written, name == null ? NO_NAME : name);
        return name;
    }

    /** {@link #parse}, worked out. */
    static PersonName read(String written) {
        List<String> tokens = tokens(written);
        if (tokens.isEmpty()) return null;
        int last = tokens.size() - 1;
        if (last > 0 && isInitial(tokens.get(last)) && !isInitial(tokens.get(0))) return inverted(written, tokens);
        String surname = surnameWord(tokens.get(last));
        if (surname == null) return null;
        List<String> given = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            String t = tokens.get(i);
            if (!isInitial(t) && (isTitle(t) || NOT_GIVEN.contains(t) || !isGivenWord(t))) {
                given.clear(); // a title or a sentence word: what came before it is not part of this name
            } else if (isInitial(t) && i + 1 < last && isInitial(tokens.get(i + 1)) && !given.isEmpty()
                    && !isInitial(given.get(given.size() - 1))) {
                // "Military Attaché A. A. D'yakonov", "Trade Representative I. A. Gladkov": two initials open
                // the name (a Russian name is "A. A. D'yakonov" or "Anastas I. Mikoyan", no word before them)
                given.clear();
                given.add(t);
            } else {
                given.add(t);
            }
        }
        return given.size() > 3 ? null : new PersonName(written, surname, given);
    }

    /** "Kádár L.": the surname first, the initials after it. */
    private static PersonName inverted(String written, List<String> tokens) {
        int first = 0;
        while (first < tokens.size() && isTitle(tokens.get(first))) first++;
        if (first >= tokens.size() - 1) return null;
        String surname = surnameWord(tokens.get(first));
        if (surname == null) return null;
        List<String> given = new ArrayList<>();
        for (int i = first + 1; i < tokens.size(); i++) {
            if (!isInitial(tokens.get(i))) return null;
            given.add(tokens.get(i));
        }
        return new PersonName(written, surname, given);
    }

    /** The surname word without possessive or abbreviation dot, or null when it cannot be one. */
    private static String surnameWord(String token) {
        String surname = stripPossessive(token);
        if (surname.endsWith(".") && surname.length() > 3) surname = surname.substring(0, surname.length() - 1);
        if (surname.length() <= 3 && surname.equals(surname.toUpperCase(java.util.Locale.ROOT))) return null; // "MNO", "KGB"
        if (!vowel(surname)) return null; // "Gh" of "Gh. Gheorghiu-Dej", "Sb"
        if (surname.length() < 2 || NOT_SURNAME.contains(surname) || HONORIFICS.contains(surname)
                || NOT_GIVEN.contains(surname) || !isGivenWord(surname) || isInitial(surname)) {
            return null;
        }
        return surname;
    }

    private static boolean vowel(String word) {
        String folded = Fold.fold(word);
        for (int i = 0; i < folded.length(); i++) if ("aeiouy".indexOf(folded.charAt(i)) >= 0) return true;
        return false;
    }

    /** The words between spaces, without a regular expression: this runs for every run of every text. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        return out;
    }

    /** The words of a form, glued initials taken apart ("N.S." gives "N.", "S."). */
    static List<String> tokens(String written) {
        List<String> out = new ArrayList<>();
        for (String t : words(written)) {
            if (t.indexOf('[') > 0) t = t.replace("[", "").replace("]", ""); // "A[nastas]": the editor's letters
            t = withoutOffice(t);
            // only a token with a dot before its last character can be glued initials (GLUED needs two dots): a
            // dotless token went through the regex too, which was most of this method's time (a profile of an ingest)
            int dot = t.indexOf('.');
            if (dot >= 0 && dot < t.length() - 1 && GLUED.matcher(t).matches()) {
                int from = 0;
                for (int k = 0; k < t.length(); k++) {
                    if (t.charAt(k) == '.') {
                        out.add(t.substring(from, k + 1));
                        from = k + 1;
                    }
                }
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The name of a word FRUS prints glued to the bureau after it: "Mr. TylerEUR", "Mr. AkalovskyACDA/IR",
     * "William C. FosterACDA" (a capital, at least three lower-case letters, then two or more capitals,
     * and after them only capitals, digits and slashes). "McNAMARA", "MacARTHUR" and "DeGAULLE" have fewer
     * lower-case letters before their capitals and stay whole; the word as it is when it is not so.
     */
    static String withoutOffice(String t) {
        int n = t.length();
        if (n < 6 || !Character.isUpperCase(t.charAt(0))) return t;
        int i = 1;
        while (i < n && Character.isLowerCase(t.charAt(i))) i++;
        if (i < 4 || n - i < 2 || !Character.isUpperCase(t.charAt(i)) || !Character.isUpperCase(t.charAt(i + 1))) return t;
        for (int k = i + 2; k < n; k++) {
            char c = t.charAt(k);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '/') return t;
        }
        return t.substring(0, i);
    }

    /**
     * The same name read surname first: "Zhou Enlai" as Zhou, given Enlai. Null when it has no
     * single word before the surname to read so, or an initial.
     */
    public PersonName surnameFirst() {
        if (given.size() < 1 || given.size() > 2 || initialOnly()) return null;
        for (String g : given) if (isInitial(g)) return null;
        List<String> rest = new ArrayList<>(given.subList(1, given.size()));
        rest.add(surname);
        return new PersonName(written, given.get(0), rest);
    }

    /** True when the initials follow the surname: "Kádár L.". */
    public boolean inverted() {
        List<String> tokens = tokens(written);
        return tokens.size() > 1 && isInitial(tokens.get(tokens.size() - 1));
    }

    /** A dotted word that names a person by the first letters of the surname: "Khrush.", "Rak.". */
    public boolean abbreviated() {
        String w = written.strip();
        return w.endsWith(".") && given.isEmpty() && !isInitial(w);
    }

    static boolean isTitle(String token) {
        String bare = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        if (HONORIFICS.contains(bare)) return true;
        int dash = bare.indexOf('-');
        // "Secretary-General", "Lieut.-General"
        return dash > 0 && isTitle(bare.substring(0, dash)) && isTitle(bare.substring(dash + 1));
    }

    static boolean isPluralTitle(String token) {
        return PLURAL_HONORIFICS.contains(token.endsWith(".") ? token.substring(0, token.length() - 1) : token);
    }

    /** "N.", "Yu.": one or two letters and a dot; not a title such as "Mr.". */
    static boolean isInitial(String token) {
        return token.length() <= 3 && token.length() >= 2 && token.endsWith(".") && Character.isUpperCase(token.charAt(0))
                && !isTitle(token) && Character.isLetter(token.charAt(token.length() - 2));
    }

    /**
     * True when the name is a given name and a patronymic alone, the Russian form of address
     * ("Konstantin Ustinovich", "Yegor Kuzmich"): what the corpus reads as the surname ends as a
     * patronymic does. A surname ending so ("Kaganovich", "Shubashich") is read as such unless one
     * person is named in full with the same two words before their surname ({@link People}).
     */
    public boolean namePatronymic() {
        return given.size() == 1 && !isInitial(given.get(0)) && patronymic(surname);
    }

    /** The folded given name and patronymic of {@link #namePatronymic} ("konstantin ustinovich"). */
    String namePatronymicKey() {
        return firstGiven() + " " + surnameKey();
    }

    /**
     * The folded first given name and patronymic of a name written in full with both
     * ("Konstantin Ustinovich Chernenko"), or null when its second given word is no patronymic.
     */
    String givenAndPatronymicKey() {
        if (given.size() != 2 || isInitial(given.get(0)) || !patronymic(given.get(1))) return null;
        return firstGiven() + " " + Fold.fold(given.get(1));
    }

    /** "Ustinovich", "Kuzmich", "Sergeyevna", "Ilyinichna": the endings of a Russian patronymic. */
    static boolean patronymic(String word) {
        if (word.length() < 6 || isInitial(word)) return false;
        String w = Fold.fold(word);
        return w.endsWith("ich") || w.endsWith("ovna") || w.endsWith("evna") || w.endsWith("ichna");
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

    /** The name without titles as written, keeping the order and an abbreviation's dot: "Kádár L.", "Khrush.". */
    public String form() {
        List<String> tokens = tokens(written);
        int from = 0;
        for (int i = 0; i < tokens.size() - 1; i++) {
            String t = tokens.get(i);
            if (!isInitial(t) && (isTitle(t) || NOT_GIVEN.contains(t) || !isGivenWord(t))) from = i + 1;
        }
        tokens.set(tokens.size() - 1, stripPossessive(tokens.get(tokens.size() - 1)));
        return joinInitials(tokens.subList(from, tokens.size()));
    }

    private static String joinInitials(List<String> tokens) {
        return String.join(" ", tokens);
    }

    static boolean isGivenWord(String token) {
        if (isInitial(token)) return true;
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) return false;
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') return false;
        }
        return true;
    }

    static String stripPossessive(String word) {
        int n = word.length();
        if (n > 2 && word.charAt(n - 1) == 's' && apostrophe(word.charAt(n - 2))) return word.substring(0, n - 2);
        if (n > 2 && apostrophe(word.charAt(n - 1)) && word.charAt(n - 2) == 's') return word.substring(0, n - 1);
        return word;
    }

    /**
     * A possessive's apostrophe: the typewriter one, the right quotation mark, and the modifier letter
     * apostrophe (U+02BC) FRUS's pages print ("Mr. Khrushchevʼs letters"), which Java counts as a letter,
     * so that "Khrushchevʼs" was a surname of its own (probe 19).
     */
    static boolean apostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}
