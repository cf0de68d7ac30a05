package org.fonds.parse;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parser for batches (an ingest, a reparse), with a time limit on each file. The parser reads in linear time and
 * is fuzzed for loops, but a loop that never ends was found in it once (a sentence with "delegation represented", session
 * of 2026-12-07): in a batch of a million files such a file would stop the whole run with no word said. Here it is read
 * on a thread of its own; past the limit its text is kept whole with the parser's failure warning (the text is in the
 * archive, searchable and flagged, and {@code fonds reparse} reads it again once the parser is mended), or, where it is
 * no text, it is refused saying so, and the batch goes on. The limit is generous: wall-clock time on a machine whose
 * cores many workers share, not the parse's own time. Java cannot stop the lost thread; it is a daemon, so it does not
 * keep the process alive.
 */
public final class TimedParser {
    /** What a file may take at least, and for each of its megabytes (the parser reads about 10 MB a second). */
    public static final Duration BASE = Duration.ofSeconds(60);
    public static final Duration PER_MEGABYTE = Duration.ofSeconds(30);

    /** One file's parse. */
    @FunctionalInterface
    public interface Parse {
        ParseOutcome parse(String sourceName, byte[] bytes);
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Parse parse;
    private final Duration base;
    private final Duration perMegabyte;
    /** One pool for every instance (an ingest makes one per run): idle threads end after a minute. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fonds-parse-" + THREADS.incrementAndGet());
        t.setDaemon(true); // a parse that never ends must not keep the process alive
        return t;
    });

    public TimedParser() {
        this(new RecordParser()::parse, BASE, PER_MEGABYTE);
    }

    /** {@code parse} under the limits given (tests give a short one). */
    public TimedParser(Parse parse, Duration base, Duration perMegabyte) {
        this.parse = parse;
        this.base = base;
        this.perMegabyte = perMegabyte;
    }

    /** The file read as {@link RecordParser#parse} reads it, or, past its limit, kept whole or refused as said above. */
    public ParseOutcome parse(String sourceName, byte[] bytes) {
        Duration limit = limitFor(bytes.length);
        Future<ParseOutcome> outcome = POOL.submit(() -> parse.parse(sourceName, bytes));
        try {
            return outcome.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            return RecordParser.unfinished(sourceName, bytes, "the parser did not finish within " + limit.toSeconds() + " s");
        } catch (InterruptedException e) {
            outcome.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + sourceName, e);
        } catch (ExecutionException e) {
            // the parser catches its own failures; what comes here is an Error (out of memory) and is the batch's to handle
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException("reading " + sourceName, e.getCause());
        }
    }

    Duration limitFor(long bytes) {
        return base.plus(perMegabyte.multipliedBy((bytes + (1 << 20) - 1) >> 20));
    }
}
