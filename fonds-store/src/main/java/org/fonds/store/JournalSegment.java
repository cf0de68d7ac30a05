package org.fonds.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One file of the journal: a line per write, "OBJECT-PATH CRC32\n", appended before the write and
 * forced to disk in groups (see {@link GroupForce}). A crash can leave a last line half-written or
 * garbage after it; such lines belong to writes that never began (a write waits for its line to be
 * on disk), and their checksum does not match, so they are skipped. Not thread-safe: the
 * {@link Journal} calls it under its lock, except {@link #awaitOnDisk}.
 */
final class JournalSegment {
    private final Path file;
    private final FileChannel channel;
    private final GroupForce force;
    /** Entries appended whose writes are not yet complete and on disk. */
    private int unfinished;
    /** No more entries: the file goes as soon as {@code unfinished} is 0. */
    private boolean sealed;

    private JournalSegment(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
        this.force = new GroupForce(() -> channel.force(false));
    }

    /** Creates the file, and forces its folder so that the file itself survives a power cut. */
    static JournalSegment create(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        Durable.forceDirectory(file.getParent());
        return new JournalSegment(file, channel);
    }

    /** Appends the entry for a write of {@code objectPath}; returns its ticket for {@link #awaitOnDisk}. */
    long append(String objectPath) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(line(objectPath).getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) channel.write(line);
        unfinished++;
        return force.written();
    }

    /** Returns once the entry of {@code ticket} is on disk; safe to call without the journal's lock. */
    void awaitOnDisk(long ticket) throws IOException {
        force.await(ticket);
    }

    /** One entry's write is complete and on disk; true if the segment can now be deleted. */
    boolean finish() {
        unfinished--;
        return sealed && unfinished == 0;
    }

    /** No more entries go here; true if the segment can now be deleted. */
    boolean seal() {
        sealed = true;
        return unfinished == 0;
    }

    void delete() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }

    Path file() {
        return file;
    }

    /** The object paths of the whole entries of a segment file that a crash left behind. */
    static List<String> objectPaths(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            String line = text.substring(start, end);
            int space = line.lastIndexOf(' ');
            if (space > 0 && line.substring(space + 1).equals(crc(line.substring(0, space)))) {
                paths.add(line.substring(0, space));
            }
        }
        return paths;
    }

    /** The entry for a write of {@code objectPath}, as it is appended. */
    static String line(String objectPath) {
        return objectPath + " " + crc(objectPath) + "\n";
    }

    private static String crc(String objectPath) {
        CRC32 crc = new CRC32();
        crc.update(objectPath.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
