package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.read.TableFiles;
import org.fonds.deliberation.people.Authority;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables a database reaches by updates equal those a rebuild from scratch writes: a random
 * sequence of ingests (new records), changes (a record replaced by another's content under its id)
 * and deletions, drawn from generated records, the real records and the seeds (where people share
 * surnames and a change moves a name from one person to another), compared by a dump of every
 * table after each step, and by what a reader of the updated file writes out against the value built
 * afresh. The seed is in the failure message.
 */
class IncrementalTablesTest {
    private static final int STEPS = 12;

    private static List<String> without(List<String> a, List<String> b) {
        Set<String> other = new java.util.HashSet<>(b);
        return a.stream().filter(l -> !other.contains(l)).map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList();
    }

    @Test
    void updatesEqualARebuildAfterRandomIngestsChangesAndDeletions(@TempDir Path dir) throws Exception {
        // -Dfonds.seed=N runs a failure's sequence again
        long seed = Long.getLong("fonds.seed", System.nanoTime());
        try {
            run(seed, dir);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": " + e, e);
        }
    }

    private static void run(long seed, Path dir) throws Exception {
        Random random = new Random(seed);
        List<ArchiveRecord> pool = TablesContract.records();
        Map<String, ArchiveRecord> live = new TreeMap<>();
        for (ArchiveRecord r : pool) if (random.nextInt(3) == 0) live.put(r.id(), r);
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        live.values().forEach(builder::add);
        try (TablesDb db = TablesDb.open(dir.resolve("incremental.db"))) {
            db.rebuild(builder);
            for (int step = 1; step <= STEPS; step++) {
                Set<String> changed = new LinkedHashSet<>();
                int operations = 1 + random.nextInt(random.nextBoolean() ? 3 : 25);
                for (int i = 0; i < operations; i++) {
                    ArchiveRecord r = pool.get(random.nextInt(pool.size()));
                    List<String> ids = new ArrayList<>(live.keySet());
                    switch (random.nextInt(3)) {
                        case 0 -> { // an ingest of a record not yet in the archive (or the same again)
                            live.put(r.id(), r);
                            builder.add(r);
                            changed.add(r.id());
                        }
                        case 1 -> { // a record changed: another's content under its id
                            if (ids.isEmpty()) continue;
                            String id = ids.get(random.nextInt(ids.size()));
                            ArchiveRecord now = r.withId(id);
                            live.put(id, now);
                            builder.add(now);
                            changed.add(id);
                        }
                        default -> {
                            if (ids.isEmpty()) continue;
                            String id = ids.get(random.nextInt(ids.size()));
                            live.remove(id);
                            builder.remove(id);
                            changed.add(id);
                        }
                    }
                }
                db.update(builder, changed);
                DeliberationsBuilder fresh = Deliberations.builder(Authority.sample());
                live.values().forEach(fresh::add);
                try (TablesDb rebuilt = TablesDb.open(dir.resolve("rebuilt-" + step + ".db"))) {
                    rebuilt.rebuild(fresh);
                    List<String> incremental = List.of(db.dump().split("\n"));
                    List<String> expected = List.of(rebuilt.dump().split("\n"));
                    // only the lines that differ, so a failure shows what went wrong, not two dumps
                    assertThat(without(incremental, expected)).as("seed %d, step %d: rows the update left or wrote wrong", seed, step).isEmpty();
                    assertThat(without(expected, incremental)).as("seed %d, step %d: rows the update missed", seed, step).isEmpty();
                }
                // and as a reader sees it (a server beside the writer): the whole tables, as the value built afresh writes them
                try (DbTables read = DbTables.openReadOnly(dir.resolve("incremental.db"))) {
                    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                    TableFiles.all(read, all);
                    assertThat(all.toString(java.nio.charset.StandardCharsets.UTF_8)).as("seed %d, step %d: the tables read", seed, step)
                            .isEqualTo(fresh.build().json());
                }
            }
        }
    }
}
