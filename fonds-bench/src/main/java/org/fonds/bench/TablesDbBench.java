package org.fonds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.Dialect;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.sessions.Session;
import org.fonds.synth.Generator;

/**
 * The derived tables in each embedded database (SQLite, H2, DuckDB), on N generated records held
 * in memory (no store: this compares the databases, not the reading of records): the build of every
 * table, the update after 100 changed documents (50 removed, 50 added), the pages a reader asks for
 * (a person's page: the person, their first 100 turns and the count, their sessions and tasks; a
 * person's turns deep in the list; a session's page: the session, who attended, where it stands),
 * and the file's size. Run: {@code ./fonds bench tablesdb [COUNT] [sqlite,h2,duckdb]}.
 */
public final class TablesDbBench {
    private static final int QUERIES = 500;

    private TablesDbBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        List<Dialect> dialects = args.length > 1 ? Arrays.stream(args[1].split(",")).map(s -> Dialect.valueOf(s.toUpperCase())).toList()
                : List.of(Dialect.values());
        Path dir = Path.of("target", "bench", "tablesdb-" + count).toAbsolutePath();
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        Generator g = new Generator(1956);
        DeliberationsBuilder builder = Deliberations.builder(Authority.sample());
        IntStream.range(0, count).parallel().forEach(i -> builder.add(g.generate(i).expected()));
        long t1 = System.nanoTime();
        builder.resolve();
        long t2 = System.nanoTime();
        System.out.printf("%,d records generated and extracted in %.1f s; who is who and meetings (whole corpus, in memory) %.1f s%n",
                count, s(t1 - t0), s(t2 - t1));
        List<String> ids = new ArrayList<>(builder.documentIds());
        for (Dialect d : dialects) {
            Path file = dir.resolve("tables-" + d.name().toLowerCase() + ".db");
            clean(dir, file);
            DeliberationsBuilder b = Deliberations.builder(Authority.sample());
            // the same corpus for each database: the builder is re-filled from the same generator
            IntStream.range(0, count).parallel().forEach(i -> b.add(g.generate(i).expected()));
            System.gc();
            long a = System.nanoTime();
            try (TablesDb db = TablesDb.open(file, d)) {
                var resolved = b.resolve();
                a = System.nanoTime();
                TablesDb.Written w = db.rebuild(b, resolved);
                long built = System.nanoTime();
                List<String> changed = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    String id = ids.get(i * (ids.size() / 50));
                    b.remove(id);
                    changed.add(id);
                }
                for (int i = count; i < count + 50; i++) {
                    var r = g.generate(i).expected();
                    b.add(r);
                    changed.add(r.id());
                }
                long r0 = System.nanoTime();
                var again = b.resolve();
                long u0 = System.nanoTime();
                TablesDb.Written uw = db.update(b, again, changed);
                long u1 = System.nanoTime();
                System.out.printf("%s: writing every table %.1f s (%,d documents, %,d people); after 100 changed documents:"
                                + " who is who again %.2f s, then the database's part of the update %.2f s"
                                + " (%,d documents and %,d people written again); file %,d MB%n",
                        d, s(built - a), w.documents(), w.people(), s(u0 - r0), s(u1 - u0), uw.documents(), uw.people(),
                        size(dir, file) >> 20);
                System.out.printf("%s: memory after writing and the update, database open: %s%n", d, memory());
            }
            try (DbTables t = DbTables.open(file, d)) {
                queries(d, t, new Random(7));
                System.out.printf("%s: memory after the page loads, database open for reading: %s%n", d, memory());
            }
        }
    }

    private static void queries(Dialect d, DbTables t, Random random) {
        List<Person> people = t.people(0, Integer.MAX_VALUE);
        List<Session> sessions = t.sessions(0, 5_000);
        // the busiest people: their pages are the slow ones
        List<Person> busy = new ArrayList<>(people);
        busy.sort((x, y) -> Integer.compare(y.documents().size(), x.documents().size()));
        busy = busy.subList(0, Math.min(20, busy.size()));
        long[] person = new long[QUERIES];
        long[] deep = new long[QUERIES];
        long[] session = new long[QUERIES];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < QUERIES; i++) {
                Person p = busy.get(random.nextInt(busy.size()));
                long a = System.nanoTime();
                t.person(p.id());
                int n = t.statementCount(p.id());
                t.statements(p.id(), 0, 100);
                t.personSessions(p.id(), 0, 200);
                t.personSessionCount(p.id());
                t.tasks(p.id(), 0, 100);
                t.totals(p.id());
                long b = System.nanoTime();
                t.statements(p.id(), Math.max(0, n / 2), 100);
                long c = System.nanoTime();
                Session s = sessions.get(random.nextInt(sessions.size()));
                t.session(s.documentId());
                t.attendees(s.documentId());
                t.sessionPosition(s.documentId());
                long e = System.nanoTime();
                person[i] = b - a;
                deep[i] = c - b;
                session[i] = e - c;
            }
        }
        System.out.printf("%s: person page p50 %.1f ms p99 %.1f ms; turns from the middle p50 %.1f ms p99 %.1f ms;"
                        + " session page p50 %.2f ms p99 %.2f ms (%d of each, the %d busiest people)%n", d,
                ms(pct(person, 50)), ms(pct(person, 99)), ms(pct(deep, 50)), ms(pct(deep, 99)), ms(pct(session, 50)), ms(pct(session, 99)),
                QUERIES, busy.size());
    }

    /**
     * The process's resident memory now and at its peak (Linux's VmRSS and VmHWM), and the heap in use after a GC. A
     * database's native memory (SQLite's page cache, DuckDB's buffer pool) is outside the heap and shows only in the
     * resident figures; the peak includes the generated corpus held in memory, so run one database a process to compare.
     */
    private static String memory() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        String rss = "?";
        String peak = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) rss = line.substring(6).strip();
                if (line.startsWith("VmHWM:")) peak = line.substring(6).strip();
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // not Linux: the heap alone is reported
        }
        return String.format("RSS %s, peak RSS %s, heap used after GC %,d MB", rss, peak, heap >> 20);
    }

    private static long pct(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    /** The file and whatever the database keeps beside it (SQLite's WAL, H2's .mv.db). */
    private static long size(Path dir, Path file) throws Exception {
        String name = file.getFileName().toString();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith(name)).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void clean(Path dir, Path file) throws Exception {
        String name = file.getFileName().toString();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(f -> f.getFileName().toString().startsWith(name)).toList()) Files.delete(f);
        }
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
