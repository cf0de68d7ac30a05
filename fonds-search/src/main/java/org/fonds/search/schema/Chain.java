package org.fonds.search.schema;

import java.util.List;
import java.util.Map;

/** An analysis chain: how text in a field becomes the terms that are indexed and searched. */
public record Chain(String name, Step tokenizer, List<Step> filters) {
    public Chain {
        filters = List.copyOf(filters);
    }

    /**
     * Running text of translations and notes: words split by Unicode rules, a possessive 's dropped
     * (Khrushchev's finds Khrushchev), then case and diacritics folded (Kádár, KÁDÁR and Kadar
     * become one term; Münnich and Munnich too).
     * No stemming, so a historian's phrase and exact-word searches stay exact.
     */
    public static final Chain TEXT = new Chain("text", Step.of("standard"),
            List.of(Step.of("englishPossessive"), Step.of("icuFolding")));

    /**
     * Personal names as sounds: folded; the endings that transliterations of the Slavic -ов/-ев give
     * (Khrushchev, Chruschtschow, Malenkow, Molotoff) made one; the German "ue" for "ü" (Mueller)
     * made "u", as folding makes "ü"; then Beider-Morse phonetic codes (approximate rules, the
     * language guessed from the spelling), so transliteration variants of one surname share a code:
     * Rokossowski and Rokossovsky, Khrushchev and Chruschtschow. Pattern-replace and Beider-Morse are
     * stock factories of both Lucene and Solr, so the chain needs no code of ours on a Solr node.
     */
    public static final Chain PHONETIC = new Chain("phonetic", Step.of("standard"), List.of(
            Step.of("icuFolding"),
            new Step("patternReplace", Map.of("pattern", "(?<=[a-z]{3})(?:ow|ew|ev|off|eff)$", "replacement", "ov")),
            new Step("patternReplace", Map.of("pattern", "ue", "replacement", "u")),
            new Step("beiderMorse", Map.of(
                    "nameType", "GENERIC", "ruleType", "APPROX", "concat", "true", "languageSet", "auto"))));

    /** A whole value as one folded term: {@code language:russian}, {@code delo:1006}, {@code archive:tskhsd}. */
    public static final Chain KEY = new Chain("key", Step.of("keyword"), List.of(Step.of("icuFolding")));

    /**
     * Positions left between two values of one field (two notes), so that a phrase never matches
     * across the end of one note and the start of the next.
     */
    public static final int POSITION_GAP = 100;

    public static List<Chain> all() {
        return List.of(TEXT, PHONETIC, KEY);
    }
}
