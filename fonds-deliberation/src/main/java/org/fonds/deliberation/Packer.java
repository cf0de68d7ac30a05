package org.fonds.deliberation;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdDictTrainer;
import com.github.luben.zstd.ZstdException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compresses the parts of extracts held packed ({@link PackedExtract}) with a zstd dictionary learnt
 * from the first {@link #SAMPLES} it is given: one document's parts are a few KB of JSON that repeat
 * the keys and phrases of every other's, and alone zstd takes them to about a fourth (1.76 KB a
 * document at 30,000 generated records), with a dictionary to about an eighth (0.92 KB; issue 14).
 * The first ones are compressed without it. Each packed document keeps the {@link Codec} it was
 * packed with, so a builder may hold documents another packer packed (an ingest's hand). Safe from
 * many threads.
 */
final class Packer {
    /** Documents whose parts the dictionary is learnt from (some 7 MB of JSON; learning takes about a second). */
    static final int SAMPLES = 1_000;
    private static final int DICTIONARY_BYTES = 64 << 10;
    /** zstd's fastest level, as the extract shards are written. */
    private static final int LEVEL = 1;

    /** How one document's parts were compressed, and so how they are read back. */
    static final class Codec {
        /** Both null: no dictionary. */
        private final ZstdDictCompress compress;
        private final ZstdDictDecompress decompress;

        private Codec(ZstdDictCompress compress, ZstdDictDecompress decompress) {
            this.compress = compress;
            this.decompress = decompress;
        }

        byte[] pack(byte[] json) {
            return compress == null ? Zstd.compress(json, LEVEL) : Zstd.compress(json, compress);
        }

        byte[] unpack(byte[] packed) {
            int size = Math.toIntExact(Zstd.getFrameContentSize(packed));
            return decompress == null ? Zstd.decompress(packed, size) : Zstd.decompress(packed, decompress, size);
        }
    }

    static final Codec PLAIN = new Codec(null, null);

    private volatile Codec codec = PLAIN;
    /** The parts seen while learning; null once the dictionary is learnt (or could not be). */
    private List<byte[]> samples = new ArrayList<>();

    /** The codec to pack {@code json} with; while learning, {@code json} is a sample. */
    Codec codecFor(byte[] json) {
        Codec c = codec;
        if (c != PLAIN) return c;
        synchronized (this) {
            if (samples == null) return codec;
            samples.add(json);
            if (samples.size() >= SAMPLES) learn();
            return codec;
        }
    }

    private void learn() {
        long bytes = 0;
        for (byte[] s : samples) bytes += s.length;
        ZstdDictTrainer trainer = new ZstdDictTrainer((int) Math.min(bytes, Integer.MAX_VALUE - 8), DICTIONARY_BYTES);
        for (byte[] s : samples) trainer.addSample(s);
        samples = null;
        try {
            byte[] dictionary = trainer.trainSamples();
            codec = new Codec(new ZstdDictCompress(dictionary, LEVEL), new ZstdDictDecompress(dictionary));
        } catch (ZstdException | IllegalArgumentException none) {
            // too few or too alike to learn from: every document packed without a dictionary, as the first were
        }
    }
}
