package org.fonds.deliberation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.fonds.deliberation.people.Canonical;

/**
 * The extract shards of a builder loaded for an update that are not read yet, each with the groupings
 * of its records ({@link GroupFiles}): an update regroups every record but writes the rows of few, so
 * it reads a shard's extracts only when a document of it is asked for (changed, removed, or its rows
 * written again). A shard is read at most once, from whichever thread asks first; from then on the
 * builder holds its extracts and this holds nothing of it.
 */
final class ShardsOnDisk {
    private final Path dir;
    private final ExtractShards.Encoding encoding;
    /** Per shard, the groupings of its records by id; null once its extracts are read. */
    private final AtomicReferenceArray<Map<String, GroupFiles.Grouping>> unread;
    private final Object[] locks;

    private ShardsOnDisk(Path dir, ExtractShards.Encoding encoding) {
        this.dir = dir;
        this.encoding = encoding;
        this.unread = new AtomicReferenceArray<>(encoding.shards);
        this.locks = new Object[encoding.shards];
        for (int i = 0; i < locks.length; i++) locks[i] = new Object();
    }

    /** The groupings of every shard in {@code dir} (read side by side), no extract yet. */
    static ShardsOnDisk read(Path dir, ExtractShards.Encoding encoding, Canonical shared) throws IOException {
        ShardsOnDisk out = new ShardsOnDisk(dir, encoding);
        try {
            IntStream.range(0, encoding.shards).parallel().forEach(shard -> {
                Map<String, GroupFiles.Grouping> groupings = new HashMap<>();
                try {
                    GroupFiles.read(dir, shard, shared, g -> groupings.put(g.documentId(), g));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.unread.set(shard, groupings);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    /** Reads the extracts of {@code shard} into {@code into} unless they were read before. */
    void load(int shard, Canonical shared, Packer packer, Consumer<PackedExtract> into) throws IOException {
        synchronized (locks[shard]) {
            if (unread.get(shard) == null) return;
            ExtractShards.read(dir, shard, encoding, shared, packer, into);
            unread.set(shard, null);
        }
    }

    /** How many records the shards not read hold. */
    int unread() {
        int n = 0;
        for (int i = 0; i < unread.length(); i++) {
            Map<String, GroupFiles.Grouping> m = unread.get(i);
            if (m != null) n += m.size();
        }
        return n;
    }

    int shards() {
        return unread.length();
    }

    /** The shards whose extracts are not read yet. */
    java.util.List<Integer> unreadShards() {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < unread.length(); i++) if (unread.get(i) != null) out.add(i);
        return out;
    }

    Set<String> unreadIds() {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < unread.length(); i++) {
            Map<String, GroupFiles.Grouping> m = unread.get(i);
            if (m != null) out.addAll(m.keySet());
        }
        return out;
    }

    boolean holdsUnread(String documentId) {
        Map<String, GroupFiles.Grouping> m = unread.get(ExtractShards.shard(documentId));
        return m != null && m.containsKey(documentId);
    }

    /** Hands the grouping of every record of the shards not read to {@code into}. */
    void unreadGroupings(Consumer<GroupFiles.Grouping> into) {
        for (int i = 0; i < unread.length(); i++) {
            Map<String, GroupFiles.Grouping> m = unread.get(i);
            if (m != null) m.values().forEach(into);
        }
    }
}
