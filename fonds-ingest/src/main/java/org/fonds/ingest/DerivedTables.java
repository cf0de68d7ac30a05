package org.fonds.ingest;

import org.fonds.record.stored.VersionRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.fonds.deliberation.Deliberations;
import org.fonds.deliberation.DeliberationsBuilder;
import org.fonds.deliberation.ExtractsInHand;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityFile;
import org.fonds.record.RecordJson;
import org.fonds.store.ArchiveHome;
import org.fonds.store.AtomicFiles;
import org.fonds.store.OcflStore;

/**
 * The tables derived from the stored records (people with their name forms, sessions, attendance
 * and speaking, statements, the decision and task log, references, works, dates), kept table by
 * table with indexes in {@code HOME/derived/tables.db} (an update rewrites there only the rows a
 * change reaches), with the per-record extracts they are made from in {@code HOME/derived/extracts}
 * (an update reads from the store only the documents it changed). Like the index they are derived
 * data: rebuilt from the store by {@code reindex} and after every ingest that changed something,
 * each write one transaction, and the same store and authority always give the same rows.
 */
public final class DerivedTables {
    /** The one JSON document of every table that {@code fonds tables} writes (no longer kept in the home). */
    public static final String FILE = "deliberations.json";
    /** The tables in a SQLite file, kept up to date document by document (fonds-deliberation's {@code db}). */
    public static final String DATABASE = "tables.db";
    /** The editors' people authority in a home, when they keep one (format: README-authority.md). */
    public static final String AUTHORITY = "authority.json";
    /** Present while the store may hold changes the tables do not show (an ingest began and has not rebuilt them). */
    private static final String STALE = "stale";

    private final ArchiveHome home;
    private volatile String lastScope;
    private volatile String lastHow;

    public DerivedTables(ArchiveHome home) {
        this.home = home;
    }

    public Path database() {
        return home.derived().resolve(DATABASE);
    }

    /**
     * Says, on disk, that the store is about to change: if the process dies before {@link #rebuild},
     * the next ingest sees the mark and rebuilds even if it stores nothing new.
     */
    public void markStale() throws IOException {
        Files.createDirectories(home.derived());
        // also where the database is missing (never built): the database may be written before the
        // extracts are saved, and then its presence no longer says that the tables are whole
        if (!Files.exists(home.derived().resolve(STALE))) AtomicFiles.write(home.derived().resolve(STALE), out -> { });
    }

    /** Takes the mark away when the store did not change after all. */
    public void clearStale() throws IOException {
        Files.deleteIfExists(home.derived().resolve(STALE));
    }

    /** True when the tables may not show what the store holds: marked stale, or never built. */
    public boolean isStale() {
        return Files.exists(home.derived().resolve(STALE)) || !Files.isRegularFile(database());
    }

    /**
     * The authority the tables are built with: the home's {@code authority.json}, else none (the
     * corpus alone says who is who). The sample authority is an example to copy into a home, never
     * applied to a home that has not chosen it.
     */
    public Authority authority() {
        return handWritten();
    }

    /**
     * The authority the tables are built with: the home's hand-written {@code authority.json} (else
     * none) with the editors' corrections kept in the store laid over it; the corrections win
     * ({@link Authority#overlay}).
     */
    public Authority authority(OcflStore store) {
        return handWritten().overlay(PeopleAuthorityObject.head(store));
    }

