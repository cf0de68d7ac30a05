package org.fonds.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fonds.deliberation.people.Authority;
import org.fonds.deliberation.people.Person;
import org.fonds.record.ArchiveRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a pseudonym joins its bearer where the text says so ("Filippov [Stalin]"), with an empty
 * authority. The real records hold no pseudonym (their brackets after a name are places and
 * countries: "Dunai [Danube]", "Kádár [Hu]"), so the records here are written by us.
 */
class PseudonymPeopleTest {
    private static Deliberations d;

    @BeforeAll
    static void build() {
        d = Deliberations.build(List.of(
                record("own-1", "1950-01-02", "Joseph Stalin received the ambassador. Stalin said the matter was settled."),
                record("own-2", "1950-01-05", "Filippov [Stalin] replied to Mao Zedong on the same day. Filippov agreed to send specialists."),
                record("own-3", "1950-01-07", "A report of Stalin, alias Koba, reached the Central Committee. Koba asked for a reply."),
                record("own-4", "1956-11-04", "The troops crossed the Dunai [Danube] River near the city, and Kadar [Hu] spoke to Janos Kadar.")),
                Authority.empty());
    }

    @Test
    void the_pseudonym_is_a_form_of_its_bearer_and_no_person_of_its_own() {
        Person stalin = person("Stalin");
        assertThat(stalin.preferredName()).isEqualTo("Joseph Stalin");
        assertThat(stalin.forms()).contains("Filippov", "Koba");
        assertThat(stalin.pseudonyms()).containsExactly("Filippov", "Koba");
        assertThat(stalin.documents()).containsExactly("own-1", "own-2", "own-3");
        assertThat(d.people()).noneMatch(p -> p != stalin && (p.forms().contains("Filippov") || p.forms().contains("Koba")));
    }

    @Test
    void a_bracket_that_names_no_person_named_in_full_joins_no_one() {
        assertThat(d.people()).noneMatch(p -> p.forms().contains("Danube") && p.forms().contains("Dunai"));
        assertThat(d.people()).allMatch(p -> p.pseudonyms().isEmpty() || p.preferredName().equals("Joseph Stalin"));
    }

    private static Person person(String surname) {
        return d.people().stream().filter(p -> p.preferredName().endsWith(surname)).findFirst().orElseThrow();
    }

    private static ArchiveRecord record(String id, String date, String body) {
        return new ArchiveRecord(id, "Memorandum " + id, date, null, date, "", null, List.of(), null, "", List.of(), null, null, "",
                "Russian", "English", List.of(), List.of(), List.of(), List.of(), body, List.of(), List.of(), List.of(), List.of());
    }
}
