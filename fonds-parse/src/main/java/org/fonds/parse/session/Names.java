package org.fonds.parse.session;

import java.util.Set;
import java.util.regex.Pattern;

/** What a personal name in a list looks like, and its surname. */
final class Names {
    /** Lowercase words allowed inside a name ("Charles de Gaulle", "Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "der", "di", "du", "van", "von", "la", "le",
            "ibn", "bin", "al", "y");
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Cdes?|Comrades?|Tov|Gen|General|Marshal|Mr|Mrs|Ms|Dr|Prof)\\.? )+");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]{1,6}");
    private static final Pattern LEADING_FILLER = Pattern.compile("^(?:and |with (?:the )?[Pp]articipation (?:of |by ))+");

    private Names() {
    }

    /** The surname of a list item such as "J. Kadar", "Cde. Bata", "and Bata"; null if the item is no name. */
    static String surname(String item) {
        String s = item.strip();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ';' || s.charAt(end - 1) == ':')) end--;
        s = s.substring(0, end);
        s = LEADING_FILLER.matcher(s).replaceFirst("");
        s = HONORIFIC.matcher(s).replaceFirst("");
        if (s.isEmpty() || s.length() > 60) return null;
        String[] tokens = s.split(" ");
        String last = null;
        for (String t : tokens) {
            if (t.isEmpty()) continue;
            if (PARTICLES.contains(t)) continue;
            if (!Character.isUpperCase(t.charAt(0))) return null;
            if (isInitial(t)) continue;
            if (ROMAN.matcher(t).matches()) return null; // "II. On the Grain Deliveries" is an agenda item
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') return null;
            }
            last = t;
        }
        if (last == null) return null;
        return stripPossessive(last);
    }

    static boolean isInitial(String t) {
        return t.length() <= 3 && t.endsWith(".") && Character.isUpperCase(t.charAt(0));
    }

    private static String stripPossessive(String name) {
        if (name.endsWith("'s") || name.endsWith("’s")) return name.substring(0, name.length() - 2);
        return name;
    }
}
