package org.fonds.store;

import java.io.IOException;

/**
 * Group commit of a directory's new entries. A writer creates its entry, takes a ticket with
 * {@link #written()}, and waits in {@link #await} until a force of the directory that began after
 * its ticket has ended. One force covers every entry created before it began, so writers that
 * arrive while a force runs share the next one instead of queueing one each: on ext4 every
 * directory fsync is a journal commit, and commits, not bytes, are what it costs.
 */
final class GroupForce {
    /** The force itself: in the store, an fsync of the journal directory. */
    interface Force {
        void run() throws IOException;
    }

    private final Force force;
    /** Entries created so far; an entry's ticket is taken only once its file exists. */
    private long created;
    /** Every ticket up to this one is on disk. */
    private long forced;
    private boolean forcing;

    GroupForce(Force force) {
        this.force = force;
    }

    /** The ticket of an entry just created in the directory. */
    synchronized long written() {
        return ++created;
    }

    /** Returns once the entry of {@code ticket} is on disk, forcing the directory if no one else is. */
    void await(long ticket) throws IOException {
        while (true) {
            long upTo;
            synchronized (this) {
                while (forcing && forced < ticket) waitForTheForce();
                if (forced >= ticket) return;
                forcing = true;
                upTo = created; // every ticket up to here belongs to an entry that already exists
            }
            boolean done = false;
            try {
                force.run();
                done = true;
            } finally {
                synchronized (this) {
                    forcing = false;
                    if (done) forced = Math.max(forced, upTo);
                    notifyAll();
                }
            }
        }
    }

    private void waitForTheForce() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the journal to reach the disk", e);
        }
    }
}
