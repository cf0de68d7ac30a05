package org.fonds.parse.session;

import org.fonds.record.names.Honorifics;
import java.util.Set;

/**
 * What a personal name in a list looks like, and its surname. Hand-written token checks rather
 * than regular expressions: this runs for every name of every list and attribution.
 */
final class Names {
    /** Lowercase words allowed inside a name ("Charles de Gaulle", "Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "der", "di", "du", "van", "von", "la", "le",
            "ibn", "bin", "al", "y");

    private Names() {
    }

    /** The surname of a list item such as "J. Kadar", "Cde. Bata", "and Bata"; null if the item is no name. */
    static String surname(String item) {
        String s = item.strip();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ';' || s.charAt(end - 1) == ':')) end--;
        if (end == 0 || end > 60) return null;
        String[] tokens = s.substring(0, end).split(" ");
        int i = skipLeading(tokens);
        String familyFirst = familyNameFirst(tokens, i);
        if (familyFirst != null) return familyFirst;
        String last = null;
        for (; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty() || PARTICLES.contains(t)) continue;
            if (!Character.isUpperCase(t.charAt(0))) return null;
            if (isInitial(t) || isShortGivenInitials(t)) continue;
            // "A.A.Gromyko": the initials run on to the surname with no space (bukovsky-archive.com's lists)
            int dot = t.lastIndexOf('.');
            if (dot > 0 && dot < t.length() - 2 && isShortGivenInitials(t.substring(0, dot + 1))) t = t.substring(dot + 1);
            if (isRoman(t)) return null; // "II. On the Grain Deliveries" is an agenda item
            // FRUS 1981-88's lists shorten the post before the name ("Amb. Matlock", "Asst. Sec. Ridgway", "Dep. FornMin
            // Adamishin", "EUR/SOV Director Parris"): a post, never the name, while a word follows it
            if (i + 1 < tokens.length && (isAbbreviatedPost(t) || isOfficeCode(t))) continue;
            if (!isNameWord(t)) return null;
            last = t;
        }
        return last == null ? null : stripPossessive(last);
    }

    /**
     * Chinese, Korean and Vietnamese names put the family name first ("Liu Shaoqi", "Kim Il Sung",
     * "Pham Van Dong"): the last word is a given name, so the name is kept whole. Two to four words,
     * no initials, the first a family name of those languages.
     */
    private static String familyNameFirst(String[] tokens, int from) {
        int n = tokens.length - from;
        if (n < 2 || n > 4 || !FAMILY_FIRST.contains(tokens[from]) && !(n == 2 && wadeGilesGiven(tokens[from + 1]))) return null;
        for (int k = from; k < tokens.length; k++) {
            String t = tokens[k];
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || !isNameWord(t) || t.length() > 12) return null;
            if (t.length() > 1 && t.equals(t.toUpperCase(java.util.Locale.ROOT)) && k > from) return null;
        }
        return stripPossessive(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length)));
    }

    /**
     * A Chinese given name as Wade-Giles writes it, two syllables joined by a hyphen, the second in lower case ("Peng-fei",
     * "Kuan-hua", "Ta-yung"): FRUS 1969-76's lists of the Chinese side ("Chi Peng-fei, Minister of Foreign Affairs",
     * "Mr. Tsien Ta-yung") put the family name before it, and family names outside the list below ("Chi", "Ch’iao",
     * "Ting", "Tsien") lost the person to the given name's syllables. A hyphenated surname capitalises both halves
     * ("Niculescu-Mizil").
     */
    private static boolean wadeGilesGiven(String t) {
        int hyphen = t.indexOf('-');
        if (hyphen < 2 || hyphen > 5 || t.length() - hyphen - 1 < 2 || t.length() > 12) return false;
        if (!Character.isUpperCase(t.charAt(0))) return false;
        for (int k = 1; k < t.length(); k++) {
            if (k != hyphen && !Character.isLowerCase(t.charAt(k))) return false;
        }
        return true;
    }

    /** Family names written first: common Chinese (pinyin and Wade-Giles), Korean and Vietnamese ones. */
    private static final Set<String> FAMILY_FIRST = Set.of("Liu", "Zhou", "Mao", "Deng", "Zhu", "Chen", "Wang", "Zhang",
            "Peng", "Lin", "Kang", "Dong", "Yang", "Huang", "Xu", "Sun", "Hu", "Guo", "Gao", "Luo", "Liang", "Zheng", "Xie",
            "Tang", "Feng", "Xiao", "Cao", "Yuan", "Shen", "Zeng", "Jiang", "Cai", "Jia", "Ding", "Wei", "Ye", "Pan", "Du",
            "Tian", "Ren", "Fang", "Shi", "Yao", "Tan", "Liao", "Zou", "Xiong", "Qian", "Qiao", "Chou", "Teng", "Chu",
            "Chiang", "Hsu", "Tsai", "Chang", "Ni", "Ji", "Bo", "Po", "Ke", "Nie", "Rao",
            "Kim", "Pak", "Park", "Choe", "Choi", "Ri", "Rim", "Jong", "Chong", "Pyon", "Nam", "Kwon",
            "Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Vo", "Vu", "Dang", "Bui", "Ngo", "Duong", "Truong", "Ung",
            "Le", "Ho");

    /** Skips "and", "with participation by/of" and titles such as "Cde." before the name itself. */
    private static int skipLeading(String[] tokens) {
        int i = 0;
        while (i < tokens.length) {
            String t = tokens[i];
            String bare = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
            if (t.isEmpty() || t.equals("and") || t.equals("also") || Honorifics.ALL.contains(bare)) { // "and also A. A. Gromyko"
                i++;
            } else if (t.equals("with") && i + 2 < tokens.length) {
                int k = tokens[i + 1].equals("the") ? i + 2 : i + 1;
                if (k + 1 < tokens.length && tokens[k].equalsIgnoreCase("participation")
                        && (tokens[k + 1].equals("of") || tokens[k + 1].equals("by"))) {
                    i = k + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /** "A.", "Yu.", and initials run together without spaces ("V.V.", "I.K."). */
    static boolean isInitial(String t) {
        if (t.length() <= 3) return t.endsWith(".") && Character.isUpperCase(t.charAt(0));
        if (t.length() > 9 || !t.endsWith(".")) return false;
        for (int k = 0; k < t.length(); k += 2) {
            if (!Character.isUpperCase(t.charAt(k)) || t.charAt(k + 1) != '.') return false;
        }
        return true;
    }

    /** "Amb.", "Asst.", "FornMin.": a capital, two to seven letters and a full stop (initials are read before this). */
    private static boolean isAbbreviatedPost(String t) {
        int n = t.length();
        if (n < 3 || n > 9 || t.charAt(n - 1) != '.' || !Character.isUpperCase(t.charAt(0))) return false;
        for (int k = 1; k < n - 1; k++) {
            if (!Character.isLetter(t.charAt(k))) return false;
        }
        return Character.isLowerCase(t.charAt(1));
    }

    /** "EUR/SOV", "S/P": an office's code in capitals with a slash, set before a post. */
    private static boolean isOfficeCode(String t) {
        if (t.indexOf('/') < 1 || t.length() > 12) return false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c != '/' && !Character.isUpperCase(c)) return false;
        }
        return true;
    }

    /** Transliterated given names' initials of two letters ("Ye. K. Ligachev", "Yu. V. Andropov", "Gh. Gheorghiu-Dej"). */
    private static final Set<String> TWO_LETTER_INITIALS = Set.of("Ye", "Yu", "Ya", "Yo", "Zh", "Ch", "Sh", "Kh", "Ts", "Gh", "Th");

    /** "Ye.K.", "Yu.V.", "A.A.": initials run together, up to three, of one letter or a transliteration's two. */
    private static boolean isShortGivenInitials(String t) {
        int k = 0;
        int groups = 0;
        while (k < t.length() && groups < 3) {
            if (!Character.isUpperCase(t.charAt(k))) return false;
            k++;
            if (k < t.length() && Character.isLowerCase(t.charAt(k))) {
                if (!TWO_LETTER_INITIALS.contains(t.substring(k - 1, k + 1))) return false;
                k++;
            }
            if (k >= t.length() || t.charAt(k) != '.') return false;
            k++;
            groups++;
        }
        return groups > 0 && k == t.length();
    }

    private static boolean isRoman(String t) {
        if (t.length() > 6) return false;
        for (int k = 0; k < t.length(); k++) {
            if ("IVXLC".indexOf(t.charAt(k)) < 0) return false;
        }
        return true;
    }

    private static boolean isNameWord(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') return false;
        }
        return true;
    }

    private static String stripPossessive(String name) {
        if (name.endsWith("'s") || name.endsWith("’s")) return name.substring(0, name.length() - 2);
        return name;
    }
}
