package org.fonds.deliberation.people;

import java.util.List;

/**
 * One Chinese name in Wade-Giles and in pinyin ("Chou En-lai" and "Zhou Enlai", "Mao Tse-tung" and
 * "Mao Zedong", "Liu Shao-ch'i" and "Liu Shaoqi"): a key that both spellings share, so that who is who
 * takes them for one person. General knowledge of the two systems, like {@link FamilyFirst}, no
 * person's name: Wade-Giles writes pinyin's b, d, g as p, t, k (and p, t, k with an apostrophe, which
 * is dropped), z and c as ts or tz, zh, j, q and ch all as ch, x as hs, r as j, and -ong as -ung, -e as
 * -eh, -i after a sibilant as -ih, -uo as -o. The key merges each such pair, and nothing else: the
 * syllables and their vowels must agree. A key is made only for an East Asian name read family name
 * first ({@link FamilyFirst#read}) with a given name spelled out, so a Western name never gets one.
 */
final class Romanised {
    /** Wade-Giles spellings and their pinyin counterparts, both taken to one form; longest first. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"hs", "x"}, new String[] {"tz", "z"}, new String[] {"ts", "z"}, new String[] {"zh", "j"},
            new String[] {"ch", "j"}, new String[] {"q", "j"}, new String[] {"rh", "j"}, new String[] {"r", "j"},
            new String[] {"c", "z"}, new String[] {"k", "g"}, new String[] {"t", "d"}, new String[] {"p", "b"},
            new String[] {"ung", "ong"}, new String[] {"uo", "o"});
    /**
     * Wade-Giles syllable endings and pinyin's, taken to one form only where a syllable ends: Wade-Giles
     * parts a given name's syllables with hyphens, and inside pinyin's run-together word the same letters
     * may span two syllables ("Dehuai" is de-huai, not deh-uai).
     */
    private static final List<String[]> ENDINGS = List.of(new String[] {"ieh", "ie"}, new String[] {"ih", "i"},
            new String[] {"eh", "e"});

    private Romanised() {
    }

    /** The shared key of {@code n}'s Wade-Giles and pinyin spellings; null when it is no Chinese-style name in full. */
    static String key(PersonName n) {
        if (n.bare() || n.initialOnly() || !FamilyFirst.read(n)) return null;
        return sound(n.surname()) + " " + sound(String.join(" ", n.given()));
    }

    /** The letters of {@code word}, folded, apostrophes and hyphens gone, each pair of spellings made one. */
    static String sound(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (String part : Fold.fold(word).replace("'", "").replace("’", "").split("[^a-z]+")) {
            String p = letters(part);
            for (String[] e : ENDINGS) {
                if (p.endsWith(e[0])) {
                    p = p.substring(0, p.length() - e[0].length()) + e[1];
                    break;
                }
            }
            out.append(p);
        }
        return out.toString();
    }

    private static String letters(String s) {
        // one pass, left to right, so that a replacement is never read again ("ch" made "j" is not then "r"'s "j")
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            String[] hit = null;
            for (String[] p : PAIRS) {
                if (s.startsWith(p[0], i)) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                out.append(s.charAt(i++));
            } else {
                out.append(hit[1]);
                i += hit[0].length();
            }
        }
        return out.toString();
    }
}
