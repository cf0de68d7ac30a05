package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.parse.NeedsShared;
import org.fonds.parse.Seeds;
import org.fonds.parse.tei.TeiVolumes;
import org.fonds.parse.tei.VolumeDocument;
import org.fonds.parse.tei.VolumeOutcome;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.PersonLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FRUS volume's list of persons as authority beside the real text exports, with no authority
 * file: the people the list identifies are the people the exports name, where they are the same
 * individual, and the volume's marked names reach their person.
 */
@NeedsShared({"corpus/frus", "corpus/real/docs"})
class FrusPeopleTest {
    private static final String VOLUME = "frus1955-57v25";
    private static Deliberations d;
    private static List<ArchiveRecord> frus;

    @BeforeAll
    static void build() throws IOException {
        byte[] bytes = Files.readAllBytes(Seeds.present("corpus/frus/frus1955-57v25-excerpt.xml"));
        VolumeOutcome.Read read = (VolumeOutcome.Read) TeiVolumes.read(bytes);
        frus = new ArrayList<>();
        frus.add(read.volume().record());
        for (VolumeDocument doc : read.volume().documents()) frus.add(doc.record());
        List<ArchiveRecord> all = new ArrayList<>(Corpus.real().values());
        all.addAll(frus);
        d = Deliberations.build(all, Authority.empty());
    }

    private static List<Person> withForm(String form) {
        return d.people().stream().filter(p -> p.forms().contains(form)).toList();
    }

    private static boolean frusDocument(String id) {
        return id.startsWith(VOLUME + "-d");
    }

    @Test
    void everyListedPersonIsAPersonWithTheVolumesIdentification() {
        List<Person> listed = d.people().stream().filter(p -> p.documents().contains(VOLUME)).toList();
        assertThat(listed.size()).isGreaterThanOrEqualTo(125); // of 134: a few entries share a person (see below)
        Person kadar = withForm("Kádár").getFirst();
        assertThat(kadar.description()).startsWith("General Secretary of the Hungarian Workers’ Party");
    }

    @Test
    void kadarOfTheListIsKadarOfTheExports() {
        List<Person> kadars = d.people().stream().filter(p -> p.documents().contains(VOLUME)
                && p.preferredName().contains("Kádár")).toList();
        assertThat(kadars).hasSize(1);
        Person kadar = kadars.getFirst();
        assertThat(kadar.documents()).anyMatch(FrusPeopleTest::frusDocument).anyMatch(id -> id.startsWith("wcda-"));
        // "Kadar" marked as p_KJ1 in d108 reaches him
        assertThat(kadar.documents()).contains(VOLUME + "-d108");
    }

    @Test
    void nagyNamedInTheVolumesDocumentsIsTheNagyOfTheExports() {
        // not in the excerpt's list of persons: joined by his name as the documents write it
        List<Person> both = d.people().stream().filter(p -> p.forms().contains("Imre Nagy")
                && p.documents().stream().anyMatch(FrusPeopleTest::frusDocument)
                && p.documents().stream().anyMatch(id -> id.startsWith("wcda-"))).toList();
        assertThat(both).hasSize(1);
    }

    @Test
    void mikoyanOfTheListIsMikoyanOfTheExports() {
        // the excerpt's documents do not name him; the list does, with the volume's identification
        List<Person> mikoyans = d.people().stream().filter(p -> p.forms().contains("Anastas Ivanovich Mikoyan")).toList();
        assertThat(mikoyans).hasSize(1);
        Person m = mikoyans.getFirst();
        assertThat(m.documents()).contains(VOLUME).anyMatch(id -> id.startsWith("wcda-"));
        assertThat(m.forms()).contains("Mikoyan");
        assertThat(m.description()).startsWith("First Deputy Chairman of the Soviet Council of Ministers");
    }

    @Test
    void theMarkedNamesReachTheirPersons() {
        int linked = 0;
        int reached = 0;
        for (ArchiveRecord r : frus) {
            for (PersonLink l : r.personLinks()) {
                if (l.ref() == null) continue;
                linked++;
                String listed = r.persons().stream().filter(p -> p.ref().equals(l.ref())).findFirst().orElseThrow().name();
                String full = listed.contains(",") ? listed.substring(listed.indexOf(',') + 1).replaceAll(",.*", "").strip()
                        + " " + listed.substring(0, listed.indexOf(',')) : listed;
                if (d.people().stream().anyMatch(p -> p.documents().contains(r.id()) && p.forms().contains(full))) reached++;
            }
        }
        assertThat(linked).isEqualTo(195);
        assertThat(reached).isGreaterThanOrEqualTo((int) Math.ceil(linked * 0.95));
    }
}
