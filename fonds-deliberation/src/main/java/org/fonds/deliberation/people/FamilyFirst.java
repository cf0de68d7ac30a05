package org.fonds.deliberation.people;

import java.util.List;
import java.util.Set;

/**
 * What a historian knows of East Asian names (Chinese, Korean, Vietnamese): the family name comes
 * first ("Liu Shaoqi", "Kim Il Sung", "Pham Van Dong"), so the name is filed by its first word even
 * where the corpus never writes that word alone. Hand-kept and general, like {@link Vocabulary}: the
 * common family names in pinyin, Wade-Giles, Korean and Vietnamese romanisation, no person's name.
 *
 * <p>A list alone would misread "Lin Smith" or "Kim Novak", so a name is taken as East Asian only
 * when it is two or three words, the first a family name of the list, and every other word spelled
 * as romanised syllables of those languages ("Shao-ch'i", "Zedong", "Kyong-sun", "Chi Minh") and not
 * a Western given name that happens to be so spelled ("Anna", "Ivan"). A family name that is also a
 * Western given name (Lee, Li, Lin, Kim, Han) asks more: syllables with Chinese endings only
 * ("Lin Biao", "Li Peng"), or a given name of two parts ("Kim Il Sung", "Kim Jong-il"). A Vietnamese
 * middle name (Van, Thi) after the first word marks the name Vietnamese whatever the family name
 * ("Ung Van Khiem"). "Le", a Vietnamese family name and the French article, is read as the family name
 * only before two words of one syllable each, as Vietnamese writes a name ("Le Duc Tho", "Le Thanh Nghi"):
 * {@link #ordinaryFamily} keeps it where the gazetteer would drop it as an ordinary word ("Le Monde").
 */
final class FamilyFirst {
    private static final Set<String> FAMILY = Set.of(
            // Chinese, pinyin
            "bai", "bo", "cai", "cao", "chen", "cheng", "cui", "dai", "deng", "ding", "dong", "du", "duan", "fan",
            "fang", "feng", "fu", "gao", "gu", "guo", "han", "hao", "he", "hou", "hu", "hua", "huang", "ji", "jia",
            "jiang", "jin", "kang", "kong", "lei", "li", "liang", "liao", "lin", "liu", "long", "lu", "luo", "ma",
            "mao", "meng", "ni", "pan", "peng", "qian", "qiao", "qin", "qiu", "rao", "ren", "shao", "shen", "shi",
            "song", "su", "sun", "tan", "tang", "tao", "tian", "wan", "wang", "wei", "wen", "wu", "xi", "xia",
            "xiao", "xie", "xiong", "xu", "xuan", "xue", "yan", "yang", "yao", "ye", "yin", "yu", "yuan", "zeng",
            "zhang", "zhao", "zheng", "zhong", "zhou", "zhu", "zou",
            // Chinese, Wade-Giles and older spellings (apostrophes dropped: "Ch'en" is "chen")
            "chang", "chao", "chiang", "chou", "chu", "chi", "hsia", "hsiao", "hsieh", "hsu", "hsueh", "kao", "ko",
            "kuo", "lo", "teng", "tsai", "tsao", "tseng", "tung", "yeh", "yeung", "wong", "chow", "chan", "cheung",
            // Korean
            "kim", "pak", "park", "choe", "choi", "ri", "rhee", "lee", "yi", "nam", "jang", "jo", "cho", "yun",
            "yoon", "hwang", "ho", "heo", "chon", "jon", "chung", "jung", "jeong", "chong", "kwon", "ryu", "hong",
            "mun", "moon", "son", "shin", "sin", "baek", "paek", "ahn", "seo",
            // Vietnamese
            "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "ly",
            "truong", "dinh", "trinh", "lam", "mai", "ung", "ton", "doan", "quach", "luong", "thai", "le");
    /** Family names that are also Western given names: "Lee Harvey Oswald", "Kim Novak", "Lin Smith". */
    private static final Set<String> ALSO_GIVEN = Set.of("lee", "li", "lin", "kim", "han", "mai", "son");
    /** Vietnamese middle names: after the first word, they make the name Vietnamese. */
    private static final Set<String> MIDDLE = Set.of("van", "thi");
    /** Given names of other traditions (Western, Slavic, Romanian, Albanian) spelled like romanised syllables: never East Asian. */
    private static final Set<String> WESTERN = Set.of("anna", "ana", "ian", "ivan", "ion", "jan", "jean", "joan",
            "juan", "jose", "leon", "dean", "don", "dan", "tom", "tim", "jim", "kim", "ben", "ken", "sam", "jon",
            "ron", "pat", "paul", "anton", "maria", "mario", "nina", "tina", "dina", "gina", "lena", "lina", "vera",
            "sonia", "tania", "sofia", "lidia", "nadia", "diane", "emil", "daniel", "michael", "neil", "phil", "hal",
            "mel", "ted", "bela", "ilona", "ida", "eva", "nikita", "gheorghe", "andrei", "joe",
            "john", "leo", "hugo", "otto", "nicolae", "ramiz", "enver", "mehmet", "ali", "omar", "ahmed");
    /** Onsets, longest first so that "ngh" is tried before "ng" and "n". */
    private static final List<String> ONSETS = List.of("ngh", "ng", "nh", "ch", "zh", "sh", "kh", "ph", "th", "tr",
            "hs", "ts", "tz", "gh", "gi", "qu", "kw", "gw", "kk", "tt", "pp", "ss", "jj", "b", "c", "d", "f", "g", "h",
            "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z");
    /** Endings of a word's last syllable: Korean and Vietnamese close syllables that Chinese does not. */
    private static final List<String> CODAS = List.of("ng", "nh", "ch", "n", "m", "p", "t", "k", "c", "l", "h", "w", "r");
    /** Endings of a word's last syllable in pinyin and Wade-Giles ("Teh", "Erh"). */
    private static final List<String> CHINESE_CODAS = List.of("ng", "n", "h", "r");
    /** Endings of a syllable inside a word ("Peng" of "Pengfei"): a Korean or Vietnamese syllable is a word or a hyphenated part. */
    private static final List<String> MEDIAL = List.of("ng", "n");

