package org.fonds.deliberation.people;

import java.util.Set;

/**
 * What a historian knows of Hungarian names: Hungarian writes the family name first ("Nagy Imre",
 * "Marjai József"), and translations keep it so in lists and signatures while the prose writes
 * "Imre Nagy". A two-word name is read by its given name: the word that is a common Hungarian given
 * name is the given name, wherever it stands, and the other the surname. Where both words or neither
 * are given names the rule says nothing and the corpus decides ({@link Gazetteer}). Hand-kept and
 * general, like {@link FamilyFirst}: given names only, no person's name.
 */
final class HungarianOrder {
    /** Common Hungarian given names, folded (accents off): those of the period's leaders and officials among them. */
    private static final Set<String> GIVEN = Set.of(
            "andras", "antal", "arpad", "bela", "dezso", "elemer", "endre", "erno", "ferenc", "gabor", "geza",
            "gusztav", "gyorgy", "gyula", "imre", "istvan", "janos", "jeno", "jozsef", "kalman", "karoly", "lajos",
            "laszlo", "matyas", "mihaly", "miklos", "odon", "pal", "rezso", "sandor", "tamas", "tibor", "zoltan",
            "zsigmond", "erzsebet", "ilona", "katalin", "margit", "zsuzsa");

    private HungarianOrder() {
    }

    /** "Marjai József", "Tildy Zoltan": two words, the last a Hungarian given name and the first not. */
    static boolean surnameFirst(PersonName n) {
        return twoWords(n) && given(n.surname()) && !given(n.given().get(0));
    }

    /** "Zoltan Vas", "Imre Nagy": two words, the first a Hungarian given name and the last not. */
    static boolean givenFirst(PersonName n) {
        return twoWords(n) && given(n.given().get(0)) && !given(n.surname());
    }

    private static boolean twoWords(PersonName n) {
        return !n.bare() && n.given().size() == 1 && !PersonName.isInitial(n.given().get(0));
    }

    private static boolean given(String word) {
        return GIVEN.contains(Fold.fold(word));
    }
}
