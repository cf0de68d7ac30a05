package org.fonds.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Group commit: nobody goes on before a force that began after its entry existed, and forces are shared. */
class GroupForceTest {
    @Test
    void everyWriterWaitsForAForceThatBeganAfterItsEntryAndWritersShareForces() throws Exception {
        AtomicLong entries = new AtomicLong();
        AtomicLong onDisk = new AtomicLong(); // entries that existed when the last finished force began
        AtomicInteger forces = new AtomicInteger();
        GroupForce group = new GroupForce(() -> {
            long existing = entries.get();
            sleep(2); // a directory fsync takes milliseconds: writers pile up meanwhile
            onDisk.accumulateAndGet(existing, Math::max);
            forces.incrementAndGet();
        });
        int writers = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            results.add(pool.submit(() -> {
                boolean allDurable = true;
                for (int i = 0; i < each; i++) {
                    long mine = entries.incrementAndGet(); // the entry is created ...
                    group.await(group.written()); // ... then its ticket taken, as Journal does
                    allDurable &= onDisk.get() >= mine;
                }
                return allDurable;
            }));
        }
        for (Future<Boolean> r : results) assertThat(r.get()).as("each entry on disk before its writer went on").isTrue();
        pool.shutdown();
        assertThat(forces.get()).as("forces for %d entries", writers * each).isLessThan(writers * each / 2);
    }

    @Test
    void aFailedForceIsReportedAndCoversNothing() throws IOException {
        AtomicBoolean failNext = new AtomicBoolean(true);
        AtomicInteger forces = new AtomicInteger();
        GroupForce group = new GroupForce(() -> {
            if (failNext.getAndSet(false)) throw new IOException("disk gone");
            forces.incrementAndGet();
        });
        long ticket = group.written();
        assertThatThrownBy(() -> group.await(ticket)).isInstanceOf(IOException.class).hasMessage("disk gone");
        group.await(ticket);
        assertThat(forces.get()).as("the entry forced again after the failure").isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
