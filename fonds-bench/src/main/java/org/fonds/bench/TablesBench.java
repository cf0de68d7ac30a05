package org.fonds.bench;

import org.fonds.record.stored.VersionRef;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.people.Authority;
import org.fonds.ingest.DerivedTables;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.RecordJson;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;

/**
 * Building the derived tables (people, sessions, matrices, log, references, timeline) from the
 * store of N generated records: phase by phase on one thread (reading every record's latest
 * version from the store, the per-record extraction, the whole-corpus build of who is who and the
 * tables, writing the JSON), then the product's path ({@link DerivedTables#rebuild}, what ingest and
 * reindex run: the database), opening it to read (what serve does at start), and the update after an ingest
 * that changed 100 documents. Run: {@code ./fonds bench tables [COUNT] [product]} (default 100,000;
 * {@code product} skips the phases); the archive is built once under target/bench and reused.
 */
public final class TablesBench {
    private TablesBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path dir = Path.of("target", "bench", "tables-" + count).toAbsolutePath();
        ArchiveHome home = new ArchiveHome(dir.resolve("home"));
        BenchArchive.ensure(dir, home, count);
        boolean phases = args.length < 2 || !args[1].equals("product");
        for (int round = 1; phases && round <= 2; round++) phases(home, dir, count, round);
        DerivedTables tables = new DerivedTables(home);
        try (OcflStore store = OcflStore.open(home)) {
            for (int round = 1; round <= 2; round++) {
                System.gc();
                long t0 = System.nanoTime();
                DerivedTables.Result r = tables.rebuild(store);
                long t1 = System.nanoTime();
                try (DbTables read = DbTables.openReadOnly(tables.database())) {
                    if (read.sessionCount() != r.sessions()) throw new IllegalStateException("the tables read back differ from those written");
                }
                long t2 = System.nanoTime();
                System.out.printf("product path, round %d: DerivedTables.rebuild (store read and extraction on %d cores, who is who,"
                                + " the database of %,d MB) %.1f s; opening it to read (what serve does) %.3f s%n",
                        round, Runtime.getRuntime().availableProcessors(), Files.size(tables.database()) >> 20, s(t1 - t0), s(t2 - t1));
            }
            List<String> some;
            try (Stream<String> ids = store.ids()) {
                some = ids.limit(100).toList();
            }
            for (int round = 1; round <= 2; round++) {
                System.gc();
                long t0 = System.nanoTime();
                DerivedTables.Result r = tables.update(store, some, false);
                System.out.printf("product path, round %d: DerivedTables.update after an ingest that changed %d documents"
                        + " (%d read from the store, the rest from the saved extracts) %.1f s%n", round, some.size(),
                        r.documentsRead(), s(System.nanoTime() - t0));
            }
            for (int round = 1; round <= 2; round++) updatePhases(home, tables, store, some, round);
        }
    }

    /**
     * The update after 100 changed records, step by step on the product's classes: loading every saved
     * extract, then {@code TablesDb.update} (who is who for the surnames the change reaches, the
     * meetings and copies it can move, the rows), with the scope it chose. The 100 records are read
     * from the store and put back unchanged, as an ingest that stored them again would.
     */
    private static void updatePhases(ArchiveHome home, DerivedTables tables, OcflStore store, List<String> some, int round) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        DeliberationsBuilder builder = DeliberationsBuilder.loadExtracts(home.derived().resolve("extracts"), tables.authority())
                .orElseThrow(() -> new IllegalStateException("no saved extracts"));
        long t1 = System.nanoTime();
        for (String id : some) {
            builder.remove(id);
            store.read(id, VersionRef.LATEST).ifPresent(v -> builder.add(RecordJson.read(v.recordJson())));
        }
        long t2 = System.nanoTime();
        try (org.fonds.deliberation.db.TablesDb db = org.fonds.deliberation.db.TablesDb.open(tables.database())) {
            org.fonds.deliberation.db.TablesDb.Written w = db.update(builder, some);
            long t3 = System.nanoTime();
            System.out.printf("update phases, round %d: loading %,d extracts %.2f s; reading and extracting the %d changed %.2f s;"
                    + " TablesDb.update %.2f s (%s; scope: %s; %d documents' rows and %d people written)%n", round, builder.size(), s(t1 - t0),
                    some.size(), s(t2 - t1), s(t3 - t2), db.lastTimes(), db.lastScope(), w.documents(), w.people());
            // 100 new telegrams naming people of their own, then taken away again: the narrowed path
            List<String> added = new ArrayList<>();
            for (int n = 0; n < some.size(); n++) {
                ArchiveRecord r = RecordJson.read(store.read(some.get(n), VersionRef.LATEST).orElseThrow().recordJson());
                ArchiveRecord t = telegram(r, n).withId("bench-telegram-" + n);
                added.add(t.id());
                builder.add(t);
            }
            for (String way : List.of("100 new telegrams naming people of their own", "the same telegrams removed")) {
                if (way.contains("removed")) added.forEach(builder::remove);
                long t4 = System.nanoTime();
                org.fonds.deliberation.db.TablesDb.Written tw = db.update(builder, added);
                System.out.printf("update phases, round %d, %s: TablesDb.update %.2f s (%s; scope: %s; %d documents' rows and %d people written)%n",
                        round, way, s(System.nanoTime() - t4), db.lastTimes(), db.lastScope(), tw.documents(), tw.people());
            }
        }
    }

    /** {@code r} as a telegram whose text names three people no other record names (surnames made from {@code n}). */
    private static ArchiveRecord telegram(ArchiveRecord r, int n) {
        String a = "Tal" + letters(n);
        String b = "Ved" + letters(n);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) RecordJson.mapper().valueToTree(r);
        json.put("kind", "telegram");
        json.put("body", "Cde. Imre " + a + " met Cde. Anna " + b + " and Cde. Bela Kor" + letters(n) + ". " + a + " said " + b + " must go.");
        json.putNull("chair");
        json.putNull("summary");
        json.put("title", "Telegram " + n);
        for (String empty : List.of("participants", "speakers", "turns", "notes", "noteMarkers", "protocolRefs", "from", "to")) {
            json.set(empty, RecordJson.mapper().createArrayNode());
        }
        return RecordJson.read(json.toString());
    }

    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3; i++, n /= 26) out.append((char) ('a' + n % 26));
        return out.toString();
    }

    /** One thread, phase by phase: where the time goes. */
    private static void phases(ArchiveHome home, Path dir, int count, int round) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        List<ArchiveRecord> records = new ArrayList<>(count);
        try (OcflStore store = OcflStore.open(home); Stream<String> ids = store.ids()) {
            for (String id : ids.sorted().toList()) store.read(id, VersionRef.LATEST).ifPresent(v -> records.add(RecordJson.read(v.recordJson())));
        }
        long t1 = System.nanoTime();
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        for (ArchiveRecord r : records) builder.add(r);
        long t2 = System.nanoTime();
        Deliberations d = builder.build();
        long t3 = System.nanoTime();
        Path out = dir.resolve("phases.json");
        try (OutputStream o = Files.newOutputStream(out)) {
            d.writeJson(o);
        }
        long t4 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        records.clear();
        System.gc();
        System.out.printf("phases on one thread, round %d: %,d records, %,d people, %,d sessions; read store %.1f s, extract %.1f s,"
                        + " build %.1f s, write %.1f s (%,d MB); total %.1f s; heap after GC with the tables held %,d MB%n",
                round, builder.size(), d.people().size(), d.sessions().size(), s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3),
                Files.size(out) >> 20, s(t4 - t0), (rt.totalMemory() - rt.freeMemory()) >> 20);
        Files.delete(out);
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