    private FamilyFirst() {
    }

    /**
     * True when {@code n}, read with its last word as the surname, is an East Asian name written
     * family name first: its first given word is the family name.
     */
    static boolean written(PersonName n) {
        if (n.bare() || n.given().size() > 2 || n.initialOnly()) return false;
        for (String g : n.given()) if (PersonName.isInitial(g)) return false;
        List<String> rest = new java.util.ArrayList<>(n.given().subList(1, n.given().size()));
        rest.add(n.surname());
        return eastAsian(n.given().get(0), rest);
    }

    /**
     * {@code form} as a name, family name first where it is East Asian: how a form no corpus reads is
     * taken (an authority entry's, a distinction's, an editor's), so that "Pak Gyeong" written in the
     * authority means the name the corpus reads. Null when it names no one.
     */
    static PersonName parse(String form) {
        PersonName n = PersonName.parse(form);
        return n != null && (written(n) || HungarianOrder.surnameFirst(n)) ? n.surnameFirst() : n;
    }

    /** True when {@code n} was read family name first ({@link PersonName#surnameFirst()}) as an East Asian name. */
    static boolean read(PersonName n) {
        if (n.bare() || n.initialOnly()) return false;
        List<String> tokens = PersonName.tokens(n.form());
        return !tokens.isEmpty() && Fold.fold(tokens.get(0)).equals(n.surnameKey()) && eastAsian(n.surname(), n.given());
    }

    /** The given name as one word for an id, its syllables run together as pinyin writes them: "chiminh", "kyongsun". */
    static String givenForId(List<String> given) {
        return Fold.fold(String.join("", given)).replaceAll("[^a-z0-9]+", "");
    }

    /**
     * True when "{@code family} {@code syllable}-{@code tail}" is the start of an East Asian name whose
     * given name is hyphenated ("Kim Il-sung", "Chou En-lai"): the family name of the list, then
     * romanised syllables that are no Western given name.
     */
    static boolean hyphenated(String family, String syllable, String tail) {
        if (!FAMILY.contains(plain(family)) || WESTERN.contains(plain(syllable))) return false;
        return syllables(plain(syllable), CODAS) && syllables(plain(tail), CODAS);
    }

