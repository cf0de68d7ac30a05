package org.fonds.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.fonds.deliberation.Deliberations;
import org.fonds.store.OcflStore;

/**
 * The derived tables as a running server sees them. An ingest or a reindex in another process
 * replaces the file; the server looks at most once a second whether it has been replaced and then
 * reads it again in the background, serving the old tables until the new ones are in (at 100,000
 * records the file is read in seconds, too long to make a reader wait).
 */
public final class LiveTables implements Supplier<Deliberations>, AutoCloseable {
    private static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DerivedTables tables;
    private final Consumer<String> log;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fonds-derived-tables");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Deliberations current;
    private volatile List<Object> stamp;
    private volatile long checkedAt;

    private LiveTables(DerivedTables tables, Consumer<String> log) {
        this.tables = tables;
        this.log = log;
    }

    /**
     * Reads the tables of a home; a home whose tables were never built (made by an older Fonds) gets
     * them built from the store in memory, and {@code log} says how to keep them.
     */
    public static LiveTables open(DerivedTables tables, OcflStore store, Consumer<String> log) throws IOException {
        LiveTables live = new LiveTables(tables, log);
        live.stamp = live.stamp();
        live.current = tables.read().orElse(null);
        if (live.current == null) {
            log.accept("fonds: this home has no derived tables yet; building them from the store (fonds reindex keeps them)");
            List<RecordProblem> skipped = new java.util.concurrent.CopyOnWriteArrayList<>();
            live.current = DerivedTables.build(store, tables.authority(), skipped);
            skipped.forEach(p -> log.accept("fonds: the derived tables leave out " + p.line()));
        }
        live.checkedAt = System.nanoTime();
        return live;
    }

    @Override
    public Deliberations get() {
        long now = System.nanoTime();
        if (now - checkedAt > CHECK_EVERY_NANOS) {
            checkedAt = now;
            List<Object> seen = stamp();
            if (!Objects.equals(seen, stamp) && reading.compareAndSet(false, true)) reader.execute(() -> reload(seen));
        }
        return current;
    }

    private void reload(List<Object> seen) {
        try {
            tables.read().ifPresent(d -> current = d);
            stamp = seen;
        } catch (IOException | RuntimeException e) {
            // a half-read file cannot be: files are renamed into place; this is a disk error, said once per change
            stamp = seen;
            log.accept("fonds: could not read the derived tables " + tables.file() + ": " + e.getMessage());
        } finally {
            reading.set(false);
        }
    }

    /** What changes when the file is replaced: its identity on disk, its time and its size. */
    private List<Object> stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(tables.file(), BasicFileAttributes.class);
            return java.util.Arrays.asList(a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
