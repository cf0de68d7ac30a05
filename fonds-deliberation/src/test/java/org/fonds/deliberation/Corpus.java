package org.fonds.deliberation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.RecordParser;
import org.fonds.deliberation.people.Authority;
import java.util.ArrayList;
import java.util.List;
import org.fonds.parse.Seeds;
import org.fonds.record.ArchiveRecord;
import org.fonds.synth.Generator;

/** The records the tests build from: the shared sample exports, parsed, and generated ones. */
public final class Corpus {
    private Corpus() {
    }

    /** A folder of the shared corpus; the caller is skipped where a clone lacks it, or fails under CI=true. */
    static Path folder(String folder) {
        return Seeds.corpus(folder);
    }

    static List<ArchiveRecord> seeds() {
        return Seeds.records();
    }

    /** The real records of {@code ../shared/corpus/real/docs} that parse, by file stem ("08_horvath_notes_1956-11-03"). */
    static Map<String, ArchiveRecord> real() {
        return parsed(folder("real/docs"));
    }

    /** The records of a folder of text exports that parse, by file stem. */
    public static Map<String, ArchiveRecord> parsed(Path dir) {
        Map<String, ArchiveRecord> out = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".txt")) continue;
                if (new RecordParser().parse(name, Files.readAllBytes(f)) instanceof ParseOutcome.Accepted a) {
                    out.put(name.substring(0, name.length() - 4), a.record());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<ArchiveRecord> generated(int from, int count) {
        Generator g = new Generator(1956);
        List<ArchiveRecord> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) out.add(g.generate(i).expected());
        return out;
    }

    /** The real records' tables with an empty authority, built once for every test class that reads them. */
    static synchronized Deliberations realTables() {
        if (realTables == null) realTables = Deliberations.build(real().values(), Authority.empty());
        return realTables;
    }

    private static Deliberations realTables;
}
