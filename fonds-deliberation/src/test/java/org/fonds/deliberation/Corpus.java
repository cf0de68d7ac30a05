package org.fonds.deliberation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;

/** The records the tests build from: the shared sample exports, parsed, and generated ones. */
final class Corpus {
    private Corpus() {
    }

    static Path shared() {
        return Seeds.shared();
    }

    static List<ArchiveRecord> seeds() {
        return Seeds.records();
    }

    static List<ArchiveRecord> generated(int from, int count) {
        Generator g = new Generator(1956);
        List<ArchiveRecord> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) out.add(g.generate(i).expected());
        return out;
    }
}
