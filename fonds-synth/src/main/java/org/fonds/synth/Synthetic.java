package org.fonds.synth;

import java.util.List;
import java.util.Set;
import org.fonds.record.ArchiveRecord;

/**
 * One generated export file: its name, its bytes, the record it must parse to, and the variants
 * it was written in (for coverage checks).
 */
public record Synthetic(String fileName, byte[] bytes, ArchiveRecord expected, Set<Variant> variants) {
    public Synthetic {
        variants = Set.copyOf(variants);
    }

    public List<String> variantNames() {
        return variants.stream().map(Enum::name).sorted().toList();
    }
}
