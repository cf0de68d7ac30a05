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
        for (int round = 0; round < 300; round++) copies(round, random, 40, 4, "d", () -> sketch(random));
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
            untouchedMoved += copies(round, random, Candidates.CAP - 3 + random.nextInt(6), 4, "d", () -> crowded(random));
        }
        // the case a regrouping around the changed records alone would get wrong did occur
        assertThat(untouchedMoved).isGreaterThan(0);
    }

    /**
     * Records drawn so that bucket keys take one, two or three values (the first values from an
     * alphabet of two or three, about the cap's count of records per key), a few texts copied with
     * changes, some records without a sketch: a change moves buckets of records it did not touch.
     */
    @Test
    void copiesEqualTheWholeGroupingWhereKeysTakeSeveralValues() {
        Random random = new Random(1989);
        int untouchedMoved = 0;
        for (int round = 0; round < 400; round++) {
            untouchedMoved += copies(round, random, 20 + random.nextInt(120), 6, "d", () -> random.nextInt(8) == 0 ? null : layered(random));
        }
        assertThat(untouchedMoved).as("a change moved the link of records it did not touch").isGreaterThan(0);
    }

    @Test
    void meetingsEqualTheWholeGrouping() {
        Random random = new Random(1968);
        for (int round = 0; round < 300; round++) meetings(round, random, 40, 4, id -> account(random, id));
    }

    @Test
    void meetingsEqualTheWholeGroupingWhereKeysTakeSeveralValues() {
        Random random = new Random(1990);
        for (int round = 0; round < 400; round++) meetings(round, random, 20 + random.nextInt(100), 5, id -> layeredAccount(random, id));
    }

    /**
     * One round of copies: {@code n} records, up to {@code changes} of them added, changed or removed;
     * the groups of both ways of regrouping (over every record with the held records, and from what the
     * change reaches with the changed records before and the held groups) equal the whole grouping
     * after. Returns how many records the change did not touch and yet moved.
     */
    private static int copies(int round, Random random, int n, int changes, String prefix, java.util.function.Supplier<long[]> fresh) {
        Map<String, long[]> before = new TreeMap<>();
        for (int i = 0; i < n; i++) before.put(prefix + i, fresh.get());
        Map<String, long[]> after = new TreeMap<>(before);
        Set<String> changed = change(random, after, n, changes, prefix, id -> fresh.get());
        Map<String, List<String>> old = Copies.group(before);
        Map<String, List<String>> whole = Copies.group(after);
        sameAsWhole("every record", round, after.keySet(), changed, old, whole, Regrouping.copies(after, changed, old.keySet()));
        Map<String, long[]> was = new TreeMap<>();
        for (String id : changed) if (before.containsKey(id)) was.put(id, before.get(id));
        sameAsWhole("what it reaches", round, after.keySet(), changed, old, whole,
                Regrouping.copies(after, changed, was, id -> old.getOrDefault(id, List.of(id))));
        int moved = 0;
        for (String id : after.keySet()) {
            List<String> w = old.get(id);
            List<String> is = whole.get(id);
            boolean near = changed.contains(id) || w != null && w.stream().anyMatch(changed::contains) || is != null && is.stream().anyMatch(changed::contains);
            if (!near && !java.util.Objects.equals(w, is)) moved++;
        }
        return moved;
    }

    /** One round of meetings, as {@link #copies}. */
    private static void meetings(int round, Random random, int n, int changes, java.util.function.Function<String, Meetings.Account> fresh) {
        Map<String, Meetings.Account> before = new TreeMap<>();
        for (int i = 0; i < n; i++) before.put("s" + i, fresh.apply("s" + i));
        Map<String, Meetings.Account> after = new TreeMap<>(before);
        Set<String> changed = change(random, after, n, changes, "s", fresh);
        Map<String, List<String>> old = Meetings.group(List.copyOf(before.values()));
        Map<String, List<String>> whole = Meetings.group(List.copyOf(after.values()));
        Set<String> held = new TreeSet<>();
        old.forEach((id, g) -> {
            if (g.size() > 1) held.add(id);
        });
        sameAsWhole("every record", round, after.keySet(), changed, old, whole, Regrouping.meetings(List.copyOf(after.values()), changed, held));
        Map<String, Meetings.Account> was = new TreeMap<>();
        for (String id : changed) if (before.containsKey(id)) was.put(id, before.get(id));
        sameAsWhole("what it reaches", round, after.keySet(), changed, old, whole,
                Regrouping.meetings(List.copyOf(after.values()), changed, was, id -> old.getOrDefault(id, List.of(id))));
    }

    /** Each record's group is the whole grouping's: the regrouped one where it was regrouped, else the one held. */
    private static void sameAsWhole(String how, int round, Set<String> present, Set<String> changed, Map<String, List<String>> old,
                                    Map<String, List<String>> whole, Regrouping.Result r) {
        for (String id : present) {
            List<String> got = r.affected().contains(id) ? r.groups().get(id) : old.get(id);
            assertThat(got).as("%s, round %d, %s (changed %s)", how, round, id, changed).isEqualTo(whole.get(id));
        }
        assertThat(r.affected()).as("only records present are regrouped").allMatch(present::contains);
    }

    /** Up to {@code changes} records of ids {@code prefix}0 to a few past {@code n} added, changed or removed in {@code records}. */
    private static <T> Set<String> change(Random random, Map<String, T> records, int n, int changes, String prefix, java.util.function.Function<String, T> fresh) {
        Set<String> changed = new TreeSet<>();
        int k = 1 + random.nextInt(changes);
        for (int i = 0; i < k; i++) {
            String id = prefix + random.nextInt(n + 5);
            changed.add(id);
            if (random.nextInt(3) == 0) records.remove(id);
            else records.put(id, fresh.apply(id));
        }
        return changed;
    }

    /** The days' links without comparing every pair equal the pairs' own ({@link Meetings#sameMeeting}). */
    @Test
    void aDaysMeetingsAreThoseOfEveryPair() {
        Random random = new Random(1953);
        for (int round = 0; round < 300; round++) {
            List<Meetings.Account> accounts = new java.util.ArrayList<>();
            int n = 2 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                List<String> authors = switch (random.nextInt(4)) {
                    case 0 -> List.of();
                    case 1 -> List.of("Malin");
                    case 2 -> List.of("Horvath");
                    default -> List.of("Malin", "Horvath");
                };
                List<String> protocols = random.nextInt(3) == 0 ? List.of("P" + random.nextInt(3)) : List.of();
                accounts.add(new Meetings.Account("s" + i, "1956-11-03", protocols, random.nextInt(5) == 0 ? List.of() : authors, null));
            }
            Meetings.Account[] all = accounts.toArray(Meetings.Account[]::new);
            int[] byDay = Copies.identity(n);
            Meetings.joinDay(java.util.stream.IntStream.range(0, n).boxed().toList(), all, (a, b) -> join(byDay, a, b));
            int[] byPair = Copies.identity(n);
            for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) if (Meetings.sameMeeting(all[a], all[b])) join(byPair, a, b);
            for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) {
                assertThat(Copies.find(byDay, a) == Copies.find(byDay, b)).as("round %d: %s and %s", round, all[a], all[b])
                        .isEqualTo(Copies.find(byPair, a) == Copies.find(byPair, b));
            }
        }
    }

    private static void join(int[] root, int a, int b) {
        int ra = Copies.find(root, a);
        int rb = Copies.find(root, b);
        if (ra != rb) Copies.union(root, ra, rb);
    }

    /**
     * A record whose first values come from an alphabet of two or three (so that about the cap's count
     * of records share a key, and keys take one, two or three values); a third are a copy of one of
     * four texts with a few values changed.
     */
    private static long[] layered(Random random) {
        long[] s = new long[Sketch.SIZE];
        for (int i = 0; i < s.length; i++) s[i] = random.nextLong();
        for (int i = 0; i < Copies.BANDS + 3; i++) s[i] = random.nextInt(i % 2 == 0 ? 2 : 3);
        if (random.nextInt(3) == 0) {
            long text = 10 + random.nextInt(4);
            for (int i = Copies.BANDS + 3; i < s.length; i++) s[i] = text * 1000 + i;
            for (int i = 0; i < 1 + random.nextInt(24); i++) s[Copies.BANDS + 3 + random.nextInt(Sketch.SIZE - Copies.BANDS - 3)] = random.nextLong();
        }
        return s;
    }

    private static Meetings.Account layeredAccount(Random random, String id) {
        String date = "1956-11-0" + (1 + random.nextInt(6));
        List<String> protocols = random.nextInt(6) == 0 ? List.of("P" + random.nextInt(3)) : List.of();
        List<String> authors = random.nextInt(4) == 0 ? List.of(random.nextBoolean() ? "Malin" : "Horvath") : List.of();
        return new Meetings.Account(id, random.nextInt(4) == 0 ? null : date, protocols, authors, random.nextInt(10) == 0 ? null : layered(random));
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
