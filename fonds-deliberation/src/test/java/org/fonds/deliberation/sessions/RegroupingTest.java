package org.fonds.deliberation.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Meetings and copies worked out again only where a change can move them equal those worked out
 * over every record: random records (sketches drawn from a few texts with a share of their values
 * changed, so that chains of copies form and break; a few dates, authors and protocol numbers),
 * random changes and removals, 300 rounds each, with the groups before taken from the whole grouping.
 */
class RegroupingTest {
    @Test
    void copiesEqualTheWholeGrouping() {
        Random random = new Random(1956);
        for (int round = 0; round < 300; round++) {
            Map<String, long[]> before = new TreeMap<>();
            for (int i = 0; i < 40; i++) before.put("d" + i, sketch(random));
            Map<String, long[]> after = new TreeMap<>(before);
            Set<String> changed = change(random, after, () -> sketch(random));
            Map<String, List<String>> old = Copies.group(before);
            Map<String, List<String>> whole = Copies.group(after);
            Regrouping.Result r = Regrouping.copies(after, changed, old.keySet());
            for (String id : after.keySet()) {
                List<String> expected = whole.get(id);
                List<String> got = r.affected().contains(id) ? r.groups().get(id) : old.get(id);
                assertThat(got).as("round %d, %s (changed %s)", round, id, changed).isEqualTo(expected);
            }
        }
    }

    /**
     * Buckets that cross the cap ({@link Candidates#CAP}) as records come and go: a change then moves
     * the link of two records it did not touch (their bucket takes one value more or less).
     */
    @Test
    void copiesEqualTheWholeGroupingWhereBucketsCrossTheCap() {
        Random random = new Random(1962);
        int untouchedMoved = 0;
        for (int round = 0; round < 300; round++) {
            Map<String, long[]> before = new TreeMap<>();
            int n = Candidates.CAP - 3 + random.nextInt(6);
            for (int i = 0; i < n; i++) before.put("d" + i, crowded(random));
            Map<String, long[]> after = new TreeMap<>(before);
            Set<String> changed = new TreeSet<>();
            int k = 1 + random.nextInt(4);
            for (int i = 0; i < k; i++) {
                String id = "d" + random.nextInt(n + 5);
                changed.add(id);
                if (random.nextInt(3) == 0) after.remove(id);
                else after.put(id, crowded(random));
            }
            Map<String, List<String>> old = Copies.group(before);
            Map<String, List<String>> whole = Copies.group(after);
            Regrouping.Result r = Regrouping.copies(after, changed, old.keySet());
            for (String id : after.keySet()) {
                List<String> got = r.affected().contains(id) ? r.groups().get(id) : old.get(id);
                assertThat(got).as("round %d, %s (changed %s)", round, id, changed).isEqualTo(whole.get(id));
                List<String> was = old.get(id);
                List<String> is = whole.get(id);
                boolean touched = changed.contains(id) || was != null && was.stream().anyMatch(changed::contains) || is != null && is.stream().anyMatch(changed::contains);
                if (!touched && !java.util.Objects.equals(was, is)) untouchedMoved++;
            }
        }
        // the case a regrouping around the changed records alone would get wrong did occur
        assertThat(untouchedMoved).isGreaterThan(0);
    }

    @Test
    void meetingsEqualTheWholeGrouping() {
        Random random = new Random(1968);
        for (int round = 0; round < 300; round++) {
            Map<String, Meetings.Account> before = new TreeMap<>();
            for (int i = 0; i < 40; i++) before.put("s" + i, account(random, "s" + i));
            Map<String, Meetings.Account> after = new TreeMap<>(before);
            Set<String> changed = new TreeSet<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                String id = "s" + random.nextInt(45);
                changed.add(id);
                if (random.nextInt(3) == 0) after.remove(id);
                else after.put(id, account(random, id));
            }
            Map<String, List<String>> old = Meetings.group(List.copyOf(before.values()));
            Map<String, List<String>> whole = Meetings.group(List.copyOf(after.values()));
            Set<String> held = new TreeSet<>();
            old.forEach((id, g) -> {
                if (g.size() > 1) held.add(id);
            });
            Regrouping.Result r = Regrouping.meetings(List.copyOf(after.values()), changed, held);
            for (String id : after.keySet()) {
                List<String> got = r.affected().contains(id) ? r.groups().get(id) : old.get(id);
                assertThat(got).as("round %d, %s (changed %s)", round, id, changed).isEqualTo(whole.get(id));
            }
        }
    }

    private static Set<String> change(Random random, Map<String, long[]> records, java.util.function.Supplier<long[]> fresh) {
        Set<String> changed = new TreeSet<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String id = "d" + random.nextInt(45);
            changed.add(id);
            if (random.nextInt(3) == 0) records.remove(id);
            else records.put(id, fresh.get());
        }
        return changed;
    }

    /** One of three texts with a random share of its values replaced: two of a text may agree on half or not. */
    private static long[] sketch(Random random) {
        long[] s = new long[Sketch.SIZE];
        int text = random.nextInt(3);
        for (int i = 0; i < s.length; i++) s[i] = text * 1000L + i;
        int replaced = random.nextInt(Sketch.SIZE);
        for (int i = 0; i < replaced; i++) s[random.nextInt(Sketch.SIZE)] = random.nextLong();
        return s;
    }

    /**
     * A record whose first value is shared by every record: most are otherwise unlike anything, a few
     * are of one of three texts (sharing most values from the ninth on, none of the second to the
     * eighth), so the copies of a text are compared only while the first value's bucket is within the cap.
     */
    private static long[] crowded(Random random) {
        long[] s = new long[Sketch.SIZE];
        for (int i = 0; i < s.length; i++) s[i] = random.nextLong();
        s[0] = 7L;
        if (random.nextInt(10) < 3) {
            long text = 1 + random.nextInt(3);
            for (int i = Copies.BANDS; i < s.length; i++) s[i] = text * 1000 + i;
            for (int i = 0; i < 4; i++) s[Copies.BANDS + random.nextInt(Sketch.SIZE - Copies.BANDS)] = random.nextLong();
        }
        return s;
    }

    private static Meetings.Account account(Random random, String id) {
        String date = "1956-11-0" + (1 + random.nextInt(3));
        List<String> protocols = random.nextInt(4) == 0 ? List.of("P" + random.nextInt(3)) : List.of();
        List<String> authors = random.nextBoolean() ? List.of(random.nextBoolean() ? "Malin" : "Horvath") : List.of();
        return new Meetings.Account(id, random.nextInt(10) == 0 ? null : date, protocols, authors, sketch(random));
    }
}
