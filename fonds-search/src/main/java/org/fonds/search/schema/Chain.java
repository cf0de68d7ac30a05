package org.fonds.search.schema;

import java.util.List;

/** An analysis chain: how text in a field becomes the terms that are indexed and searched. */
public record Chain(String name, Step tokenizer, List<Step> filters) {
    public Chain {
        filters = List.copyOf(filters);
    }

    /**
     * Running text of translations and notes: words split by Unicode rules, then case and
     * diacritics folded (Kádár, KÁDÁR and Kadar become one term; Münnich and Munnich too).
     * No stemming, so a historian's phrase and exact-word searches stay exact.
     */
    public static final Chain TEXT = new Chain("text", Step.of("standard"), List.of(Step.of("icuFolding")));

    /**
     * Personal names as sounds: folded, then Beider-Morse phonetic codes (approximate rules, any
     * language guessed from the spelling), so transliteration variants of one surname share a code:
     * Rokossowski and Rokossovsky, Khrushchev and Khrushchov.
     */
    public static final Chain PHONETIC = new Chain("phonetic", Step.of("standard"), List.of(
            Step.of("icuFolding"),
            new Step("beiderMorse", java.util.Map.of(
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
