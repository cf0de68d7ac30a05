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
 * The people corrections that move mentions, and an editor's description, on real records: the FRUS
 * memorandum of 1959 (real/docs b08) names the journalist Yuri Zhukov, the Presidium notes of
 * 20 October 1956 (real/docs 02) Marshal Zhukov, and the rules make one person of them; Horváth's
 * notes of 3 November 1956 (real/docs 08) say a bare "Kovacs" that the rules leave unresolved
 * between Béla Kovács (real/docs 14) and István Kovács (real/docs 13); seed 002's translator's
 * note describes Mikhail Malinin. Each change is checked at once, after a rebuild from the store,
 * with {@code verify} clean, and reverted as a new change.
 */
@NeedsShared("corpus/real")
class PeopleSplitTest {
    private static final Account EDITOR = new Account("historian", Role.EDITOR, "x");
    @TempDir
    Path tmp;
    private Archive archive;

    @BeforeEach
    void ingest() {
        archive = Archive.open(tmp.resolve("home"), null, "test");
        Path real = Seeds.corpus("real/docs");
        archive.ingest(List.of(real.resolve("b08_frus_memcon_nixon_khrushchev_1959.txt"), real.resolve("02_presidium_1956-10-20.txt"),
                real.resolve("08_horvath_notes_1956-11-03.txt"), real.resolve("13_mikoyan_suslov_report_1956-10-24.txt"),
                real.resolve("14_mikoyan_suslov_telegram_1956-10-27.txt"), Seeds.corpus("seeds").resolve("002_83cb7e9f6d5f0379.txt")),
                1, Ingest.Progress.NONE, line -> { });
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

    private String date(String documentId) {
        return String.valueOf(archive.documents().record(documentId).orElseThrow().date());
    }

    @Test
    void splittingMarshalZhukovFromTheJournalistTakesThe1956RecordToANewPerson() {
        Person both = person("zhukov-yuri").orElseThrow();
        // the memorandum of 1959 (undated in its file), and the Presidium notes and seed 002 of 1956
        List<String> marshals = both.documents().stream().filter(d -> date(d).startsWith("1956")).toList();
        assertThat(marshals).hasSize(2);
        String memcon = both.documents().stream().filter(d -> !marshals.contains(d)).findFirst().orElseThrow();

        Archive.PeopleCorrected done = archive.correctPeople(PeopleCorrection.split("zhukov-yuri", "Georgy Zhukov", marshals,
                List.of(), "the Zhukov of the Presidium in 1956 is the marshal, minister of defence"), EDITOR);
        assertThat(done.change()).isEqualTo(1);
        Person marshal = person("zhukov-georgy").orElseThrow();
        assertThat(marshal.preferredName()).isEqualTo("Georgy Zhukov");
        assertThat(marshal.documents()).containsExactlyElementsOf(marshals);
        assertThat(person("zhukov-yuri").orElseThrow().documents()).containsExactly(memcon);
        assertThat(archive.verify()).isEmpty();

        archive.reindex();
        assertThat(person("zhukov-georgy").orElseThrow().documents()).containsExactlyElementsOf(marshals);
        assertThat(person("zhukov-yuri").orElseThrow().documents()).containsExactly(memcon);
        assertThat(archive.peopleChanges()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("split");
            assertThat(c.people()).containsExactly("zhukov-yuri", "zhukov-georgy");
            assertThat(c.editor()).isEqualTo("historian");
        });

        archive.correctPeople(PeopleCorrection.revert(1, "check the marshal's dates first"), EDITOR);
        assertThat(person("zhukov-georgy")).isEmpty();
        assertThat(person("zhukov-yuri").orElseThrow().documents()).containsExactlyInAnyOrder(memcon, marshals.get(0), marshals.get(1));
        assertThat(archive.peopleChanges()).last().satisfies(c -> assertThat(c.concerns("zhukov-georgy")).isTrue());
        assertThat(archive.verify()).isEmpty();
        archive.reindex();
        assertThat(person("zhukov-georgy")).isEmpty();
    }

    @Test
    void aSplitByFormTakesThatFormEverywhere() {
        archive.correctPeople(PeopleCorrection.split("zhukov-yuri", "Georgy Zhukov", List.of(), List.of("Zhukov"),
                "every bare Zhukov here is the marshal"), EDITOR);
        assertThat(person("zhukov-georgy").orElseThrow().forms()).contains("Zhukov");
        assertThat(person("zhukov-yuri").orElseThrow().forms()).doesNotContain("Zhukov").contains("Yuri Zhukov");
        assertThat(archive.verify()).isEmpty();
    }

