package org.fonds.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.fonds.search.SearchIndex;
import org.fonds.record.ArchiveRecord;
import org.fonds.search.schema.OlderIndexException;
import org.fonds.deliberation.people.RecordNames;
import org.fonds.parse.ParseOutcome;
import org.fonds.parse.Refusal;
import org.fonds.parse.TimedParser;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeDocument;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.store.Deposit;
import org.fonds.store.OwnerOnly;
import org.fonds.store.OcflStore;
import org.fonds.store.Problems;
import org.fonds.store.StoreOutcome;

/**
 * Takes files into the archive: each is read, parsed and stored on one of the workers
 * ({@link #WORKERS_PER_THREAD} per thread asked for); a refused file is kept byte for byte with its
 * reason. The caller holds the home's write lock.
 */
public final class Ingest {
    /** What an ingest did, for the summary line of spec/INTERFACES.md. */
    /** @param changed the ids of the documents added or updated, for what is derived from them */
    /** @param notIndexed documents stored but not indexed: their text broke the index's analysis (issue 15) */
    public record Summary(int added, int updated, int unchanged, int refused, long bytes, Duration elapsed, Set<String> changed,
                          List<RecordProblem> notIndexed) {
        public Summary {
            changed = Set.copyOf(changed);
            notIndexed = List.copyOf(notIndexed);
        }

        public int files() {
            return added + updated + unchanged + refused;
        }

        /** "added N, updated N, unchanged N, refused N" */
        public String line() {
            return "added " + added + ", updated " + updated + ", unchanged " + unchanged + ", refused " + refused;
        }
    }

    /** Told how far an ingest has got; called from one thread at a time. */
    public interface Progress {
        /** Tells nobody: for tests, benchmarks and servers. */
        Progress NONE = new Progress() {
            @Override
            public void update(int done, int total, long bytes, Duration elapsed) {
            }

            @Override
            public void finish() {
            }
        };

        void update(int done, int total, long bytes, Duration elapsed);

        void finish();
    }

    /** Commit the index this often, so that a crash costs at most this many documents' indexing. */
    private static final int COMMIT_EVERY = 5_000;
    /** Make the store durable this often (see {@link OcflStore#flush}). */
    private static final int SYNC_EVERY = 500;
    /**
     * Workers per thread asked for: a store write waits for the disk (its journal entry is forced
     * before the write, in groups), so while some workers wait, others parse and index. The more
     * workers wait together, the more journal entries one force covers. Memory stays bounded: a
     * worker holds one document.
     */
    private static final int WORKERS_PER_THREAD = 16;
    /** How often people are told how far an ingest has got. */
    private static final long TICK_NANOS = 250_000_000L;

    private final OcflStore store;
    private final SearchIndex index;
    private final Problems problems;
    private TimedParser parser = new TimedParser();
    private final String agent;
    private final int threads;
    private final List<RecordProblem> notIndexed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Stored stored = (record, names, outcome) -> { };

    public Ingest(OcflStore store, SearchIndex index, Problems problems, String agent, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1 (got: " + threads + ")");
        this.store = store;
        this.index = index;
        this.problems = problems;
        this.agent = agent;
        this.threads = threads;
    }

    /** Reads with {@code timed} (a test's shorter limit, or a parse that stalls). */
    Ingest parsingWith(TimedParser timed) {
        this.parser = java.util.Objects.requireNonNull(timed, "timed");
        return this;
    }

    /** Told of each record stored as a new version. */
    @FunctionalInterface
    public interface Stored {
        /**
         * {@code names}: the record's name scan, made at most once and shared with the index;
         * {@code outcome}: the version written and when.
         */
        void stored(ArchiveRecord record, RecordNames names, StoreOutcome outcome);
    }

    /**
     * Hands {@code sink} every record stored as a new version, from the storing thread, once it is
     * stored (the tables step takes them from there instead of reading them back).
     */
    public Ingest onStored(Stored sink) {
        this.stored = java.util.Objects.requireNonNull(sink, "sink");
        return this;
    }

