package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Assignment;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.AuthorityEntry;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assignments in one document (an editor's split of a person) hold through a narrowed update of the
 * tables as through a rebuild: on the real records, with the journalist Yuri Zhukov (real/docs b08)
 * split from Marshal Zhukov in the Presidium notes of 20 October 1956 (real/docs 02), the notes are
 * ingested after the rest, a record naming a bare "Zhukov" elsewhere comes and goes, and the notes go;
 * the tables equal a rebuild with the same authority after each step.
 */
@NeedsShared("corpus/real")
class AssignedTablesTest {
    @Test
    void anUpdateObeysTheAssignmentsAsARebuildDoes(@TempDir Path dir) throws Exception {
        Map<String, ArchiveRecord> real = Corpus.real();
        ArchiveRecord notes = real.get("02_presidium_1956-10-20");
        ArchiveRecord other = real.get("04_presidium_1956-10-23");
        Authority split = new Authority(List.of(new AuthorityEntry("zhukov-yuri", "Yuri Zhukov", List.of("Yuri Zhukov", "Zhukov"), null),
                new AuthorityEntry("zhukov-georgy", "Georgy Zhukov", List.of(), null)), List.of(), List.of(),
                List.of(new Assignment(notes.id(), List.of("Yuri Zhukov", "Zhukov"), "zhukov-georgy", null)));
        updatesEqualRebuilds(real, notes, other, split, dir.resolve("same-surname"));
        // given to a person of another surname (as a pseudonym is), the two surnames are worked out together
        Authority elsewhere = new Authority(List.of(new AuthorityEntry("dorticos-osvaldo", "Osvaldo Dorticos", List.of("Dorticos"), null)), List.of(), List.of(),
                List.of(new Assignment(notes.id(), List.of("Zhukov"), "dorticos-osvaldo", null)));
        updatesEqualRebuilds(real, notes, other, elsewhere, dir.resolve("other-surname"));

        // and the split does show in the tables: the notes' attendance is the marshal's, the memorandum's the journalist's
        Deliberations d = Deliberations.build(real.values(), split);
        assertThat(d.person("zhukov-georgy").orElseThrow().rolesByDocument()).containsKey(notes.id());
        assertThat(d.person("zhukov-yuri").orElseThrow().rolesByDocument()).doesNotContainKey(notes.id())
                .containsKey(real.get("b08_frus_memcon_nixon_khrushchev_1959").id());
        assertThat(d.session(notes.id()).orElseThrow().participants()).anySatisfy(a -> assertThat(a.personId()).isEqualTo("zhukov-georgy"))
                .noneSatisfy(a -> assertThat(a.personId()).isEqualTo("zhukov-yuri"));
    }

    private static void updatesEqualRebuilds(Map<String, ArchiveRecord> real, ArchiveRecord notes, ArchiveRecord other, Authority split,
                                             Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        Map<String, ArchiveRecord> live = new TreeMap<>();
        for (ArchiveRecord r : real.values()) if (r != notes && r != other) live.put(r.id(), r);
        DeliberationsBuilder builder = Deliberations.builder(split);
        live.values().forEach(builder::add);
        try (TablesDb db = TablesDb.open(dir.resolve("assigned.db")).narrowing(2)) {
            db.rebuild(builder);
            int step = 0;
            for (ArchiveRecord r : List.of(notes, other)) {
                live.put(r.id(), r);
                builder.add(r);
                db.update(builder, Set.of(r.id()));
                sameAsRebuilt(db, live, split, dir, ++step);
            }
            assertThat(db.dump()).contains(split.people().getLast().id());
            // the notes mended, names as before: who is who is still worked out, since the notes hold an assignment
            ArchiveRecord mended = TablesSequences.retouched(notes);
            live.put(mended.id(), mended);
            builder.add(mended);
            db.update(builder, Set.of(mended.id()));
            assertThat(db.lastScope()).doesNotStartWith("none");
            sameAsRebuilt(db, live, split, dir, ++step);
            for (ArchiveRecord r : List.of(other, notes)) {
                live.remove(r.id());
                builder.remove(r.id());
                db.update(builder, Set.of(r.id()));
                sameAsRebuilt(db, live, split, dir, ++step);
            }
        }
    }

    private static void sameAsRebuilt(TablesDb db, Map<String, ArchiveRecord> live, Authority authority, Path dir, int step) throws Exception {
        DeliberationsBuilder fresh = Deliberations.builder(authority);
        live.values().forEach(fresh::add);
        try (TablesDb rebuilt = TablesDb.open(dir.resolve("rebuilt-" + step + ".db"))) {
            rebuilt.rebuild(fresh);
            Set<String> incremental = new java.util.HashSet<>(List.of(db.dump().split("\n")));
            Set<String> expected = new java.util.HashSet<>(List.of(rebuilt.dump().split("\n")));
            assertThat(incremental.stream().filter(l -> !expected.contains(l)).toList()).as("step %d: rows the update left or wrote wrong", step).isEmpty();
            assertThat(expected.stream().filter(l -> !incremental.contains(l)).toList()).as("step %d: rows the update missed", step).isEmpty();
        }
    }
}
