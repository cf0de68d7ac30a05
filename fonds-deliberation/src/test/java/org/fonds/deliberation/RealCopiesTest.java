package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fonds.deliberation.db.DbTables;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.MemoryTables;
import org.fonds.deliberation.read.PersonSession;
import org.fonds.deliberation.read.Tables;
import org.fonds.parse.NeedsShared;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same text from two publishers is one work with two sources: the archive's notes of 21 and 23
 * October 1956 (real records 03 and 04) and the National Security Archive's copies of them (18 and
 * 19, SOURCES.md). Counted once in a person's documents and meetings, in memory and in a real SQLite
 * file; found by the candidate rule as by comparing every pair, alone and among generated records.
 */
@NeedsShared("corpus/real/docs")
class RealCopiesTest {
    private static Map<String, ArchiveRecord> real;
    private static Deliberations d;
    private static DbTables db;
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws Exception {
        real = Corpus.real();
        d = Corpus.realTables();
        DeliberationsBuilder builder = Deliberations.builder(Authority.empty());
        real.values().forEach(builder::add);
        try (TablesDb w = TablesDb.open(dir.resolve("tables.db"))) {
            w.rebuild(builder);
        }
        db = DbTables.openReadOnly(dir.resolve("tables.db"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String doc(String stem) {
        return real.get(stem).id();
    }

    @Test
    void the_archives_and_the_national_security_archives_copies_are_one_work_and_nothing_else_is() {
        String archive21 = doc("03_presidium_1956-10-21");
        String nsa21 = doc("18_nsa_presidium_1956-10-21");
        String archive23 = doc("04_presidium_1956-10-23");
        String nsa23 = doc("19_nsa_presidium_1956-10-23");
        assertThat(d.copies()).containsExactlyInAnyOrder(sorted(archive21, nsa21), sorted(archive23, nsa23));
        for (Tables t : List.<Tables>of(new MemoryTables(d), db)) {
            assertThat(t.copies(nsa21)).containsExactlyElementsOf(sorted(archive21, nsa21));
            assertThat(t.copies(archive23)).containsExactlyElementsOf(sorted(archive23, nsa23));
            // Malin's and Horvath's notes of 3 November are two accounts of one meeting, not one text
            assertThat(t.copies(doc("06_presidium_1956-11-03"))).isEmpty();
            assertThat(t.copies(doc("08_horvath_notes_1956-11-03"))).isEmpty();
        }
    }

    @Test
    void a_person_named_in_both_copies_counts_the_work_once() {
        String archive23 = doc("04_presidium_1956-10-23");
        String nsa23 = doc("19_nsa_presidium_1956-10-23");
        Person mikoyan = person("Mikoyan");
        assertThat(mikoyan.documents()).contains(archive23, nsa23, doc("03_presidium_1956-10-21"), doc("18_nsa_presidium_1956-10-21"));
        for (Tables t : List.<Tables>of(new MemoryTables(d), db)) {
            // files 03, 04, 18, 19 are two works: two fewer than the files
            assertThat(t.workCount(mikoyan.id())).isEqualTo(mikoyan.documents().size() - 2);
            assertThat(t.documentCount(mikoyan.id())).isEqualTo(mikoyan.documents().size());
            // the list still gives every file, so each source can be read
            assertThat(t.documents(mikoyan.id(), 0, 1000)).contains(archive23, nsa23);
        }
    }

    @Test
    void the_two_copies_of_23_october_are_one_session_with_two_accounts_counted_once() {
        String archive23 = doc("04_presidium_1956-10-23");
        String nsa23 = doc("19_nsa_presidium_1956-10-23");
        assertThat(d.session(nsa23).orElseThrow().accounts()).containsExactly(sorted(archive23, nsa23).toArray(String[]::new));
        Person mikoyan = person("Mikoyan");
        for (Tables t : List.<Tables>of(new MemoryTables(d), db)) {
            List<PersonSession> sessions = t.personSessions(mikoyan.id(), 0, 1000);
            List<String> attended = sessions.stream().filter(PersonSession::attended).map(PersonSession::documentId).toList();
            assertThat(attended).contains(archive23, nsa23);
            // both accounts listed, the meeting counted once
            assertThat(t.totals(mikoyan.id()).sessionsAttended()).isLessThan(attended.size());
            int copiesAttended = (int) attended.stream().filter(id -> !t.copies(id).isEmpty() && !t.copies(id).get(0).equals(id)).count();
            assertThat(t.totals(mikoyan.id()).sessionsAttended()).isLessThanOrEqualTo(attended.size() - copiesAttended);
        }
    }

    /**
     * The candidate rule (issue 14: buckets capped, a common value's bucket taking more values) finds
     * on the real records and seeds exactly the pairs that agree on half their sketch values, as
     * comparing every pair does: the two pairs of archive and National Security Archive copies. And
     * the same among 3,000 generated records, whose common phrases make buckets of many.
     */
    @Test
    void the_candidate_rule_finds_every_pair_of_real_records_that_agree_on_half_alone_and_among_generated_ones() {
        Map<String, long[]> sketches = new java.util.TreeMap<>();
        for (ArchiveRecord r : real.values()) sketches.put(r.id(), org.fonds.deliberation.sessions.Sketch.of(r.body()));
        for (ArchiveRecord r : Corpus.seeds()) sketches.put(r.id(), org.fonds.deliberation.sessions.Sketch.of(r.body()));
        java.util.Set<List<String>> everyPair = new java.util.HashSet<>();
        List<String> ids = List.copyOf(sketches.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                long[] a = sketches.get(ids.get(i));
                long[] b = sketches.get(ids.get(j));
                if (a.length == 0 || b.length == 0) continue;
                int same = 0;
                for (int k = 0; k < a.length; k++) if (a[k] == b[k]) same++;
                if (same * 2 >= a.length) everyPair.add(List.of(ids.get(i), ids.get(j)));
            }
        }
        assertThat(everyPair).containsExactlyInAnyOrder(
                sorted(doc("03_presidium_1956-10-21"), doc("18_nsa_presidium_1956-10-21")),
                sorted(doc("04_presidium_1956-10-23"), doc("19_nsa_presidium_1956-10-23")));
        java.util.Set<List<String>> groups = new java.util.HashSet<>(org.fonds.deliberation.sessions.Copies.group(sketches).values());
        assertThat(groups).isEqualTo(everyPair);
        for (ArchiveRecord r : Corpus.generated(0, 3_000)) sketches.put(r.id(), org.fonds.deliberation.sessions.Sketch.of(r.body()));
        Map<String, List<String>> among = org.fonds.deliberation.sessions.Copies.group(sketches);
        for (List<String> pair : everyPair) assertThat(among.get(pair.get(0))).isEqualTo(pair);
    }

    private static Person person(String surname) {
        return d.people().stream().filter(p -> p.preferredName().endsWith(surname)).findFirst().orElseThrow();
    }

    private static List<String> sorted(String a, String b) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }
}
