package org.fonds.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One writer per archive home, across processes: an OS file lock on {@code write.lock}, which the
 * kernel releases when the process dies however it dies (a SIGKILL leaves no stale lock). The file
 * names the holder so that a refused second writer can say who holds it.
 */
public final class WriteLock implements AutoCloseable {
    /** Homes this process holds the lock of: the OS lock is per process, so threads must ask here. */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path root;

    private WriteLock(FileChannel channel, FileLock lock, Path root) {
        this.channel = channel;
        this.lock = lock;
        this.root = root;
    }

    /** Whether this process holds the write lock of {@code home}. */
    public static boolean heldHere(ArchiveHome home) {
        return HELD.contains(home.root());
    }

    /** Takes the lock if no other process holds it; null otherwise. */
    public static WriteLock tryAcquire(ArchiveHome home, String purpose) {
        try {
            return acquire(home, purpose);
        } catch (StoreException e) {
            return null;
        }
    }

    /** Takes the lock, or throws a {@link StoreException} naming the process that holds it. */
    public static WriteLock acquire(ArchiveHome home, String purpose) {
        try {
            home.create();
            FileChannel channel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StoreException("another fonds process is writing to " + home.root()
                        + (holder.isBlank() ? "" : " (" + holder + ")") + "; wait for it to finish and try again");
            }
            byte[] who = ("pid " + ProcessHandle.current().pid() + ", " + purpose + ", since " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who), 0);
            channel.force(true);
            HELD.add(home.root());
            return new WriteLock(channel, lock, home.root());
        } catch (IOException e) {
            throw new StoreException("cannot lock " + home.lockFile() + ": " + e.getMessage(), e);
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(512);
        int n = channel.read(buf, 0);
        return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() {
        try {
            HELD.remove(root);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release the write lock: " + e.getMessage(), e);
        }
    }
}
