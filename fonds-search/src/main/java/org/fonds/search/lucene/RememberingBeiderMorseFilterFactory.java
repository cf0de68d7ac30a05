package org.fonds.search.lucene;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.phonetic.BeiderMorseFilter;

/**
 * Lucene's Beider-Morse filter, with each word's encoding remembered. Encoding a word guesses its
 * languages and applies hundreds of rules: at ingest it took three quarters of indexing time (JFR,
 * 5,000 generated records), while the words of the name fields repeat from document to document
 * (a corpus names a few thousand people). The filter and its engine are Lucene's and commons-codec's
 * own, so the terms are exactly those of {@code BeiderMorseFilterFactory} that Solr's schema names;
 * only {@code languageSet="auto"} is taken, the one setting the schema uses (the filter then asks the
 * engine to guess, which is what is remembered).
 */
public final class RememberingBeiderMorseFilterFactory extends TokenFilterFactory {
    /** The name of the factory in an analysis chain (Lucene's own is "beiderMorse"). */
    public static final String NAME = "rememberingBeiderMorse";
    /** Words remembered before the memory is cleared and starts again: about 20 MB of short strings. */
    private static final int REMEMBERED = 100_000;

    private final PhoneticEngine engine;

    public RememberingBeiderMorseFilterFactory(Map<String, String> args) {
        super(args);
        NameType nameType = NameType.valueOf(get(args, "nameType", NameType.GENERIC.toString()));
        RuleType ruleType = RuleType.valueOf(get(args, "ruleType", RuleType.APPROX.toString()));
        boolean concat = getBoolean(args, "concat", true);
        String languageSet = get(args, "languageSet", "auto");
        if (!"auto".equals(languageSet)) throw new IllegalArgumentException("only languageSet=auto is remembered, not " + languageSet);
        engine = new Remembering(nameType, ruleType, concat);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For Lucene's service loader, which asks every factory for a no-argument constructor. */
    public RememberingBeiderMorseFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new BeiderMorseFilter(input, engine);
    }

    /** The engine, remembering what each word encodes to (the engine's rules are immutable: threads share it). */
    private static final class Remembering extends PhoneticEngine {
        private final Map<String, String> encoded = new ConcurrentHashMap<>();

        Remembering(NameType nameType, RuleType ruleType, boolean concat) {
            super(nameType, ruleType, concat);
        }

        @Override
        public String encode(String input) {
            String known = encoded.get(input);
            if (known != null) return known;
            String e = super.encode(input);
            if (encoded.size() >= REMEMBERED) encoded.clear(); // a crude bound; names repeat, so it refills with them
            encoded.put(input, e);
            return e;
        }
    }
}
