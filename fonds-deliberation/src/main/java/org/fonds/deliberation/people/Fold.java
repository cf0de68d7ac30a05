package org.fonds.deliberation.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds names for comparison: diacritics and case removed ("Kádár" and "KADAR" are "kadar"),
 * curly apostrophes straightened. Folding runs for every capitalised word of every text, so
 * results are cached; the vocabulary of names is small next to the text.
 */
public final class Fold {
    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Fold() {
    }

    public static String fold(String s) {
        String hit = CACHE.get(s);
        if (hit != null) return hit;
        String folded = compute(s);
        if (CACHE.size() < CACHE_LIMIT) CACHE.put(s, folded);
        return folded;
    }

    /** "János Kádár" gives "kadar-janos": surname first, ASCII letters, digits and hyphens. */
    public static String slug(String surname, String given) {
        String s = given == null || given.isBlank() ? surname : surname + " " + given;
        String folded = fold(s).replaceAll("[^a-z0-9]+", "-");
        return folded.replaceAll("^-+|-+$", "");
    }

    private static String compute(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            out.append(c == '’' ? '\'' : c);
        }
        // letters without a decomposition that transliterations write plainly
        return out.toString().toLowerCase(Locale.ROOT).replace('ø', 'o').replace('ł', 'l').replace("ß", "ss");
    }
}
