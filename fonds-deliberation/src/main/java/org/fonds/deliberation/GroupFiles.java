package org.fonds.deliberation;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.fonds.deliberation.people.Canonical;
import org.fonds.deliberation.sessions.Meetings;
import static org.fonds.deliberation.BinaryText.*;

/**
 * Beside each shard of extracts, what grouping reads of its records ({@code groups-NNNN.bin}): each one's
 * sketch and meeting account. An update regroups meetings and copies over every record of the corpus,
 * but writes the rows of only a few hundred: with these it reads back only the extract shards of the
 * records it writes, where it read every extract of the corpus (70% of an update's time at a million
 * generated records, BENCHMARKS.md "The update at a million when no name moved").
 *
 * <p>Plain binary, not JSON or compressed: a sketch is 32 hashes, which neither shortens, and the file
 * is read whole at every update (about 300 bytes a record). Written and read only with its shard
 * ({@link ExtractShards#FORMAT} says both are there), and, like the shards, a cache.
 */
final class GroupFiles {
    /** Written first in each file: a file of another layout is refused, and the caller rebuilds. */
    private static final int MAGIC = 0x46475231; // "FGR1"

    /** What grouping needs of one record: its sketch (null in old extracts) and its meeting account (null when it is no session). */
    record Grouping(String documentId, Meetings.Account account, long[] sketch) {
        static Grouping of(PackedExtract e) {
            return new Grouping(e.documentId(), e.account(), e.sketch());
        }
    }

    private GroupFiles() {
    }

    static Path file(Path dir, int shard) {
        return dir.resolve(String.format("groups-%04d.bin", shard));
    }

    /**
     * Writes the groupings of one shard's records to {@code out}, leaving it open, and after them
     * {@code token}, which the shard's names file written with it carries too ({@link NameFiles}): a
     * Fonds that knows no names files writes no token, so its names file is then known to be older
     * than the shard. (An older reader stops at the end mark and never sees it.)
     */
    static void write(Iterable<Grouping> groupings, long token, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new ExtractShards.KeptOpen(out), 1 << 16));
        data.writeInt(MAGIC);
        for (Grouping e : groupings) {
            data.writeBoolean(true);
            writeText(data, e.documentId());
            writeLongs(data, e.sketch());
            Meetings.Account a = e.account();
            data.writeBoolean(a != null);
            if (a == null) continue;
            writeString(data, a.date());
            writeStrings(data, a.protocols());
            writeStrings(data, a.authors());
            boolean own = a.sketch() != e.sketch() && !java.util.Arrays.equals(a.sketch(), e.sketch());
            data.writeBoolean(own);
            if (own) writeLongs(data, a.sketch());
        }
        data.writeBoolean(false);
        data.writeLong(token);
        data.flush();
    }

    /**
     * Hands each grouping of one shard to {@code into}; a missing file is an empty shard. Strings go
     * through {@code shared} (a meeting's dates and note-takers repeat across the corpus). Returns the
     * token written after them, 0 when there is none.
     */
    static long read(Path dir, int shard, Canonical shared, Consumer<Grouping> into) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(dir, shard));
        } catch (NoSuchFileException e) {
            return 0;
        }
        try {
            BinaryReader data = new BinaryReader(bytes);
            if (data.readInt() != MAGIC) throw new IOException("not a file of groupings: " + file(dir, shard));
            while (data.readBoolean()) {
                String id = readText(data);
                long[] sketch = readLongs(data);
                Meetings.Account account = null;
                if (data.readBoolean()) {
                    String date = shared.of(readString(data));
                    List<String> protocols = readStrings(data, shared);
                    List<String> authors = readStrings(data, shared);
                    long[] own = data.readBoolean() ? readLongs(data) : sketch;
                    account = new Meetings.Account(id, date, protocols, authors, own);
                }
                into.accept(new Grouping(id, account, sketch));
            }
            return data.available() >= Long.BYTES ? data.readLong() : 0;
        } catch (EOFException e) {
            throw new IOException("a file of groupings ends early: " + file(dir, shard), e);
        }
    }

    private static void writeLongs(DataOutputStream data, long[] values) throws IOException {
        data.writeInt(values == null ? -1 : values.length);
        if (values != null) for (long v : values) data.writeLong(v);
    }

    private static long[] readLongs(BinaryReader data) throws IOException {
        int n = data.readInt();
        if (n < 0) return null;
        if (n > data.available() / Long.BYTES) throw new IOException("a sketch longer than its file");
        // the sketch's longs at once (as DataOutputStream wrote them, high byte first): a read per long was most
        // of reading a million records' groupings
        return data.readLongs(n);
    }
}
