package org.fonds.web.derived;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.fonds.deliberation.Deliberations;

/**
 * The derived tables of the archive, asked for on every request because they can be rebuilt and
 * replaced while the server runs. The indexes of a value are built once: a new {@link Snapshot} is
 * made only when the supplier hands over a different value (compared by identity, since comparing
 * two corpora's tables would cost more than indexing one).
 */
public final class Derived {
    private final Supplier<Deliberations> source;
    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    public Derived(Supplier<Deliberations> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public Snapshot now() {
        Deliberations value = Objects.requireNonNull(source.get(), "the deliberations supplier gave null");
        Snapshot s = last.get();
        if (s == null || s.value() != value) {
            // two requests may both build it after a replacement; either result is the same
            s = new Snapshot(value);
            last.set(s);
        }
        return s;
    }
}
