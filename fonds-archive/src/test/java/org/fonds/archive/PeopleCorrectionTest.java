package org.fonds.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fonds.archive.accounts.Account;
import org.fonds.archive.accounts.Role;
import org.fonds.deliberation.people.Person;
import org.fonds.deliberation.read.Tables;
import org.fonds.error.FondsException;
import org.fonds.ingest.Ingest;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors' corrections of people on a real home: Horváth's notes (1956, real/docs 08) naming Ranković
 * by his surname and the Yugoslav record of Tito with Stalin (1946, b16) listing him by his wartime
 * name alone ("Tito, Marko, Kocha"), where the rules make two people of him (b10's "Comrade Enver",
 * the example here before, is Enver Hoxha to the rules since session 18); the Hungarian record of a talk with the DPRK ambassador (1972, b18), with Marjai József,
 * whom an editor names as the record writes him; and a seed record (002) where "Pancha
 * Shila" (the Five Principles) is read as a person. Each change is a new version of the home's people
 * authority object, the tables show it at once and after a rebuild from the store, a revert is a
 * new change, and {@code verify} is clean after each.
 */
@NeedsShared("corpus/real")
class PeopleCorrectionTest {
    private static final Account EDITOR = new Account("historian", Role.EDITOR, "x");
    @TempDir
    Path tmp;
    private Archive archive;

    @BeforeEach
    void ingest() {
        archive = Archive.open(tmp.resolve("home"), null, "test");
        archive.ingest(List.of(Seeds.corpus("real/docs").resolve("08_horvath_notes_1956-11-03.txt"),
                Seeds.corpus("real/docs").resolve("b16_yugoslav_record_stalin_tito_1946-05-27.txt"),
                Seeds.corpus("real/docs").resolve("b18_hungarian_record_dprk_ambassador_1972-08-30.txt"),
                Seeds.corpus("seeds").resolve("002_83cb7e9f6d5f0379.txt")), 1, Ingest.Progress.NONE, line -> { });
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private Optional<Person> person(String id) {
        try (Tables t = archive.tables(Optional.empty(), l -> { })) {
            return t.person(id);
        }
    }

    /** The person the rules make of Ranković's wartime name alone ("Marko", b16), and of his surname (08). */
    private String marko() {
        return idOfForm("Marko").orElseThrow();
    }

    private String rankovic() {
        return idOfForm("Rankovic").orElseThrow();
    }

    private Optional<String> idOfForm(String form) {
        try (Tables t = archive.tables(Optional.empty(), l -> { })) {
            return t.people(0, 10_000).stream().filter(p -> p.forms().contains(form)).map(Person::id).findFirst();
        }
    }

    @Test
    void mergingRankovicsWartimeNameMakesOnePersonKeptInTheStoreAndRevertable() {
        String marko = marko();
        String rankovic = rankovic();
        assertThat(marko).isNotEqualTo(rankovic);
        Archive.PeopleCorrected done = archive.correctPeople(
                PeopleCorrection.merge(marko, rankovic, "Marko is Rankovic: two readings of one man"), EDITOR);
        assertThat(done.change()).isEqualTo(1);
        assertThat(person(marko)).isEmpty();
        Person merged = person(rankovic).orElseThrow();
        assertThat(merged.forms()).contains("Marko", "Rankovic");
        assertThat(archive.verify()).isEmpty();

        // a rebuild from the store alone applies it
        archive.reindex();
        assertThat(person(marko)).isEmpty();
        assertThat(person(rankovic).orElseThrow().forms()).contains("Marko");
        // and the documents are still only documents: the authority object is no record
        assertThat(archive.documents().ids().toList()).hasSize(4);

        List<PeopleChange> history = archive.peopleChanges();
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.editor()).isEqualTo("historian");
            assertThat(c.action()).isEqualTo("merge");
            assertThat(c.people()).containsExactly(marko, rankovic);
            assertThat(c.reason()).contains("two readings");
        });

        archive.correctPeople(PeopleCorrection.revert(1, "keep them apart until checked"), EDITOR);
        assertThat(person(marko)).isPresent();
        assertThat(person(rankovic).orElseThrow().forms()).doesNotContain("Marko");
        assertThat(archive.peopleChanges()).hasSize(2).last().satisfies(c -> {
            assertThat(c.reverts()).isEqualTo(1);
            assertThat(c.concerns(marko)).isTrue();
        });
        assertThat(archive.verify()).isEmpty();
    }

    @Test
    void renamingGivesThePreferredNameAndKeepsTheId() {
        assertThat(person("marjai-jozsef").orElseThrow().preferredName()).isEqualTo("József Marjai");
        archive.correctPeople(PeopleCorrection.rename("marjai-jozsef", "Marjai József", "as the record writes it, surname first"), EDITOR);
        assertThat(person("marjai-jozsef").orElseThrow().preferredName()).isEqualTo("Marjai József");
        assertThat(person("marjai-jozsef").orElseThrow().forms()).contains("Marjai József");
        assertThat(archive.verify()).isEmpty();
        archive.reindex();
        assertThat(person("marjai-jozsef").orElseThrow().preferredName()).isEqualTo("Marjai József");
        archive.correctPeople(PeopleCorrection.revert(1, "back"), EDITOR);
        assertThat(person("marjai-jozsef").orElseThrow().preferredName()).isEqualTo("József Marjai");
    }

    @Test
    void aFormMarkedAsNoPersonLeavesThePeople() {
        String id = idOfForm("Pancha Shila").orElseThrow();
        archive.correctPeople(PeopleCorrection.notAPerson(id, "Pancha Shila", "the Five Principles (Panchsheel), not a person"), EDITOR);
        assertThat(idOfForm("Pancha Shila")).isEmpty();
        assertThat(archive.verify()).isEmpty();
        archive.reindex();
        assertThat(idOfForm("Pancha Shila")).isEmpty();
        archive.correctPeople(PeopleCorrection.revert(1, "undo"), EDITOR);
        assertThat(idOfForm("Pancha Shila")).isPresent();
    }

    @Test
    void aRefusedChangeWritesNothing() {
        String marko = marko();
        String rankovic = rankovic();
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.merge(marko, rankovic, " "), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("says why");
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.rename("marjai-jozsef", "123", "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("does not read as a person's name");
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.merge("no-such", rankovic, "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("no person");
        assertThat(archive.peopleChanges()).isEmpty();
        assertThat(person(marko)).isPresent();
    }

    @Test
    void aRevertIsRefusedWhenALaterChangeTouchedTheSamePerson() {
        String marko = marko();
        String rankovic = rankovic();
        archive.correctPeople(PeopleCorrection.rename(rankovic, "Aleksandar Rankovic", "his full name"), EDITOR);
        archive.correctPeople(PeopleCorrection.merge(marko, rankovic, "one person"), EDITOR);
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.revert(1, "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("revert that one first");
        assertThat(person(rankovic).orElseThrow().preferredName()).isEqualTo("Aleksandar Rankovic");
        assertThat(person(rankovic).orElseThrow().forms()).contains("Marko");
    }
}
