package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list makes its one-word items surnames once it holds one person, and each list is read with what
 * the lists before it taught. The gazetteer remembers which forms read as names while it reads the
 * lists (issue 14: reading every item again was most of its time); what it remembers must be forgotten
 * when a list teaches a surname, or a later list is read with what was known before.
 */
class ListsReadInOrderTest {
    @Test
    void a_surname_one_list_teaches_makes_a_later_list_a_list_of_people() {
        // "Sidorov" is no name yet when the first list is read (remembered as such), a name after the second
        List<DocumentNames> documents = List.of(
                document("d1", item("Sidorov", 0), item("Orlov", 0)),
                document("d2", new Occurrence("Cde. Petrov", Role.MENTIONED, null, true, 0), item("Sidorov", 0)),
                document("d3", item("Sidorov", 0), item("Kuznetsov", 0)),
                document("d4", new Occurrence("Kuznetsov", Role.MENTIONED, null, false, -1)));

        People people = People.build(Authority.empty(), documents);

        assertThat(people.idOf("Sidorov")).isNotNull();
        // taught by d3's list only through the Sidorov that d2's list taught
        assertThat(people.idOf("Kuznetsov")).isNotNull();
        assertThat(people.person(people.idOf("Kuznetsov")).documents()).containsExactly("d3", "d4");
        // the first list held no person when it was read
        assertThat(people.idOf("Orlov")).isNull();
    }

    private static Occurrence item(String form, int list) {
        return new Occurrence(form, Role.MENTIONED, null, false, list);
    }

    private static DocumentNames document(String id, Occurrence... occurrences) {
        return new DocumentNames(id, List.of(occurrences));
    }
}
