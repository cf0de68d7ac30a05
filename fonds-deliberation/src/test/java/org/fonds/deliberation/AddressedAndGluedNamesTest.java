package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fonds.deliberation.OwnTexts.people;
import static org.fonds.deliberation.OwnTexts.withForm;

import java.util.List;
import org.fonds.deliberation.people.Person;
import org.junit.jupiter.api.Test;

/**
 * Names the real records of ../shared/corpus never write so, which a third probe of unseen pages showed
 * (issue 8/11, BENCHMARKS.md "people19"): a possessive with another apostrophe, a bureau glued to a
 * name, a Russian form of address, an attendance line of inverted names after a lower-case title.
 * Each fixture is in our own words with the structure of the page that showed it.
 */
class AddressedAndGluedNamesTest {
    private static void noOneNamed(List<Person> people, String form) {
        assertThat(people).as(form).noneMatch(p -> p.forms().contains(form) || p.preferredName().equals(form));
    }

    @Test
    void a_possessive_with_the_modifier_apostrophe_is_the_name() {
        // FRUS's pages print U+02BC: "Mr. Khrushchevʼs letters" was a person "Khrushchevʼs" beside Khrushchev
        List<Person> found = people("""
                Memorandum of Conversation, May 2, 1961

                Mr. Harlan Boyd said that Mr. Khrushchev had written twice. Mr. Khrushchevʼs letters were private.
                """);
        withForm(found, "Khrushchev");
        noOneNamed(found, "Khrushchevʼs");
    }

    @Test
    void a_bureau_glued_to_a_name_is_cut_off() {
        // FRUS's participant lists: "Mr. TylerEUR", "Mr. AkalovskyACDA/IR"
        List<Person> found = people("""
                Memorandum of Conversation, June 3, 1962

                Mr. Dennis Merrow and Mr. Paul Hardesty met the delegation.
                Mr. MerrowEUR opened the talk, and Mr. HardestyACDA/IR took notes.
                """);
        assertThat(withForm(found, "Dennis Merrow").forms()).contains("Merrow");
        assertThat(withForm(found, "Paul Hardesty").forms()).contains("Hardesty");
        noOneNamed(found, "MerrowEUR");
        noOneNamed(found, "HardestyACDA");
    }

    @Test
    void a_given_name_and_patronymic_alone_is_the_one_person_named_in_full_with_them() {
        // a Politburo session of 1985: "Konstantin Ustinovich Chernenko passed away ... Konstantin Ustinovich has been ill"
        List<Person> found = people("""
                Record of a Session, 14 April 1979

                Present: Cdes. P. A. Lomov, R. S. Tarkhov.

                Cde. Lomov said that Arkady Semenovich Volgin had retired. Arkady Semenovich had served for forty years.
                """);
        Person volgin = withForm(found, "Arkady Semenovich Volgin");
        assertThat(volgin.forms()).contains("Arkady Semenovich");
        assertThat(volgin.preferredName()).isEqualTo("Arkady Semenovich Volgin");
        assertThat(found).hasSize(3);
    }

    @Test
    void a_form_of_address_is_never_the_name_a_person_is_filed_under() {
        // "Let Yegor Kuzmich [Ligachev] prepare the instruction": Ligachev's page was "Yegor Kuzmich"
        List<Person> found = people("""
                Record of a Session, 9 May 1986

                Attending: Cdes. E. K. Lomtev, P. A. Rusin.

                RUSIN: Let Yegor Kuzmich [Lomtev] prepare the instruction.
                """);
        Person lomtev = withForm(found, "E. K. Lomtev");
        assertThat(lomtev.preferredName()).isEqualTo("E. K. Lomtev");
    }

    @Test
    void a_surname_that_ends_as_a_patronymic_stays_a_surname() {
        // "Ferenc Munnich", "Lazar Kaganovich": names, whatever their ending
        List<Person> found = people("""
                Record of a Conversation, 2 November 1956

                Present: Cdes. Ferenc Munnich, Lazar Kaganovich.

                Cde. Munnich spoke first, then Kaganovich.
                """);
        assertThat(withForm(found, "Ferenc Munnich").preferredName()).isEqualTo("Ferenc Munnich");
        assertThat(withForm(found, "Lazar Kaganovich").forms()).contains("Kaganovich");
    }

    @Test
    void an_attendance_line_of_inverted_names_after_a_lower_case_title_is_a_list() {
        // a Politburo working record of 1986: "Chairing: com. GORBACHEV M.S." / "Attending: com Aliev G.A., ..."
        List<Person> found = people("""
                Session of the Politburo, 17 June 1986

                Chairing: com. DORONIN P.S.
                Attending: com Belov A.I., Kirsanov V.L.,Matveev E.P., Orlov N.I, Panin, V.M., Sedov G.A.

                DORONIN: We begin with the harvest.
                BELOV: The figures are ready.
                """);
        for (String form : List.of("Belov A. I.", "Kirsanov V. L.", "Matveev E. P.", "Orlov N.", "Panin", "Sedov G. A.")) {
            withForm(found, form);
        }
        noOneNamed(found, "Chairing");
        noOneNamed(found, "Attending");
    }
}