    /**
     * True when the ordinary word {@code tokens[at]} ("Le") is the family name of a Vietnamese name that
     * runs to {@code to}: a family name of the list, then two words of one syllable each ("Le Duc Anh").
     * The Chinese records of conversation with Vietnamese leaders name three of them "Le" in one line;
     * dropped as the French article, "Le Duc Anh" was a person "Duc Anh" beside "Comrade Le Duc Anh"
     * (people29). "Le Monde" and "Le Figaro" (two syllables in one word, one word after) stay the article's.
     */
    static boolean ordinaryFamily(List<String> tokens, int at, int to) {
        if (to - at != 3 || !FAMILY.contains(plain(tokens.get(at)))) return false;
        for (int k = at + 1; k < to; k++) {
            String p = plain(tokens.get(k));
            if (WESTERN.contains(p) || !PersonName.isGivenWord(tokens.get(k)) || !oneSyllable(p)) return false;
        }
        return true;
    }

    /** One romanised syllable: an onset or none, a glide, one to three vowels, then a final consonant or none. */
    private static boolean oneSyllable(String w) {
        for (String onset : ONSETS) if (w.startsWith(onset) && rhyme(w, onset.length())) return true;
        return rhyme(w, 0);
    }

    private static boolean rhyme(String w, int i) {
        int k = i;
        if (k < w.length() - 1 && (w.charAt(k) == 'y' || w.charAt(k) == 'w') && vowel(w.charAt(k + 1))) k++;
        int v = k;
        while (k < w.length() && k - v < 3 && vowel(w.charAt(k))) k++;
        if (k == v) return false;
        String rest = w.substring(k);
        return rest.isEmpty() || CODAS.contains(rest);
    }

    private static boolean eastAsian(String first, List<String> rest) {
        String family = plain(first);
        boolean vietnamese = rest.size() == 2 && MIDDLE.contains(plain(rest.get(0)));
        if (!FAMILY.contains(family) && !(vietnamese && syllables(family, CODAS))) return false;
        boolean chineseOnly = ALSO_GIVEN.contains(family) && rest.size() == 1 && rest.get(0).indexOf('-') < 0;
        for (String w : rest) {
            String p = plain(w);
            if (WESTERN.contains(p)) return false;
            for (String part : Fold.fold(w).replace("'", "").replace("’", "").split("-")) {
                if (!syllables(part, chineseOnly ? CHINESE_CODAS : CODAS)) return false;
            }
        }
        return true;
    }

    private static String plain(String word) {
        return Fold.fold(word).replace("'", "").replace("’", "");
    }

    /** True when {@code word} is one or more romanised syllables, only its last closed by one of {@code codas}. */
    private static boolean syllables(String word, List<String> codas) {
        return !word.isEmpty() && from(word, 0, codas);
    }

    private static boolean from(String w, int i, List<String> codas) {
        if (i == w.length()) return true;
        for (String onset : ONSETS) if (w.startsWith(onset, i) && nucleus(w, i + onset.length(), codas)) return true;
        return i == 0 && nucleus(w, i, codas); // only a word's first syllable may open with its vowel ("Enlai")
    }

    /** An optional glide after the onset ("kyong", "hwang"), one to three vowels, then an ending or the next syllable. */
    private static boolean nucleus(String w, int i, List<String> codas) {
        int k = i;
        if (k > 0 && k < w.length() - 1 && (w.charAt(k) == 'y' || w.charAt(k) == 'w') && vowel(w.charAt(k + 1))) k++;
        int v = k;
        while (k < w.length() && k - v < 3 && (vowel(w.charAt(k)) || k > v && w.charAt(k) == 'y')) k++;
        if (k == v) return false;
        for (int end = k; end > v; end--) {
            if (from(w, end, codas)) return true;
            for (String coda : codas) {
                boolean last = end + coda.length() == w.length();
                if (w.startsWith(coda, end) && (last || MEDIAL.contains(coda) && from(w, end + coda.length(), codas))) return true;
            }
        }
        return false;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
