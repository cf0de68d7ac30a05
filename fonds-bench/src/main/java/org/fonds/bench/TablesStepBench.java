package org.fonds.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.ingest.DerivedTables;
import org.fonds.record.RecordJson;
import org.fonds.record.stored.VersionRef;
import org.fonds.store.ArchiveHome;
import org.fonds.store.OcflStore;

/**
 * The derived tables step alone, on a home's saved extracts: what an ingest does after its workers
 * (who is who, the meetings and copies, every row written) without the store's reading or the
 * per-record extraction. {@code make COUNT} makes the home of {@code COUNT} generated records under
 * target/bench (as {@code bench tables} does); {@code rebuild HOME OUT.db} loads the extracts and
 * writes every table into a new {@code OUT.db} ({@code rebuild-unread}: without a log, as a first build); {@code update HOME OUT.db} then takes 100 documents
 * out, reads them back from the store and updates {@code OUT.db} (the whole-corpus fallback on
 * generated records). Each prints wall and CPU seconds of the thread and the process, and the
 * largest heap left after a collection while it ran (with -XX:+UseSerialGC or G1 after a young
 * collection this bounds the live heap from above).
 */
public final class TablesStepBench {
    private static final AtomicLong MOST_AFTER_GC = new AtomicLong();

    private TablesStepBench() {
    }

    public static void main(String[] args) throws Exception {
        watchCollections();
        switch (args[0]) {
            case "make" -> {
                int count = Integer.parseInt(args[1].replace("_", ""));
                Path dir = Path.of("target", "bench", "tables-" + count).toAbsolutePath();
                BenchArchive.ensure(dir, new ArchiveHome(dir.resolve("home")), count);
            }
            case "rebuild" -> rebuild(new ArchiveHome(Path.of(args[1])), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1, false);
            case "rebuild-unread" -> rebuild(new ArchiveHome(Path.of(args[1])), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1, true);
            case "update" -> update(new ArchiveHome(Path.of(args[1])), Path.of(args[2]));
            case "records" -> records(new ArchiveHome(Path.of(args[1])));
            default -> throw new IllegalArgumentException("make COUNT | rebuild HOME OUT.db | rebuild-unread HOME OUT.db | update HOME OUT.db (got: "
                    + args[0] + ")");
        }
    }

    private static DeliberationsBuilder load(ArchiveHome home, OcflStore store) throws Exception {
        Authority authority = new DerivedTables(home).authority(store);
        long t0 = System.nanoTime();
        DeliberationsBuilder b = DeliberationsBuilder.loadExtracts(home.derived().resolve("extracts"), authority)
                .orElseThrow(() -> new IllegalStateException("no saved extracts in " + home.root()));
        System.gc();
        System.out.printf("loaded %,d extracts in %.1f s; heap after GC with them held %,d MB%n", b.size(), s(System.nanoTime() - t0), used() >> 20);
        return b;
    }

    /**
     * The extracts made from the stored records on every core, as a rebuild from the store (and, from
     * the records in hand, an ingest) holds them: the heap they take once made.
     */
    private static void records(ArchiveHome home) throws Exception {
        try (OcflStore store = OcflStore.open(home)) {
            List<String> ids;
            try (Stream<String> s = store.ids()) {
                ids = s.toList();
            }
            DeliberationsBuilder b = org.fonds.deliberation.Deliberations.builder(new DerivedTables(home).authority(store));
            Clock c = new Clock();
            ids.parallelStream().forEach(id -> store.read(id, VersionRef.LATEST).ifPresent(v -> b.add(RecordJson.read(v.recordJson()))));
            System.gc();
            c.print("read and extracted " + b.size() + " records; heap after GC with their extracts held " + (used() >> 20) + " MB");
        }
    }

    /**
     * {@code rounds} rebuilds of the one file from the same extracts: the later ones with the code compiled.
     * {@code unread}: each into a new file without a log, as a home's first build is written (TablesDb.createUnread);
     * else into the file through its write-ahead log, as a rebuild over tables a server may be reading.
     */
    private static void rebuild(ArchiveHome home, Path out, int rounds, boolean unread) throws Exception {
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(out + suffix));
        try (OcflStore store = OcflStore.open(home)) {
            DeliberationsBuilder b = load(home, store);
            for (int round = 1; round <= rounds; round++) {
                System.gc();
                Clock c = new Clock();
                try (TablesDb db = unread ? TablesDb.createUnread(out) : TablesDb.open(out)) {
                    db.rebuild(b);
                }
                c.print("round " + round + ": TablesDb.rebuild of " + b.size() + " documents");
            }
        }
    }

    private static void update(ArchiveHome home, Path out) throws Exception {
        try (OcflStore store = OcflStore.open(home)) {
            DeliberationsBuilder b = load(home, store);
            List<String> some;
            try (Stream<String> ids = store.ids()) {
                some = ids.sorted().toList();
            }
            // every n-th id: spread over the corpus, the same 100 each run
            int step = Math.max(1, some.size() / 100);
            List<String> changed = new java.util.ArrayList<>();
            for (int i = 0; i < some.size() && changed.size() < 100; i += step) changed.add(some.get(i));
            for (String id : changed) {
                b.remove(id);
                store.read(id, VersionRef.LATEST).ifPresent(v -> b.add(RecordJson.read(v.recordJson())));
            }
            Clock c = new Clock();
            try (TablesDb db = TablesDb.open(out)) {
                TablesDb.Written w = db.update(b, changed);
                c.print("TablesDb.update after " + changed.size() + " changed (" + db.lastTimes() + "; scope " + db.lastScope()
                        + "; " + w.documents() + " documents' rows, " + w.people() + " people written)");
            }
        }
    }

    /** Wall and CPU time since it was made, and the most heap left after a collection meanwhile. */
    private static final class Clock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final long wall = System.nanoTime();
        private final long thread = threads.getCurrentThreadCpuTime();
        private final long process = os.getProcessCpuTime();

        Clock() {
            MOST_AFTER_GC.set(0);
        }

        void print(String what) {
            System.out.printf("%s: wall %.1f s, CPU of this thread %.1f s, of the process %.1f s; most heap after a collection %,d MB%n",
                    what, s(System.nanoTime() - wall), s(threads.getCurrentThreadCpuTime() - thread), s(os.getProcessCpuTime() - process),
                    MOST_AFTER_GC.get() >> 20);
        }
    }

    private static void watchCollections() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long after = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) after += u.getUsed();
                MOST_AFTER_GC.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
