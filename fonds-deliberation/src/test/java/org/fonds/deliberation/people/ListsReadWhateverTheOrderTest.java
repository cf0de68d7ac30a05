package org.fonds.deliberation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list makes its one-word items surnames once it holds one person, and the lists are read until
 * none teaches more: a list read before the one that made its item a surname is a list of people all
 * the same, so what the corpus learns does not depend on the order of its documents (the readings are
 * worked out from counts kept beside the tables, issue 14, which hold no order). The gazetteer
 * remembers which forms read as names while it reads the lists; what it remembers must be forgotten
 * when a list teaches a surname, or a later reading uses what was known before.
 */
class ListsReadWhateverTheOrderTest {
    private static final List<DocumentNames> DOCUMENTS = List.of(
            document("d1", item("Sidorov", 0), item("Orlov", 0)),
            document("d2", new Occurrence("Cde. Petrov", Role.MENTIONED, null, true, 0), item("Sidorov", 0)),
            document("d3", item("Sidorov", 0), item("Kuznetsov", 0)),
            document("d4", new Occurrence("Kuznetsov", Role.MENTIONED, null, false, -1)));

    @Test
    void a_surname_one_list_teaches_makes_every_list_it_stands_in_a_list_of_people() {
        People people = People.build(Authority.empty(), DOCUMENTS);

        assertThat(people.idOf("Sidorov")).isNotNull();
        // taught by d3's list through the Sidorov that d2's list taught
        assertThat(people.idOf("Kuznetsov")).isNotNull();
        assertThat(people.person(people.idOf("Kuznetsov")).documents()).containsExactly("d3", "d4");
        // d1's list is read before d2's taught Sidorov, and is a list of people all the same
        assertThat(people.idOf("Orlov")).isNotNull();
    }

    @Test
    void the_readings_are_the_same_in_every_order_of_the_documents() {
        NameForms first = NameForms.of(Authority.empty(), DOCUMENTS);
        for (List<DocumentNames> order : orders(DOCUMENTS)) {
            assertThat(NameForms.of(Authority.empty(), order).readings()).as("in the order %s", ids(order)).isEqualTo(first.readings());
        }
        // where the text does not state it is a name (the list's items are not stated), "Orlov" reads as one
        assertThat(first.readings().get("Orlov").names().split("\\|", -1)[1]).isNotEmpty();
    }

    private static List<List<DocumentNames>> orders(List<DocumentNames> documents) {
        if (documents.size() <= 1) return List.of(documents);
        List<List<DocumentNames>> out = new ArrayList<>();
        for (DocumentNames head : documents) {
            List<DocumentNames> rest = new ArrayList<>(documents);
            rest.remove(head);
            for (List<DocumentNames> tail : orders(rest)) {
                List<DocumentNames> order = new ArrayList<>(List.of(head));
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    private static List<String> ids(List<DocumentNames> documents) {
        return documents.stream().map(DocumentNames::documentId).toList();
    }

    private static Occurrence item(String form, int list) {
        return new Occurrence(form, Role.MENTIONED, null, false, list);
    }

    private static DocumentNames document(String id, Occurrence... occurrences) {
        return new DocumentNames(id, List.of(occurrences));
    }
}
