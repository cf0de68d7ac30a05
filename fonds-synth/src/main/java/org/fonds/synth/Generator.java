package org.fonds.synth;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Synthetic export files in every variant of the format, with the records they must parse to.
 * Deterministic: the same seed and index always give the same bytes, whatever the order or thread
 * they are made in, so a corpus can be written in parallel and a failure reproduced from its name.
 */
public final class Generator {
    private final long seed;

    public Generator(long seed) {
        this.seed = seed;
    }

    public Synthetic generate(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0 (got: " + index + ")");
        }
        return new DocumentWriter(new java.util.SplittableRandom(mix(seed, index)), seed, index).write();
    }

    /** Writes {@code count} files into {@code dir} on every core; returns the number written. */
    public int writeCorpus(Path dir, int count) throws IOException {
        return writeCorpus(dir, count, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Writes {@code count} files into {@code dir} on {@code threads} threads; returns the number
     * written. Each file is made from its own index alone and has a name of its own, so the files
     * are the same, byte for byte, whatever the number of threads (a million took ~17 min on one).
     */
    public int writeCorpus(Path dir, int count, int threads) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0 (got: " + count + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 (got: " + threads + ")");
        }
        Files.createDirectories(dir);
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> workers = Collections.nCopies(threads, () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                Synthetic s = generate(i);
                Files.write(dir.resolve(s.fileName()), s.bytes());
            }
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(workers)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("writing the corpus into " + dir + " was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return count;
    }

    /** A 64-bit mix (splitmix64's finaliser) so neighbouring indexes get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