    /** Ingests {@code files}; each refusal is also told to {@code refusals} as one line for people. */
    public Summary run(List<Path> files, Progress progress, Consumer<String> refusals) {
        // checked before anything is stored, so the store and the index stay in step
        if (index.olderFormat()) throw new OlderIndexException();
        long start = System.nanoTime();
        Tally counts = new Tally();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        Set<String> changed = ConcurrentHashMap.newKeySet();
        notIndexed.clear();
        ExecutorService pool = Executors.newFixedThreadPool(threads * WORKERS_PER_THREAD);
        try {
            List<Future<?>> work = new ArrayList<>(files.size());
            for (Path file : files) {
                work.add(pool.submit(() -> {
                    one(file, counts, bytes, refusals, changed);
                    int n = done.incrementAndGet();
                    if (n % SYNC_EVERY == 0) store.flush();
                    if (n % COMMIT_EVERY == 0) index.commit();
                }));
            }
            Runnable tick = () -> progress.update(done.get(), files.size(), bytes.get(), since(start));
            long lastTick = System.nanoTime();
            for (Future<?> f : work) {
                waitFor(f, tick);
                if (System.nanoTime() - lastTick > TICK_NANOS) {
                    tick.run();
                    lastTick = System.nanoTime();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        store.flush();
        index.commit();
        progress.update(done.get(), files.size(), bytes.get(), since(start));
        progress.finish();
        return new Summary(counts.of(StoreOutcome.Kind.ADDED), counts.of(StoreOutcome.Kind.UPDATED),
                counts.of(StoreOutcome.Kind.UNCHANGED), counts.refused.get(), bytes.get(), since(start), changed,
                List.copyOf(notIndexed));
    }

    private void one(Path file, Tally counts, AtomicLong bytes, Consumer<String> refusals, Set<String> changed) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            // no bytes to keep: the path is kept, so fonds problems lists it and reparse reads it again
            String why = "unreadable: " + e.getMessage();
            problems.keepUnreadable(file.toString(), why);
            counts.refused.incrementAndGet();
            refusals.accept("refused " + file + ": " + why);
            return;
        }
        bytes.addAndGet(content.length);
        String name = file.toString();
        boolean ownerOnly = OwnerOnly.is(file);
        if (TeiVolumes.isVolume(content)) {
            volume(content, name, ownerOnly, counts, refusals, changed);
            return;
        }
        switch (parser.parse(name, content)) {
            case ParseOutcome.Accepted a -> store(content, name, ownerOnly, a.record(), counts, refusals, changed);
            case ParseOutcome.Refused r -> refuse(content, name, ownerOnly, r.refusal(), counts, refusals);
        }
    }

    /**
     * A TEI volume: the whole file is kept as an object of its own (its record the volume's), then
     * each of its documents, with its div's bytes as source, on workers of their own. A volume that
     * does not read is refused whole: none of its documents is stored.
     */
    private void volume(byte[] content, String name, boolean ownerOnly, Tally counts, Consumer<String> refusals,
                        Set<String> changed) {
        switch (TeiVolumes.read(content)) {
            case VolumeOutcome.Refused r -> refuse(content, name, ownerOnly, r.refusal(), counts, refusals);
            case VolumeOutcome.Read read -> {
                store(content, name, ownerOnly, read.volume().record(), counts, refusals, changed);
                ExecutorService docs = Executors.newFixedThreadPool(threads * WORKERS_PER_THREAD);
                try {
                    List<Future<?>> work = new ArrayList<>();
                    for (VolumeDocument d : read.volume().documents()) {
                        String docName = name + "#" + d.record().archiveDocumentId();
                        work.add(docs.submit(() -> store(d.source(), docName, ownerOnly, d.record(), counts, refusals, changed)));
                    }
                    for (Future<?> f : work) waitFor(f, () -> { });
                } finally {
                    docs.shutdownNow();
                }
            }
        }
    }

    private void store(byte[] source, String name, boolean ownerOnly, ArchiveRecord parsed, Tally counts,
                       Consumer<String> refusals, Set<String> changed) {
        ArchiveRecord record = KeptCorrections.over(store, parsed);
        StoreOutcome outcome = store.put(new Deposit(source, name, record, agent, ownerOnly));
        // the names are scanned once for the index's person field and the tables' extract
        RecordNames names = RecordNames.of(record);
        // also for an unchanged document: a crash may have kept it from the index last time
        if (index.indexedVersion(outcome.id()) != outcome.version()) index(names, outcome.version(), name, refusals);
        counts.stored.get(outcome.kind()).incrementAndGet();
        if (outcome.kind() != StoreOutcome.Kind.UNCHANGED) {
            changed.add(outcome.id());
            stored.stored(record, names, outcome);
        }
    }

    private void refuse(byte[] content, String name, boolean ownerOnly, Refusal why, Tally counts, Consumer<String> refusals) {
        problems.keep(content, name, why.code().code(), why.message(), why.line(), ownerOnly);
        counts.refused.incrementAndGet();
        refusals.accept("refused " + why.describe(name));
    }

    /** What an ingest did so far, counted from many workers: stored by outcome, and refused. */
    private static final class Tally {
        final Map<StoreOutcome.Kind, AtomicInteger> stored = new EnumMap<>(StoreOutcome.Kind.class);
        final AtomicInteger refused = new AtomicInteger();

        Tally() {
            for (StoreOutcome.Kind k : StoreOutcome.Kind.values()) stored.put(k, new AtomicInteger());
        }

        int of(StoreOutcome.Kind kind) {
            return stored.get(kind).get();
        }
    }

    /**
     * Indexes a stored record. One the index cannot take (its text breaks an analyzer) stays stored
     * and is named, and the ingest goes on (issue 15); a failure of the index's disk stops the ingest.
     */
    private void index(RecordNames names, int version, String name, Consumer<String> refusals) {
        ArchiveRecord record = names.record();
        try {
            index.put(record, version, names.scan());
        } catch (java.io.UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            RecordProblem p = RecordProblem.of(record.id(), RecordProblem.INDEX, e);
            notIndexed.add(p);
            refusals.accept("not indexed " + p.line() + " (stored from " + name
                    + "; verify lists it, reindex tries again)");
        }
    }

    /** Waits for {@code f}, telling {@code tick} about progress every quarter of a second. */
    private static void waitFor(Future<?> f, Runnable tick) {
        while (true) {
            try {
                f.get(250, java.util.concurrent.TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                tick.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
