package org.fonds.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.core.extension.storage.layout.HashedNTupleIdEncapsulationLayoutExtension;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleIdEncapsulationLayoutConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an object's folder lies in the store: OCFL's storage layout extension 0003 (the sha256 of
 * the id cut into tuples of folders, the id itself as the object's folder, readable at the leaf).
 *
 * <p>A new store takes one level of 4,096 folders ({@link #forNewStores}), where the extension's own
 * default takes three: with three levels each object at 100,000 records sat alone in two folders of
 * its own, 8 KB of disk blocks per object (a sixth of it; BENCHMARKS.md, issue 14), while one level
 * holds about 250 objects per folder at a million. A store keeps the layout it was made with (the
 * storage root's {@code extensions/0003-hash-and-id-n-tuple-storage-layout/config.json} says which),
 * so an older store is read and written as before.
 */
public final class StoreLayout {
    static final String EXTENSION = "0003-hash-and-id-n-tuple-storage-layout";

    private StoreLayout() {
    }

    /** The layout a store made now is given. */
    public static HashedNTupleIdEncapsulationLayoutConfig forNewStores() {
        return new HashedNTupleIdEncapsulationLayoutConfig().setTupleSize(3).setNumberOfTuples(1);
    }

    /**
     * The layout of the store at {@code ocflRoot}, as its extension's configuration names it; the
     * extension's defaults where the configuration is absent (the spec makes it optional).
     */
    static HashedNTupleIdEncapsulationLayoutExtension of(Path ocflRoot) {
        HashedNTupleIdEncapsulationLayoutConfig config = new HashedNTupleIdEncapsulationLayoutConfig();
        Path file = ocflRoot.resolve("extensions").resolve(EXTENSION).resolve("config.json");
        if (Files.isRegularFile(file)) {
            try {
                JsonNode json = new ObjectMapper().readTree(file.toFile());
                if (json.hasNonNull("digestAlgorithm")) {
                    config.setDigestAlgorithm(DigestAlgorithmRegistry.getAlgorithm(json.get("digestAlgorithm").asText()));
                }
                if (json.hasNonNull("tupleSize")) config.setTupleSize(json.get("tupleSize").asInt());
                if (json.hasNonNull("numberOfTuples")) config.setNumberOfTuples(json.get("numberOfTuples").asInt());
            } catch (IOException | RuntimeException e) {
                throw new StoreException("cannot read the storage layout of " + ocflRoot + " from " + file + ": " + e.getMessage(), e);
            }
        }
        HashedNTupleIdEncapsulationLayoutExtension layout = new HashedNTupleIdEncapsulationLayoutExtension();
        layout.init(config);
        return layout;
    }
}
