package org.fonds.deliberation.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fonds.deliberation.tables.Json;
import org.fonds.deliberation.tables.Statement;

/**
 * The long texts of the tables, kept as one zstd frame each: a session as JSON, and a document's
 * turns as a JSON array (issue 14: the turns' text was 29% of the file, the sessions 10%, and both
 * are read a row at a time, so a frame per row costs a page microseconds). The same input always
 * packs to the same bytes, so a rebuild and an update write equal rows.
 */
final class Packed {
    /** zstd's level 3: measured against 1 and 9 on the turns and sessions (BENCHMARKS.md, issue 14). */
    private static final int LEVEL = 3;

    /**
     * A context per thread, kept: making one for each frame (what {@code Zstd.compress} does) took about
     * as long again as the compression itself, and a person page unpacks up to fifty frames.
     */
    private static final ThreadLocal<ZstdCompressCtx> PACKER = ThreadLocal.withInitial(() -> new ZstdCompressCtx().setLevel(LEVEL));
    private static final ThreadLocal<ZstdDecompressCtx> UNPACKER = ThreadLocal.withInitial(ZstdDecompressCtx::new);

    private Packed() {
    }

    static byte[] pack(String text) {
        return PACKER.get().compress(text.getBytes(StandardCharsets.UTF_8));
    }

    static String unpack(byte[] frame) {
        long size = Zstd.getFrameContentSize(frame);
        if (size < 0 || size > Integer.MAX_VALUE) throw new IllegalStateException("a packed text of the tables is damaged (" + size + ")");
        return new String(UNPACKER.get().decompress(frame, (int) size), StandardCharsets.UTF_8);
    }

    /**
     * A document's turns as the statements name them: entry {@code n - 1} is the text of turn
     * {@code n} (null for a turn no statement names), so the text of a turn several people spoke is
     * kept once.
     */
    static byte[] turns(List<Statement> statements) {
        List<String> texts = new ArrayList<>();
        for (Statement s : statements) {
            while (texts.size() < s.turn()) texts.add(null);
            texts.set(s.turn() - 1, s.text());
        }
        return pack(TablesDb.json(texts));
    }

    /** The texts of a document's turns, by turn number less one. */
    static List<String> turns(byte[] frame) {
        try {
            return Arrays.asList(Json.MAPPER.readValue(unpack(frame), String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document's turns in the tables are no list of texts", e);
        }
    }
}
