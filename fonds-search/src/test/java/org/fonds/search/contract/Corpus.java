package org.fonds.search.contract;

import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Description;
import org.fonds.synth.Generator;

/** The records the contract suite searches: the shared sample exports, and generated ones. */
public final class Corpus {
    private Corpus() {}

    /** The sample exports of {@code ${fonds.shared}/corpus/seeds}, parsed. */
    public static List<ArchiveRecord> seeds() {
        return Seeds.records();
    }

    /** Kinds given to generated records the generator gives none, so the kind facet is counted under the oracle too. */
    private static final String[] KINDS = {"working notes", "telegram", "minutes", null};

    /** {@code count} generated records (seed 1956), as the generator states them, each with a kind. */
    public static List<ArchiveRecord> generated(int count) {
        Generator g = new Generator(1956);
        List<ArchiveRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(withKind(g.generate(i).expected(), KINDS[i % KINDS.length]));
        return out;
    }

    private static ArchiveRecord withKind(ArchiveRecord r, String kind) {
        if (r.kind() != null) return r;
        Description d = r.description();
        return r.describedAs(new Description(d.layout(), kind, d.from(), d.to(), d.place(), d.classification(), d.translators(), d.chair()));
    }
}
