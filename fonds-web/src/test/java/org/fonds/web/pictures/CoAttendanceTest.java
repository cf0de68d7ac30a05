package org.fonds.web.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Who sat together reads only the people who may be drawn: the choice must be the one made from everyone. */
class CoAttendanceTest {
    @Test
    void theContendersHoldEveryoneTheFullChoiceWouldDrawTiesAtTheCutIncluded() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            Map<String, Integer> counts = new HashMap<>();
            int people = 1 + random.nextInt(120);
            int most = 1 + random.nextInt(12); // few distinct counts: many ties, at the cut too
            for (int i = 0; i < people; i++) counts.put("p" + random.nextInt(1_000), 1 + random.nextInt(most));
            int max = 1 + random.nextInt(45);
            assertThat(top(counts, CoAttendance.contenders(counts, max), max)).as("round %d", round).isEqualTo(top(counts, counts.keySet(), max));
        }
    }

    @Test
    void fewerPeopleThanDrawnAreAllContenders() {
        Map<String, Integer> counts = Map.of("a", 3, "b", 1);
        assertThat(CoAttendance.contenders(counts, 40)).containsExactlyInAnyOrder("a", "b");
    }

    /** The picture's order: most sessions first, then by name (here the id stands for the name). */
    private static List<String> top(Map<String, Integer> counts, Collection<String> among, int max) {
        return among.stream().sorted(Comparator.comparingInt((String id) -> -counts.get(id)).thenComparing(id -> id)).limit(max).toList();
    }
}
