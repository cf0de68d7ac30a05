package org.fonds.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.read.MemoryTables;
import org.fonds.deliberation.read.Tables;
import org.fonds.store.OcflStore;

/**
 * The derived tables as a running server sees them: the home's database, read by query on a
 * read-only connection, so nothing of the corpus is held in memory. An ingest beside the server
 * updates the file in place, and each query sees what was last committed; a rebuild that has to
 * write a new file (the old one was of another schema, or unreadable) is noticed within a second
 * (the file's identity on disk changes) and a new connection is opened on it. The connection it
 * replaces is closed at the next replacement, not at once: a request may still be reading it.
 */
public final class LiveTables implements Supplier<Tables>, AutoCloseable {
    private static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DerivedTables tables;
    private final Consumer<String> log;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Tables current;
    private volatile List<Object> stamp;
    private volatile long checkedAt;
    private Tables retired;
    /** The file last found unreadable: said once, not every second. */
    private List<Object> complained;

    private LiveTables(DerivedTables tables, Consumer<String> log) {
        this.tables = tables;
        this.log = log;
    }

    /**
     * Opens the tables of a home; a home whose tables were never built (made by an older Fonds, or
     * of an older schema) gets them built from the store in memory until a database appears, and
     * {@code log} says how to keep them. The store is opened only for that ({@code store}): a server
     * opening a home with its tables in place reaches its first page without it.
     */
    public static LiveTables open(DerivedTables tables, Supplier<OcflStore> store, Consumer<String> log) {
        LiveTables live = new LiveTables(tables, log);
        List<Object> seen = live.stamp();
        Optional<DbTables> db = live.openDatabase();
        if (db.isPresent()) {
            live.current = db.get();
            live.stamp = seen;
        } else {
            // an older schema costs a build at every start (about 50 s of CPU at 10,000 records): say which it is
            String why = Files.isRegularFile(tables.database()) ? "this home's derived tables were made by another version of Fonds"
                    : "this home has no derived tables yet";
            log.accept("fonds: " + why + "; building them from the store for this run (fonds reindex keeps them)");
            List<RecordProblem> skipped = new CopyOnWriteArrayList<>();
            live.current = new MemoryTables(DerivedTables.build(store.get(), tables.authority(store.get()), skipped));
            skipped.forEach(p -> log.accept("fonds: the derived tables leave out " + p.line()));
            live.stamp = List.of();
        }
        live.checkedAt = System.nanoTime();
        return live;
    }

    @Override
    public Tables get() {
        long now = System.nanoTime();
        if (now - checkedAt > CHECK_EVERY_NANOS && checking.compareAndSet(false, true)) {
            try {
                checkedAt = now;
                List<Object> seen = stamp();
                if (!Objects.equals(seen, stamp)) reopen(seen);
            } finally {
                checking.set(false);
            }
        }
        return current;
    }

    /** Changes to the tables in the file now there; while it cannot be read (being written whole), the old ones stay and the next check tries again. */
    private void reopen(List<Object> seen) {
        Optional<DbTables> db = openDatabase();
        if (db.isEmpty()) return;
        if (retired != null) retired.close();
        retired = current;
        current = db.get();
        stamp = seen;
    }

    /** A reader of the home's database when it holds tables of this version. */
    private Optional<DbTables> openDatabase() {
        try {
            return DbTables.openIfCurrent(tables.database());
        } catch (SQLException | RuntimeException e) {
            List<Object> seen = stamp();
            if (Objects.equals(seen, complained)) return Optional.empty();
            complained = seen;
            log.accept("fonds: could not read the derived tables " + tables.database() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** What changes when the file is replaced by another: its identity on disk and when it was made. */
    private List<Object> stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(tables.database(), BasicFileAttributes.class);
            return Arrays.asList(a.fileKey(), a.creationTime());
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (retired != null) retired.close();
        if (current != null) current.close();
    }
}
