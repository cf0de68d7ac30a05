package org.fonds.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Role;
import org.fonds.deliberation.db.TablesDb;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.Tables;
import org.fonds.ingest.Ingest;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A people correction brings the tables up to date without reading a record (issue 14: narrowed to
 * what the change of the authority reaches, {@code DerivedTables.updateAuthority}), and the tables it
 * leaves are row for row those a rebuild from the store writes: on a home of every real record and
 * seed, each kind of correction in turn (merge, rename, not a person, split, give, describe, revert),
 * the database dumped after the correction and again after {@code reindex}.
 */
@NeedsShared("corpus/real")
class PeopleTablesNarrowedTest {
    private static final Account EDITOR = new Account("historian", Role.EDITOR, "x");
    @TempDir
    Path tmp;
    private Archive archive;

    @BeforeEach
    void ingest() throws Exception {
        archive = Archive.open(tmp.resolve("home"), null, "test");
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("real/docs", "seeds")) {
            try (Stream<Path> s = Files.list(Seeds.corpus(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        archive.ingest(files, 1, Ingest.Progress.NONE, line -> { });
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private Optional<Person> person(String id) {
        try (Tables t = archive.tables(Optional.empty(), l -> { })) {
            return t.wholePerson(id);
        }
    }

    private String dump() throws Exception {
        try (TablesDb db = TablesDb.open(tmp.resolve("home/derived/tables.db"))) {
            return db.dump();
        }
    }

    private void sameAsRebuilt(Archive.PeopleCorrected done, String what) throws Exception {
        assertThat(done.tables().status()).as(what).isEqualTo(TablesOutcome.Status.BUILT);
        // no record read: the narrowed update, not the rebuild from the store
        assertThat(done.tables().documentsRead()).as(what + ": records read").isZero();
        List<String> updated = List.of(dump().split("\n"));
        archive.reindex();
        List<String> rebuilt = List.of(dump().split("\n"));
        assertThat(without(updated, rebuilt)).as(what + ": rows the update left or wrote wrong").isEmpty();
        assertThat(without(rebuilt, updated)).as(what + ": rows the update missed").isEmpty();
    }

    private static List<String> without(List<String> a, List<String> b) {
        Set<String> other = new java.util.HashSet<>(b);
        return a.stream().filter(l -> !other.contains(l)).map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList();
    }

    @Test
    void everyKindOfPeopleCorrectionLeavesTheTablesARebuildWrites() throws Exception {
        // Rankovic's wartime name alone (b16's "Marko") is another man to the rules
        String marko = idOfForm("Marko");
        String rankovic = idOfForm("Rankovic");
        assertThat(marko).isNotEqualTo(rankovic);
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.merge(marko, rankovic, "one man"), EDITOR), "merge");
        assertThat(person(marko)).isEmpty();
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.rename(rankovic, "Aleksandar Rankovic", "his full name"), EDITOR), "rename");
        String pancha = idOfForm("Pancha Shila");
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.notAPerson(pancha, "Pancha Shila", "the Five Principles"), EDITOR), "not a person");
        Person zhukov = person("zhukov-yuri").orElseThrow();
        List<String> of1956 = zhukov.documents().stream()
                .filter(d -> String.valueOf(archive.documents().record(d).orElseThrow().date()).startsWith("1956")).toList();
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.split("zhukov-yuri", "Georgy Zhukov", of1956, List.of(), "the marshal"), EDITOR),
                "split");
        String notes = person("kovacs").orElseThrow().documents().getFirst();
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.give("kovacs", notes, "Kovacs", "kovacs-bela", "Bela Kovacs"), EDITOR), "give");
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.describe("kovacs-bela", "Smallholder leader", "who he is"), EDITOR), "describe");
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.revert(2, "the name as written"), EDITOR), "revert of the rename");
        sameAsRebuilt(archive.correctPeople(PeopleCorrection.revert(1, "two men after all"), EDITOR), "revert of the merge");
        assertThat(person(marko)).isPresent();
    }

    private String idOfForm(String form) {
        try (Tables t = archive.tables(Optional.empty(), l -> { })) {
            return t.people(0, 10_000).stream().filter(p -> p.forms().contains(form)).map(Person::id).findFirst().orElseThrow();
        }
    }
}
