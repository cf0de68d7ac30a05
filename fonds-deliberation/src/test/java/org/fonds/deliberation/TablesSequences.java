package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.record.ArchiveRecord;

/**
 * What the randomized tables tests share: a step of random ingests, changes and deletions, and the
 * check that tables updated step by step hold the rows a rebuild of the same records writes.
 */
final class TablesSequences {
    private TablesSequences() {
    }

    /**
     * {@code operations} ingests, changes and deletions drawn from {@code pool} (one draw in four from
     * {@code flips}), made in {@code live} and {@code builder}; the ids they touched.
     */
    static Set<String> edits(Random random, int operations, List<ArchiveRecord> pool, List<ArchiveRecord> flips,
                             Map<String, ArchiveRecord> live, DeliberationsBuilder builder) {
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 0; i < operations; i++) {
            // one draw in four is a flip record, so a sequence of a dozen steps meets several
            ArchiveRecord r = random.nextInt(4) == 0 ? flips.get(random.nextInt(flips.size())) : pool.get(random.nextInt(pool.size()));
            List<String> ids = new ArrayList<>(live.keySet());
            switch (random.nextInt(5)) {
                case 0 -> { // an ingest of a record not yet in the archive (or the same again)
                    live.put(r.id(), r);
                    builder.add(r);
                    changed.add(r.id());
                }
                case 1 -> { // a record changed: another's content under its id
                    if (ids.isEmpty()) continue;
                    String id = ids.get(random.nextInt(ids.size()));
                    ArchiveRecord now = r.withId(id);
                    live.put(id, now);
                    builder.add(now);
                    changed.add(id);
                }
                case 2 -> { // a record mended: its text changed, its names not (who is who as the tables hold it)
                    if (ids.isEmpty()) continue;
                    String id = ids.get(random.nextInt(ids.size()));
                    ArchiveRecord now = retouched(live.get(id));
                    live.put(id, now);
                    builder.add(now);
                    changed.add(id);
                }
                case 3 -> { // a record edited in part: one name more or one fewer, the others as they were
                    if (ids.isEmpty()) continue;
                    String id = ids.get(random.nextInt(ids.size()));
                    ArchiveRecord now = editedInPart(live.get(id), random, pool);
                    live.put(id, now);
                    builder.add(now);
                    changed.add(id);
                }
                default -> {
                    if (ids.isEmpty()) continue;
                    String id = ids.get(random.nextInt(ids.size()));
                    live.remove(id);
                    builder.remove(id);
                    changed.add(id);
                }
            }
        }
        return changed;
    }

    /**
     * {@code r} with one name more or one fewer, its other names as they were: a sentence opening with
     * a capitalised word that is no name, a sentence naming a member another record of {@code pool}
     * lists, or its list of those present without its last name.
     */
    static ArchiveRecord editedInPart(ArchiveRecord r, Random random, List<ArchiveRecord> pool) {
        int how = random.nextInt(3);
        if (how == 2 && !r.participants().isEmpty()) {
            com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) org.fonds.record.RecordJson
                    .mapper().valueToTree(r);
            ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("participants")).remove(r.participants().size() - 1);
            return org.fonds.record.RecordJson.read(json.toString());
        }
        if (how == 1) {
            List<String> named = pool.get(random.nextInt(pool.size())).participants();
            return withSentence(r, "Cde. " + (named.isEmpty() ? "Tildy" : named.get(random.nextInt(named.size()))) + " spoke on this point again.");
        }
        return withSentence(r, "Another view was put at the end of the sitting.");
    }

    /** {@code r} with {@code sentence} added to its body as a paragraph of its own. */
    static ArchiveRecord withSentence(ArchiveRecord r, String sentence) {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) org.fonds.record.RecordJson
                .mapper().valueToTree(r);
        json.put("body", r.body() + "\n\n" + sentence + "\n");
        return org.fonds.record.RecordJson.read(json.toString());
    }

    /**
     * {@code r} with a sentence of lower-case words added to its body, as an editor mends a text: its
     * names stay as they were, its text (and so its copies' sketch) does not.
     */
    static ArchiveRecord retouched(ArchiveRecord r) {
        return withSentence(r, "(mended in review, " + (r.body().length() % 97) + " words checked again.)");
    }

    /**
     * Rebuilds the tables of {@code live} under {@code authority} in {@code file} and checks that
     * {@code db} holds the same rows, naming only the lines that differ (so a failure shows what went
     * wrong, not two dumps), under {@code label}; returns the records built afresh.
     */
    static DeliberationsBuilder sameAsRebuilt(TablesDb db, Map<String, ArchiveRecord> live, Authority authority, Path file,
                                              String label) throws Exception {
        DeliberationsBuilder fresh = Deliberations.builder(authority);
        live.values().forEach(fresh::add);
        try (TablesDb rebuilt = TablesDb.open(file)) {
            rebuilt.rebuild(fresh);
            List<String> incremental = List.of(db.dump().split("\n"));
            List<String> expected = List.of(rebuilt.dump().split("\n"));
            assertThat(without(incremental, expected)).as("%s: rows the update left or wrote wrong", label).isEmpty();
            assertThat(without(expected, incremental)).as("%s: rows the update missed", label).isEmpty();
        }
        return fresh;
    }

    private static List<String> without(List<String> a, List<String> b) {
        Set<String> other = new HashSet<>(b);
        return a.stream().filter(l -> !other.contains(l)).map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList();
    }
}
