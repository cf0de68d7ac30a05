package org.fonds.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Intents: before an object is written, a line naming it is appended to the current segment file
 * under {@code journal/} and forced to disk. A segment is deleted once every write it names is
 * complete and on disk; {@link #rotate} starts a new one, so old segments can go while writes
 * continue. After a crash the segments left name every object that may be half-written, so
 * recovery need not scan millions of objects.
 *
 * <p>Lines in a few files rather than a file per write: on ext4 without a journal (this project's
 * build machine), creating a file per write and deleting it seconds later made each creation scan
 * past the inodes deleted in the last minutes, which ext4 will not reuse yet: 15% of the ingest's
 * CPU at 20,000 records, and growing with the count.
 */
final class Journal {
    private final Path dir;
    private long segments;
    /** Where new entries go; null until the first entry after an {@link #rotate}. */
    private JournalSegment current;

    Journal(ArchiveHome home) {
        this.dir = home.root().resolve("journal");
    }

    /** Creates the journal folder and makes its own entry durable, once, before any intent is written. */
    void create() throws IOException {
        Files.createDirectories(dir);
        Durable.forceDirectory(dir.getParent());
    }

    /**
     * Records the intent to write the object at {@code objectPath} (relative to the OCFL root) and
     * returns once the intent is on disk. Hand the segment returned to {@link #end} once the write
     * is complete and on disk.
     */
    JournalSegment begin(String objectPath) {
        JournalSegment segment;
        long ticket;
        try {
            synchronized (this) {
                if (current == null) {
                    current = JournalSegment.create(dir.resolve(ProcessHandle.current().pid() + "-" + ++segments + ".log"));
                }
                segment = current;
                ticket = segment.append(objectPath);
            }
            segment.awaitOnDisk(ticket);
            return segment;
        } catch (IOException e) {
            throw new StoreException("cannot write the journal entry for " + objectPath + ": " + e.getMessage(), e);
        }
    }

    /** The write announced in {@code segment} is complete and on disk. */
    synchronized void end(JournalSegment segment) {
        if (segment.finish()) delete(segment);
    }

    /** Later entries go to a new segment, so that the current one can go once its writes are on disk. */
    synchronized void rotate() {
        if (current == null) return;
        if (current.seal()) delete(current);
        current = null;
    }

    private static void delete(JournalSegment segment) {
        try {
            segment.delete();
        } catch (IOException e) {
            throw new StoreException("cannot remove the journal segment " + segment.file() + ": " + e.getMessage(), e);
        }
    }

    /** The segment files left behind by writers that are gone. */
    List<Path> leftovers() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("cannot read the journal " + dir + ": " + e.getMessage(), e);
        }
    }
}
