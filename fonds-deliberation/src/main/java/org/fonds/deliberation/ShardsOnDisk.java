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
 * The extracts on disk of a builder loaded for an update that it has not read, with the groupings of
 * their records ({@link GroupFiles}): an update regroups every record but writes the rows of few, so
 * it reads an extract only when its document is asked for (changed, removed, or its rows written again),
 * and of its shard's other lines only their ids. Saving a shard copies the lines of the records not read
 * through as they are ({@link #unreadLines}): at a million records a shard holds about a thousand.
 */
final class ShardsOnDisk {
    private final Path dir;
    private final ExtractShards.Encoding encoding;
    /** Per shard, the groupings of its records by id; null once its extracts are read. */
    private final AtomicReferenceArray<Map<String, GroupFiles.Grouping>> unread;
    private final Object[] locks;
    /** Per shard, the token its groupings end with: its names file is of the same writing when it carries the same. */
    private final long[] tokens;
    /** Per shard, whether its names file is of the same writing as its groupings ({@link NameFiles}). */
    private final boolean[] named;
    /** Per shard, whether that names file has its head of forms ({@link NameFiles#forms}). */
    private final boolean[] headed;
    /** Names files read whole (not their heads alone): for tests of what an update reads. */
    private final java.util.concurrent.atomic.AtomicInteger namesRead = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger shardsRead = new java.util.concurrent.atomic.AtomicInteger();

    private ShardsOnDisk(Path dir, ExtractShards.Encoding encoding) {
        this.dir = dir;
        this.encoding = encoding;
        this.unread = new AtomicReferenceArray<>(encoding.shards);
        this.locks = new Object[encoding.shards];
        this.tokens = new long[encoding.shards];
        this.named = new boolean[encoding.shards];
        this.headed = new boolean[encoding.shards];
        for (int i = 0; i < locks.length; i++) locks[i] = new Object();
    }

    /** The groupings of every shard in {@code dir} (read side by side), no extract yet. */
    static ShardsOnDisk read(Path dir, ExtractShards.Encoding encoding, Canonical shared) throws IOException {
        ShardsOnDisk out = new ShardsOnDisk(dir, encoding);
        try {
            IntStream.range(0, encoding.shards).parallel().forEach(shard -> {
                Map<String, GroupFiles.Grouping> groupings = new java.util.concurrent.ConcurrentHashMap<>();
                try {
                    out.tokens[shard] = GroupFiles.read(dir, shard, shared, g -> groupings.put(g.documentId(), g));
                    NameFiles.Kind kind = NameFiles.of(dir, shard, out.tokens[shard]);
                    out.named[shard] = kind != NameFiles.Kind.NONE;
                    out.headed[shard] = kind == NameFiles.Kind.HEADED;
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

    /**
     * Reads into {@code into} the extracts of {@code shard} that {@code wanted} names (every one when null)
     * and that were not read before; from then on this holds nothing of them.
     */
    void load(int shard, Set<String> wanted, Canonical shared, Packer packer, Consumer<PackedExtract> into) throws IOException {
        synchronized (locks[shard]) {
            Map<String, GroupFiles.Grouping> left = unread.get(shard);
            if (left == null || left.isEmpty()) return;
            if (wanted != null && wanted.stream().noneMatch(left::containsKey)) return;
            shardsRead.incrementAndGet();
            ExtractShards.read(dir, shard, encoding, shared, packer,
                    id -> left.containsKey(id) && (wanted == null || wanted.contains(id)), into);
            if (wanted == null) left.clear();
            else left.keySet().removeAll(wanted);
        }
    }

    /** Reads every extract of {@code shard} not read yet. */
    void load(int shard, Canonical shared, Packer packer, Consumer<PackedExtract> into) throws IOException {
        load(shard, null, shared, packer, into);
    }

    /**
     * The lines of the records of {@code shard} not read, as the shard on disk holds them, each ending in a
     * newline: taken before the shard is written again (a writer may replace the file as it writes).
     */
    Lines unreadLines(int shard) throws IOException {
        synchronized (locks[shard]) {
            Map<String, GroupFiles.Grouping> left = unread.get(shard);
            if (left == null || left.isEmpty()) return Lines.NONE;
            Lines out = new Lines();
            ExtractShards.eachLine(dir, shard, encoding, (id, bytes, from, length) -> {
                if (left.containsKey(id)) out.add(bytes, from, length);
            });
            return out;
        }
    }

    /**
     * Lines of a shard read whole, as ranges of its buffer: written from it as they are, never copied
     * (most of a shard's lines come through; adjacent lines make one range).
     */
    static final class Lines {
        static final Lines NONE = new Lines();
        private byte[] shard;
        private int[] ranges = new int[16];
        private int count;

        private void add(byte[] bytes, int from, int n) throws IOException {
            // the writer ends every line with a newline; a shard cut short is damaged, and the update rebuilds
            if (from + n >= bytes.length || bytes[from + n] != '\n') throw new IOException("an extract shard ends inside a line");
            shard = bytes;
            // a line's newline follows it in the shard, so a line and the next are one range
            if (count > 0 && ranges[count - 2] + ranges[count - 1] == from) {
                ranges[count - 1] += n + 1;
                return;
            }
            if (count + 2 > ranges.length) ranges = java.util.Arrays.copyOf(ranges, ranges.length * 2);
            ranges[count++] = from;
            ranges[count++] = n + 1;
        }

        void writeTo(java.io.OutputStream out) throws IOException {
            for (int i = 0; i < count; i += 2) out.write(shard, ranges[i], ranges[i + 1]);
        }
    }

    /**
     * The names of the records of {@code shard} not read, from the names file beside it ({@link NameFiles});
     * null when there is none (an older Fonds wrote the shard) or it lacks one of them: then only the
     * extracts tell.
     */
    java.util.List<org.fonds.deliberation.people.DocumentNames> unreadNames(int shard, Canonical shared) throws IOException {
        synchronized (locks[shard]) {
            Map<String, GroupFiles.Grouping> left = unread.get(shard);
            if (left == null || left.isEmpty()) return java.util.List.of();
            if (!named[shard]) return null;
            java.util.List<org.fonds.deliberation.people.DocumentNames> out = new java.util.ArrayList<>(left.size());
            namesRead.incrementAndGet();
            boolean kept = NameFiles.read(dir, shard, tokens[shard], shared, names -> {
                if (left.containsKey(names.documentId())) out.add(names);
            });
            return kept && out.size() == left.size() ? out : null;
        }
    }

    /** Says {@code shard}'s groupings and names were written again with {@code token}. */
    void written(int shard, long token) {
        synchronized (locks[shard]) {
            tokens[shard] = token;
            named[shard] = true;
            headed[shard] = true;
        }
    }

    /**
     * The forms {@code shard}'s records not read may hold, from its names file's head alone; null when
     * it has no head (then only its names tell) or every record of it was read.
     */
    java.util.Set<String> headForms(int shard) throws IOException {
        synchronized (locks[shard]) {
            if (!headed[shard]) return null;
            return NameFiles.forms(dir, shard, tokens[shard]);
        }
    }

    /** How many names files were read whole. */
    int namesRead() {
        return namesRead.get();
    }

    /**
     * The shards without a names file of their writing, or with one without its head of forms (an older
     * Fonds wrote them): the next save writes them with one.
     */
    java.util.List<Integer> withoutNames() {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < named.length; i++) {
            synchronized (locks[i]) {
                if (!headed[i]) out.add(i);
            }
        }
        return out;
    }

    /** Whether {@code shard} has its names file beside it, of the same writing as the shard. */
    boolean hasNames(int shard) {
        synchronized (locks[shard]) {
            return named[shard];
        }
    }

    /** The groupings of the records of {@code shard} not read. */
    java.util.List<GroupFiles.Grouping> unreadGroupings(int shard) {
        Map<String, GroupFiles.Grouping> left = unread.get(shard);
        return left == null ? java.util.List.of() : java.util.List.copyOf(new java.util.TreeMap<>(left).values());
    }

    /** How many times a shard's file was read (for tests). */
    int shardsRead() {
        return shardsRead.get();
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

    /** The shards whose extracts are not read yet. */
    java.util.List<Integer> unreadShards() {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < unread.length(); i++) if (unread.get(i) != null && !unread.get(i).isEmpty()) out.add(i);
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
