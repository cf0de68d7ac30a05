package org.fonds.search.contract;

import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;

/** The records the contract suite searches: the shared sample exports, and generated ones. */
public final class Corpus {
    private Corpus() {}

    /** The sample exports of {@code ${fonds.shared}/corpus/seeds}, parsed. */
    public static List<ArchiveRecord> seeds() {
        return Seeds.records();
    }

    /** {@code count} generated records (seed 1956), as the generator states them. */
    public static List<ArchiveRecord> generated(int count) {
        Generator g = new Generator(1956);
        List<ArchiveRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(g.generate(i).expected());
        return out;
    }
}