    private Authority handWritten() {
        Path file = home.authority();
        if (!Files.isRegularFile(file)) return Authority.empty();
        try {
            return AuthorityFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the tables from every document's latest version in the store and writes them, and the
     * per-record extracts they were built from, to {@code HOME/derived}.
     */
    public Result rebuild(OcflStore store) throws IOException {
        return rebuild(store, authority(store));
    }

    public Result rebuild(OcflStore store, Authority authority) throws IOException {
        return rebuild(store, authority, new ExtractsInHand());
    }

    /** As {@link #rebuild(OcflStore)}, taking the records {@code inHand} holds from there instead of the store. */
    public Result rebuild(OcflStore store, ExtractsInHand inHand) throws IOException {
        return rebuild(store, authority(store), inHand);
    }

    /**
     * As {@link #rebuild(OcflStore, ExtractsInHand)}, for the stored documents {@code ids} as the caller
     * listed them (listing a store parses every object's inventory: a caller that needs the list for
     * the OAI catalog too lists it once).
     */
    public Result rebuild(OcflStore store, List<String> ids, ExtractsInHand inHand) throws IOException {
        List<RecordProblem> skipped = new CopyOnWriteArrayList<>();
        DeliberationsBuilder builder = Deliberations.builder(authority(store));
        read(store, ids, builder, skipped, inHand);
        return finish(builder, null, builder.size(), List.copyOf(skipped));
    }

    private Result rebuild(OcflStore store, Authority authority, ExtractsInHand inHand) throws IOException {
        List<RecordProblem> skipped = new CopyOnWriteArrayList<>();
        DeliberationsBuilder builder = readAll(store, authority, skipped, inHand);
        return finish(builder, null, builder.size(), List.copyOf(skipped));
    }

    /**
     * The tables written (how many people and sessions), how many documents were read from the store
     * to make them, and the documents left out because they could not be read or their extraction failed.
     */
    public record Result(int people, int sessions, int documentsRead, List<RecordProblem> skipped, String how) {
        public Result {
            skipped = List.copyOf(skipped);
        }

        public Result(int people, int sessions, int documentsRead, List<RecordProblem> skipped) {
            this(people, sessions, documentsRead, skipped, null);
        }
    }

    /**
     * Brings the tables up to date after the documents {@code changed} were stored: only those are
     * read from the store, the rest come from the saved extracts. Falls back to {@link #rebuild} when
     * the tables are marked stale (an earlier ingest died before updating them) or the extracts are
     * missing or of an older format.
     */
    public Result update(OcflStore store, Collection<String> changed, boolean staleBefore) throws IOException {
        return update(store, changed, staleBefore, new ExtractsInHand());
    }

    /**
     * As {@link #update(OcflStore, Collection, boolean)}; the changed records {@code inHand} holds
     * (the ingest that stored them made their extracts) are not read back from the store.
     */
    public Result update(OcflStore store, Collection<String> changed, boolean staleBefore, ExtractsInHand inHand) throws IOException {
        Authority authority = authority(store);
        DeliberationsBuilder builder;
        try {
            Optional<DeliberationsBuilder> saved = staleBefore ? Optional.empty()
                    : DeliberationsBuilder.loadExtracts(extracts(), authority);
            if (saved.isEmpty()) return rebuild(store, authority, inHand);
            builder = saved.get();
            builder.prepare(changed);
            for (String id : changed) builder.remove(id);
        } catch (IOException | java.io.UncheckedIOException damaged) {
            // the saved extracts are a cache of the store: a damaged one is made again from the store, not a failure
            return rebuild(store, authority, inHand);
        }
        List<RecordProblem> skipped = new CopyOnWriteArrayList<>();
        read(store, List.copyOf(changed), builder, skipped, inHand);
        return finish(builder, changed, changed.size() - skipped.size(), List.copyOf(skipped));
    }

    /**
     * Brings the tables up to date after a change of the authority alone (a people correction, the
     * authority object's new head already stored): no record changed, so none is read, and who is who
     * is worked out again only for what the change reaches ({@link TablesDb#updateAuthority}), given the
     * authority {@code before} the change. Falls back to {@link #rebuild} where an ingest's update does
     * (tables stale before, extracts missing or of an older format), and the database to its own
     * rebuild when its tables were not written with {@code before}.
     */
    public Result updateAuthority(OcflStore store, Authority before, boolean staleBefore) throws IOException {
        Authority authority = authority(store);
        Optional<DeliberationsBuilder> saved = staleBefore ? Optional.empty()
                : DeliberationsBuilder.loadExtracts(extracts(), authority);
        if (saved.isEmpty()) return rebuild(store, authority, new ExtractsInHand());
        DeliberationsBuilder builder = saved.get();
        try {
            if (Files.isRegularFile(database())) {
                try (TablesDb db = TablesDb.open(database())) {
                    if (db.current()) {
                        db.updateAuthority(builder, before);
                        lastScope = db.lastScope();
                        Result r = new Result(db.personCount(), db.sessionCount(), 0, List.of(), how(db));
                        clearStale();
                        return r;
                    }
                }
            }
        } catch (SQLException e) {
            // a file this version cannot read is derived data: written whole below
        }
        return rebuild(store, authority, new ExtractsInHand());
    }

    /** What the last {@link #updateAuthority} worked who is who out for (for benchmarks and reports), or null. */
    public String lastScope() {
        return lastScope;
    }

    /**
     * Reads records on every core: reading and the per-record extraction are most of a rebuild's cost.
     * A record that cannot be read (a damaged object) or whose extraction fails (even with a stack
     * overflow: the text is the only input) is left out and named in {@code skipped}; one record must
     * not keep a whole archive without its tables (issue 15).
     */
    private static void read(OcflStore store, List<String> ids, DeliberationsBuilder builder, List<RecordProblem> skipped,
                             ExtractsInHand inHand) {
        ids.parallelStream().forEach(id -> {
            if (builder.addFrom(inHand, id)) return;
            try {
                store.read(id, VersionRef.LATEST).ifPresent(v -> builder.add(RecordJson.read(v.recordJson())));
            } catch (RuntimeException | StackOverflowError e) {
                skipped.add(RecordProblem.of(id, RecordProblem.TABLES, e));
            }
        });
    }

    private Result finish(DeliberationsBuilder builder, Collection<String> changed, int read, List<RecordProblem> skipped)
            throws IOException {
        // the extracts are saved beside the database's one writer (which keeps one core busy), and
        // both are done before the stale mark goes: a crash or failure in either leaves it
        Files.createDirectories(home.derived());
        FutureTask<Void> saving = new FutureTask<>(() -> {
            builder.saveExtracts(extracts(), changed, (file, content) -> AtomicFiles.write(file, content::writeTo));
            return null;
        });
        Thread saver = Thread.ofPlatform().name("fonds-extracts").start(saving);
        int[] counts;
        try {
            counts = writeDatabase(builder, changed);
        } catch (IOException | RuntimeException e) {
            try {
                awaitSaved(saving, saver);
            } catch (IOException | RuntimeException alsoSaving) {
                e.addSuppressed(alsoSaving);
            }
            throw e;
        }
        awaitSaved(saving, saver);
        // the whole tables as one JSON file, which serve read into memory before the database (a gigabyte at 100,000 records)
        Files.deleteIfExists(home.derived().resolve(FILE));
        clearStale();
        return new Result(counts[0], counts[1], read, skipped, changed == null ? null : lastHow);
    }

    /** How the last update went, for a person: who is who worked out for what, and where the time went. */
    private static String how(TablesDb db) {
        return "who is who worked out for " + db.lastScope() + "; " + db.lastTimes();
    }

    /** Waits for the extracts' save; its failure is thrown here as the save's own would have been. */
    private static void awaitSaved(FutureTask<Void> saving, Thread saver) throws IOException {
        try {
            saving.get();
        } catch (InterruptedException e) {
            saver.interrupt();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the extracts were saved", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        }
    }

    /**
     * Updates the database with the documents {@code changed}, or rewrites every document when
     * {@code changed} is null; returns the number of sessions. Either is one transaction, written into
     * the file in place, so a server reading it goes on reading the old tables until the commit and the
     * new ones after. A file that is missing, of another schema or unreadable is written whole into a new
     * file beside it, without a log since nothing reads it, then moved into place (at a million records
     * the log doubled the writes: BENCHMARKS.md). A crash after the transaction and before the stale mark is taken away means a rebuild next time.
     * Returns the number of people and of sessions.
     */
    private int[] writeDatabase(DeliberationsBuilder builder, Collection<String> changed) throws IOException {
        try {
            if (Files.isRegularFile(database())) {
                try (TablesDb db = TablesDb.open(database())) {
                    if (db.current()) {
                        if (changed != null) {
                            db.update(builder, changed);
                            lastHow = how(db);
                        } else {
                            db.rebuild(builder);
                        }
                        return new int[] {db.personCount(), db.sessionCount()};
                    }
                } catch (SQLException e) {
                    // a file this version cannot read is derived data: it is written again below
                }
            }
            // no tables a reader could be reading: written whole into a new file, without a log, and moved into place
            Path made = home.derived().resolve(DATABASE + ".new");
            int[] counts;
            try (TablesDb db = TablesDb.createUnread(made)) {
                db.rebuild(builder);
                counts = new int[] {db.personCount(), db.sessionCount()};
            }
            deleteDatabase();
            AtomicFiles.moveInto(made, database());
            return counts;
        } catch (SQLException e) {
            throw new IOException("could not write the derived tables to " + database() + ": " + e.getMessage(), e);
        }
    }

    /** The database file and SQLite's write-ahead log and index beside it. */
    private void deleteDatabase() throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(home.derived().resolve(DATABASE + suffix));
    }

    private Path extracts() {
        return home.derived().resolve("extracts");
    }

    /** Builds the tables from every document's latest record in the store, in memory only. */
    public static Deliberations build(OcflStore store, Authority authority, List<RecordProblem> skipped) {
        return readAll(store, authority, skipped, new ExtractsInHand()).build();
    }

    private static DeliberationsBuilder readAll(OcflStore store, Authority authority, List<RecordProblem> skipped,
                                                ExtractsInHand inHand) {
        DeliberationsBuilder builder = Deliberations.builder(authority);
        try (Stream<String> s = store.ids()) {
            read(store, s.toList(), builder, skipped, inHand);
        }
        return builder;
    }
}
