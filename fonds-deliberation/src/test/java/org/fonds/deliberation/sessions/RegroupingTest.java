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

    /**
     * Worked out from what the change reaches ({@link IncrementalJoin}): the changed records' buckets
     * before and after, the groups held. Records drawn so that bucket keys take one, two or three
     * values (the first values from an alphabet of two or three, about the cap's count of records per
     * key), and a few texts copied with changes: a change moves buckets of records it did not touch.
     */
    @Test
    void copiesFromWhatAChangeReachesEqualTheWholeGrouping() {
        Random random = new Random(1989);
        int untouchedMoved = 0;
        for (int round = 0; round < 400; round++) {
            Map<String, long[]> before = new TreeMap<>();
            int n = 20 + random.nextInt(120);
            for (int i = 0; i < n; i++) before.put("d" + i, layered(random));
            Map<String, long[]> after = new TreeMap<>(before);
            Set<String> changed = new TreeSet<>();
            int k = 1 + random.nextInt(6);
            for (int i = 0; i < k; i++) {
                String id = "d" + random.nextInt(n + 8);
                changed.add(id);
                if (random.nextInt(3) == 0) after.remove(id);
                else after.put(id, random.nextInt(8) == 0 ? null : layered(random));
            }
            Map<String, List<String>> old = Copies.group(before);
            Map<String, List<String>> whole = Copies.group(after);
            Map<String, long[]> was = new TreeMap<>();
            for (String id : changed) if (before.containsKey(id)) was.put(id, before.get(id));
            Regrouping.Result r = Regrouping.copies(after, changed, was, id -> old.getOrDefault(id, List.of(id)));
            for (String id : after.keySet()) {
                List<String> got = r.affected().contains(id) ? r.groups().get(id) : old.get(id);
                assertThat(got).as("round %d, %s (changed %s)", round, id, changed).isEqualTo(whole.get(id));
                List<String> w = old.get(id);
                List<String> is = whole.get(id);
                boolean near = changed.contains(id) || w != null && w.stream().anyMatch(changed::contains) || is != null && is.stream().anyMatch(changed::contains);
                if (!near && !java.util.Objects.equals(w, is)) untouchedMoved++;
            }
            assertThat(r.affected()).as("only records present are affected").allMatch(after::containsKey);
        }
        assertThat(untouchedMoved).as("a change moved the link of records it did not touch").isGreaterThan(0);
    }

    @Test
    void copiesFromWhatAChangeReachesWhereBucketsCrossTheCap() {
        Random random = new Random(1991);
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
            Map<String, long[]> was = new TreeMap<>();
            for (String id : changed) if (before.containsKey(id)) was.put(id, before.get(id));
            Regrouping.Result r = Regrouping.copies(after, changed, was, id -> old.getOrDefault(id, List.of(id)));
            for (String id : after.keySet()) {
                List<String> got = r.affected().contains(id) ? r.groups().get(id) : old.get(id);
                assertThat(got).as("round %d, %s (changed %s)", round, id, changed).isEqualTo(whole.get(id));
            }
        }
    }

    @Test
    void meetingsFromWhatAChangeReachesEqualTheWholeGrouping() {
        Random random = new Random(1990);
        for (int round = 0; round < 400; round++) {
            Map<String, Meetings.Account> before = new TreeMap<>();
            int n = 20 + random.nextInt(100);
            for (int i = 0; i < n; i++) before.put("s" + i, layeredAccount(random, "s" + i));
            Map<String, Meetings.Account> after = new TreeMap<>(before);
            Set<String> changed = new TreeSet<>();
            int k = 1 + random.nextInt(5);
            for (int i = 0; i < k; i++) {
                String id = "s" + random.nextInt(n + 6);
                changed.add(id);
                if (random.nextInt(3) == 0) after.remove(id);
                else after.put(id, layeredAccount(random, id));
            }
            Map<String, List<String>> old = Meetings.group(List.copyOf(before.values()));
            Map<String, List<String>> whole = Meetings.group(List.copyOf(after.values()));
            Map<String, Meetings.Account> was = new TreeMap<>();
            for (String id : changed) if (before.containsKey(id)) was.put(id, before.get(id));
            Regrouping.Result r = Regrouping.meetings(List.copyOf(after.values()), changed, was, id -> old.getOrDefault(id, List.of(id)));
            for (String id : after.keySet()) {
                List<String> got = r.affected().contains(id) ? r.groups().get(id) : old.get(id);
                assertThat(got).as("round %d, %s (changed %s)", round, id, changed).isEqualTo(whole.get(id));
            }
        }
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
