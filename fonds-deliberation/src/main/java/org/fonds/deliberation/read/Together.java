package org.fonds.deliberation.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Two people ({@code first} before {@code second} by id) and the number of sessions both took part in. */
public record Together(String first, String second, int sessions) {
    /**
     * The pairs among each session's people ({@code present}: the chosen people who took part in it,
     * each once), counted over the sessions, by first, then second id.
     */
    public static List<Together> count(Collection<List<String>> present) {
        Map<String, Map<String, Integer>> pairs = new TreeMap<>();
        for (List<String> here : present) {
            List<String> sorted = here.stream().sorted().toList();
            for (int a = 0; a < sorted.size(); a++) {
                Map<String, Integer> withA = pairs.computeIfAbsent(sorted.get(a), k -> new TreeMap<>());
                for (int b = a + 1; b < sorted.size(); b++) withA.merge(sorted.get(b), 1, Integer::sum);
            }
        }
        List<Together> out = new ArrayList<>();
        pairs.forEach((a, withA) -> withA.forEach((b, n) -> out.add(new Together(a, b, n))));
        return out;
    }
}
