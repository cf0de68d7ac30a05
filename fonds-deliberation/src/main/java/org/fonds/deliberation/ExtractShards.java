package org.fonds.deliberation;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.fonds.deliberation.tables.Json;

/**
 * The per-record extracts on disk, so that a small change to a large store re-reads only the
 * records that changed: one JSON line per record, spread over {@link #SHARDS} files by id, so that
 * a change rewrites only the files of the ids it touches. A cache: whoever writes it must be able
 * to throw it away and rebuild it from the store.
 */
final class ExtractShards {
    static final int SHARDS = 64;
    /** Changed whenever what an extract holds or how it is worked out changes: old shards are then rebuilt. */
    static final String FORMAT = "fonds-extracts/7";

    private static final ObjectWriter WRITER = Json.MAPPER.writerFor(Extract.class);
    private static final ObjectReader READER = Json.MAPPER.readerFor(Extract.class);

    private ExtractShards() {
    }

    static int shard(String id) {
        return Math.floorMod(id.hashCode(), SHARDS);
    }

    static Path file(Path dir, int shard) {
        return dir.resolve(String.format("extracts-%02d.jsonl", shard));
    }

    static void write(Map<String, Extract> extracts, int shard, OutputStream out) throws IOException {
        for (Extract e : extracts.values()) {
            if (shard(e.documentId()) != shard) continue;
            out.write(WRITER.writeValueAsBytes(e));
            out.write('\n');
        }
    }

    /** Adds the extracts of one shard file to {@code into}; a missing file is an empty shard. */
    static void read(Path dir, int shard, Map<String, Extract> into) throws IOException {
        Path file = file(dir, shard);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                Extract e = READER.readValue(line);
                into.put(e.documentId(), e);
            }
        } catch (NoSuchFileException e) {
            // no record of the store falls in this shard
        }
    }
}
