package org.fonds.search.schema;

import java.util.Map;

/**
 * One step of an analysis chain: a tokenizer or token filter by its factory name, with parameters.
 * The names and parameters are the ones Lucene's {@code CustomAnalyzer} and Solr's {@code schema.xml}
 * both take ({@code standard}, {@code icuFolding}, {@code beiderMorse}), which is what lets one
 * definition drive both engines.
 */
public record Step(String name, Map<String, String> params) {
    public Step {
        params = Map.copyOf(params);
    }

    public static Step of(String name) {
        return new Step(name, Map.of());
    }
}
