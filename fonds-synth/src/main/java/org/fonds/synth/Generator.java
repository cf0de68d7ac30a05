package org.fonds.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Writes {@code count} files into {@code dir}; returns the number written. */
    public int writeCorpus(Path dir, int count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0 (got: " + count + ")");
        }
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Synthetic s = generate(i);
            Files.write(dir.resolve(s.fileName()), s.bytes());
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
