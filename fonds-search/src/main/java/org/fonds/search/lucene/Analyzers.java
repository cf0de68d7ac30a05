package org.fonds.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.fonds.search.schema.Chain;
import org.fonds.search.schema.Field;
import org.fonds.search.schema.Step;

/** Lucene analyzers made from the chains of {@link Chain}: the same factories Solr's schema names. */
public final class Analyzers {
    private static final Map<Chain, Analyzer> BY_CHAIN = build();
    private static final Analyzer PER_FIELD = buildPerField();

    private Analyzers() {}

    /** The analyzer of {@code chain}. */
    public static Analyzer of(Chain chain) {
        return BY_CHAIN.get(chain);
    }

    /** One analyzer for the whole index: each analyzed field gets its chain, other fields stay whole. */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    /**
     * The analyzer of {@code chain} with Lucene's own factories only, as Solr builds it from the schema
     * (no remembered encodings): what the remembering filter is held to, and measured against.
     */
    public static Analyzer asSolrBuildsIt(Chain chain) {
        return custom(chain, false);
    }

    private static Analyzer buildPerField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (Field f : Field.analyzed()) fields.put(f.fieldName(), BY_CHAIN.get(f.kind().chain()));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    private static Map<Chain, Analyzer> build() {
        Map<Chain, Analyzer> out = new HashMap<>();
        for (Chain c : Chain.all()) out.put(c, custom(c, true));
        return out;
    }

    private static Analyzer custom(Chain chain, boolean remember) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder()
                    .withPositionIncrementGap(Chain.POSITION_GAP)
                    .withTokenizer(chain.tokenizer().name(), new HashMap<>(chain.tokenizer().params()));
            for (Step s : chain.filters()) {
                // the same filter, remembering each word's encoding (see the factory): Solr's schema names Lucene's own
                if (remember && s.name().equals("beiderMorse")) b.addTokenFilter(RememberingBeiderMorseFilterFactory.class, new HashMap<>(s.params()));
                else b.addTokenFilter(s.name(), new HashMap<>(s.params()));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the " + chain.name() + " analyzer", e);
        }
    }
}