    @Test
    void theBareKovacsOfHorvathsNotesIsGivenToBelaKovacsInThatDocumentOnly() {
        Person unresolved = person("kovacs").orElseThrow();
        assertThat(unresolved.note()).startsWith("unresolved");
        String notes = unresolved.documents().getFirst();
        assertThat(person("kovacs-bela").orElseThrow().documents()).doesNotContain(notes);

        archive.correctPeople(PeopleCorrection.give("kovacs", notes, "Kovacs", "kovacs-bela",
                "Horváth's list of the new government: Kovács is Béla Kovács, the Smallholder"), EDITOR);
        assertThat(person("kovacs-bela").orElseThrow().documents()).contains(notes);
        assertThat(person("kovacs")).isEmpty();
        assertThat(person("kovacs-istvan").orElseThrow().documents()).doesNotContain(notes);
        assertThat(archive.verify()).isEmpty();
        archive.reindex();
        assertThat(person("kovacs-bela").orElseThrow().documents()).contains(notes);

        archive.correctPeople(PeopleCorrection.revert(1, "not sure"), EDITOR);
        assertThat(person("kovacs").orElseThrow().documents()).contains(notes);
        assertThat(person("kovacs-bela").orElseThrow().documents()).doesNotContain(notes);
    }

    @Test
    void revertingAGiftToAPersonAlreadyCorrectedTakesBackTheMentionAlone() {
        String notes = person("kovacs").orElseThrow().documents().getFirst();
        archive.correctPeople(PeopleCorrection.describe("kovacs-bela", "Smallholder leader, arrested 1947", "who he is"), EDITOR);
        archive.correctPeople(PeopleCorrection.give("kovacs", notes, "Kovacs", "kovacs-bela", "the new government's Kovács"), EDITOR);
        assertThat(person("kovacs-bela").orElseThrow().documents()).contains(notes);
        archive.correctPeople(PeopleCorrection.revert(2, "not sure"), EDITOR);
        Person bela = person("kovacs-bela").orElseThrow();
        assertThat(bela.documents()).doesNotContain(notes);
        assertThat(bela.description()).isEqualTo("Smallholder leader, arrested 1947");
        assertThat(person("kovacs").orElseThrow().documents()).contains(notes);
        assertThat(archive.verify()).isEmpty();
    }

    @Test
    void anEditorsDescriptionWinsOverTheTranslatorsNoteAndSaysSo() {
        Person malinin = person("malinin-mikhail-s").orElseThrow();
        assertThat(malinin.description()).isEqualTo("a first deputy chief of the Soviet General Staff");
        assertThat(malinin.describedBy()).isEqualTo(Person.BY_NOTE);
        archive.correctPeople(PeopleCorrection.describe("malinin-mikhail-s", "Soviet Army general, <b>first deputy chief</b> of the General Staff 1956",
                "fuller identification"), EDITOR);
        Person now = person("malinin-mikhail-s").orElseThrow();
        assertThat(now.description()).isEqualTo("Soviet Army general, <b>first deputy chief</b> of the General Staff 1956");
        assertThat(now.describedBy()).isEqualTo(Person.BY_EDITOR);
        assertThat(archive.verify()).isEmpty();
        archive.reindex();
        assertThat(person("malinin-mikhail-s").orElseThrow().describedBy()).isEqualTo(Person.BY_EDITOR);
        archive.correctPeople(PeopleCorrection.revert(1, "back to the note"), EDITOR);
        assertThat(person("malinin-mikhail-s").orElseThrow().description()).isEqualTo("a first deputy chief of the Soviet General Staff");
        assertThat(person("malinin-mikhail-s").orElseThrow().describedBy()).isEqualTo(Person.BY_NOTE);
    }

    @Test
    void refusedMovesWriteNothing() {
        String doc = person("zhukov-yuri").orElseThrow().documents().getFirst();
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.split("zhukov-yuri", "Georgy Zhukov", List.of(), List.of(), "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("at least one document");
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.split("zhukov-yuri", "123", List.of(doc), List.of(), "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("does not read as a person's name");
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.split("zhukov-yuri", "Georgy Zhukov", List.of("no-such-doc"), List.of(), "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("not named in document");
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.give("kovacs", doc, "Kovacs", "kovacs-bela", "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("not named in document");
        assertThatThrownBy(() -> archive.correctPeople(PeopleCorrection.give("kovacs-bela", doc, "Bela Kovacs", "kovacs", "x"), EDITOR))
                .isInstanceOf(FondsException.class).hasMessageContaining("unresolved");
        assertThat(archive.peopleChanges()).isEmpty();
    }
}
