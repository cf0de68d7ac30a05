package org.fonds.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded choices. */
final class Dice {
    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code n} distinct items in random order. */
    <T> List<T> distinct(List<T> items, int n) {
        List<T> pool = new ArrayList<>(items);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }
}
