package org.fonds.store;

import java.io.IOException;

/**
 * Group commit. A writer writes its entry (in the store, a line of a journal segment), takes a
 * ticket with {@link #written()}, and waits in {@link #await} until a force that began after its
 * ticket has ended. One force covers every entry written before it began, so writers that arrive
 * while a force runs share the next one instead of queueing one each: a force costs a disk flush
 * whatever it carries.
 */
final class GroupForce {
    /** The force itself: in the store, an fdatasync of the journal segment. */
    interface Force {
        void run() throws IOException;
    }

    private final Force force;
    /** Entries written so far; an entry's ticket is taken only once it is written. */
    private long created;
    /** Every ticket up to this one is on disk. */
    private long forced;
    private boolean forcing;

    GroupForce(Force force) {
        this.force = force;
    }

    /** The ticket of an entry just written. */
    synchronized long written() {
        return ++created;
    }

    /** Returns once the entry of {@code ticket} is on disk, forcing if no one else is. */
    void await(long ticket) throws IOException {
        while (true) {
            long upTo;
            synchronized (this) {
                while (forcing && forced < ticket) waitForTheForce();
                if (forced >= ticket) return;
                forcing = true;
                upTo = created; // every ticket up to here belongs to an entry already written
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
